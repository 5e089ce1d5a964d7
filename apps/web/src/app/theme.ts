import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// "GC CJK" is our own subset face (vite-cjk-font.ts): its unicode-range holds only the Chinese
// characters the UI and the demo data use, so Latin text never reaches it and it downloads only
// when Chinese is on screen. First in the list, so Chinese renders the same on every machine.
const FONT_STACK =
  '"GC CJK", system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", sans-serif';

// Shade 8 keeps white text on filled buttons above WCAG AA 4.5:1 (shade 6 is about 3.5:1).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'sm',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK },
  components: {
    // Every dialog (FormModal, ConfirmDialog, delete plans) gets the same heading-like title.
    // A plain object rather than `Modal.extend`: that would pull Modal into the first load.
    Modal: {
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
  },
});

// Mantine's dimmed grey (about 3.3:1 on white) and error red (red.6, about 3.9:1) fail AA for
// small text; gray.7 and red.9 pass. On the dark body, gray.5 and red.4 pass the same bar.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {
    '--mantine-color-dimmed': t.colors.gray[5] ?? '#adb5bd',
    '--mantine-color-error': t.colors.red[4] ?? '#ff8787',
  },
});
