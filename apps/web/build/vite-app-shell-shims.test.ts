import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RemoveScroll } from '../src/lib/remove-scroll-class-names';

// react-remove-scroll is Mantine's dependency, not the app's: resolve it from Mantine.
const mantine = createRequire(import.meta.url).resolve('@mantine/core');
const fromMantine = createRequire(mantine);
const appShell = join(dirname(mantine), '../esm/components/AppShell');

describe('RemoveScroll stand-in', () => {
  it("has react-remove-scroll's class names, which its scroll lock's CSS targets", () => {
    const real = fromMantine('react-remove-scroll') as { RemoveScroll: typeof RemoveScroll };
    expect(RemoveScroll.classNames).toEqual(real.RemoveScroll.classNames);
  });

  it('covers every use the AppShell files make of react-remove-scroll (only its class names)', () => {
    const users = readdirSync(appShell, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => readFileSync(join(appShell, file), 'utf8'))
      .filter((code) => code.includes('"react-remove-scroll"'));
    expect(users.length).toBeGreaterThan(0);
    for (const code of users) {
      const uses = code.match(/RemoveScroll\.?\w*\.?\w*/g) ?? [];
      for (const use of uses.filter((u) => u !== 'RemoveScroll')) {
        expect(use).toMatch(/^RemoveScroll\.classNames\.(zeroRight|fullWidth)$/);
      }
    }
  });
});
