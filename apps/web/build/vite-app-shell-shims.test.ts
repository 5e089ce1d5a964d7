import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RemoveScroll } from '../src/lib/remove-scroll-class-names';
import { appShellShims, REAL_RESIZE_HANDLE } from './vite-app-shell-shims';

// react-remove-scroll is Mantine's dependency, not the app's: resolve it from Mantine.
const mantine = createRequire(import.meta.url).resolve('@mantine/core');
const fromMantine = createRequire(mantine);
const esm = join(dirname(mantine), '../esm');
const appShell = join(esm, 'components/AppShell');
const WEB = resolve(import.meta.dirname, '..');

/** The AppShell modules that import `source`. */
function importersOf(source: string): string[] {
  return readdirSync(appShell, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(join(appShell, file), 'utf8'))
    .filter((code) => code.includes(`from "${source}"`));
}

type ResolveId = (
  this: { resolve: (source: string) => Promise<{ id: string }> },
  source: string,
  importer?: string,
) => Promise<string | null | undefined>;

const resolveId = appShellShims(WEB).resolveId as unknown as ResolveId;
const context = { resolve: async () => ({ id: join(esm, 'index.mjs') }) };
const header = join(appShell, 'AppShellHeader/AppShellHeader.mjs');

describe('appShellShims', () => {
  it("points the AppShell bars' imports at the stand-ins, and only theirs", async () => {
    const handle = '../AppShellResizeHandle/AppShellResizeHandle.mjs';
    expect(await resolveId.call(context, 'react-remove-scroll', header)).toBe(
      join(WEB, 'src/lib/remove-scroll-class-names.ts'),
    );
    expect(await resolveId.call(context, handle, header)).toBe(
      join(WEB, 'src/lib/lazy-app-shell-resize-handle.tsx'),
    );
    expect(await resolveId.call(context, 'react-remove-scroll', join(esm, 'index.mjs'))).toBe(null);
    const real = await resolveId.call(context, REAL_RESIZE_HANDLE, header);
    expect(real !== null && real !== undefined && existsSync(real)).toBe(true);
    expect(readFileSync(real ?? '', 'utf8')).toContain('export { AppShellResizeHandle }');
  });

  it("has react-remove-scroll's class names, which its scroll lock's CSS targets", () => {
    const real = fromMantine('react-remove-scroll') as { RemoveScroll: typeof RemoveScroll };
    expect(RemoveScroll.classNames).toEqual(real.RemoveScroll.classNames);
  });

  it('covers every use the bars make of what they import (class names; a handle element)', () => {
    const scrollUsers = importersOf('react-remove-scroll');
    const handleUsers = importersOf('../AppShellResizeHandle/AppShellResizeHandle.mjs');
    expect(scrollUsers.length).toBeGreaterThan(0);
    expect(handleUsers.length).toBeGreaterThan(0);
    for (const code of scrollUsers) {
      const uses = code.match(/RemoveScroll\.?\w*\.?\w*/g) ?? [];
      for (const use of uses.filter((u) => u !== 'RemoveScroll')) {
        expect(use).toMatch(/^RemoveScroll\.classNames\.(zeroRight|fullWidth)$/);
      }
    }
    // Rendered as an element with `section` and `sectionId`: a lazy component stands in.
    for (const code of handleUsers) {
      const uses = code.match(/.{0,12}AppShellResizeHandle[^\n]*(\n[^\n]*){0,3}/g) ?? [];
      for (const use of uses.filter((u) => !u.includes('import ') && !u.includes('export '))) {
        expect(use).toMatch(/jsxs?\(AppShellResizeHandle, \{\s*section: "\w+",\s*sectionId\s*\}/);
      }
    }
  });
});
