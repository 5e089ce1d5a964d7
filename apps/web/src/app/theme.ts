import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Shade 8 keeps white text on filled buttons above WCAG AA 4.5:1 (shade 6 is about 3.5:1).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", sans-serif',
});

// Mantine's dimmed grey (about 3.3:1 on white) and error red (red.6, about 3.9:1) fail AA for
// small text; gray.7 and red.9 pass.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
