import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import { bootStrings, DEFERRED_NAMESPACES } from './vite-boot-strings';

const WEB = path.resolve(import.meta.dirname, '..');
const SRC = `${WEB}/src/`;
const filesIn = (dir: string) =>
  readdirSync(SRC + dir)
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
    .map((f) => `${dir}/${f}`);

// What the first screens render (the shell, login, the NAT list page and its kit), read as
// source. `enum-labels.ts` only names other kinds' prefixes; their pages load every string.
const FIRST_SCREENS = [
  ...filesIn('app/layout'),
  ...['login', 'nat-gateways', 'not-found', 'region-redirect'].map((r) => `app/routes/${r}.tsx`),
  ...filesIn('components/ui'),
  ...filesIn('components/ui/list-page'),
  ...filesIn('lib').filter((f) => !f.endsWith('enum-labels.ts')),
  'features/nat-gateways/components/nat-gateways-list.tsx',
  'features/nat-gateways/components/nat-gateway-columns.tsx',
];

describe('the first load English strings (build/vite-boot-strings.ts)', () => {
  it('defer only namespaces en.json has', () => {
    for (const ns of DEFERRED_NAMESPACES) expect(Object.keys(en), ns).toContain(ns);
  });

  it('are en.json without the deferred namespaces', async () => {
    const plugin = bootStrings(WEB);
    const load = plugin.load as (id: string) => string | null;
    const code = load.call({ addWatchFile: () => undefined }, `${SRC}i18n/boot-strings.ts`);
    const url = `data:text/javascript,${encodeURIComponent(code ?? '')}`;
    const { bootStrings: strings } = (await import(/* @vite-ignore */ url)) as {
      bootStrings: Record<string, unknown>;
    };
    const kept = Object.keys(en).filter(
      (ns) => !(DEFERRED_NAMESPACES as readonly string[]).includes(ns),
    );
    expect(Object.keys(strings).sort()).toEqual(kept.sort());
    for (const ns of kept) expect(strings[ns]).toEqual(en[ns as keyof typeof en]);
    expect(load.call({ addWatchFile: () => undefined }, `${SRC}i18n/index.ts`)).toBeNull();
  });

  it('cover every key the first screens name', () => {
    const deferred = new RegExp(`['\`"](${DEFERRED_NAMESPACES.join('|')})\\.[a-zA-Z]`);
    for (const file of FIRST_SCREENS) {
      expect(readFileSync(SRC + file, 'utf8').match(deferred)?.[0], file).toBeUndefined();
    }
  });
});
