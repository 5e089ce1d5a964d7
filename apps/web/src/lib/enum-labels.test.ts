import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { i18n, loadLanguage } from '../i18n';
import { enumLabel, enumLabelKey, type EnumKind } from './enum-labels';
import { ENUM_VALUES } from './enum-values';

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const everyValue = (Object.keys(ENUM_VALUES) as EnumKind[]).flatMap((kind) =>
  ENUM_VALUES[kind].map((value) => [kind, value] as const),
);

describe('enum labels', () => {
  it.each(everyValue)('%s %s has an English and a Chinese label', (kind, value) => {
    const key = enumLabelKey(kind, value);
    expect(lookup(en, key), `en ${key}`).toBeTruthy();
    expect(lookup(zh, key), `zh ${key}`).toBeTruthy();
    // A "label" that is the raw value again is the bug this table exists to prevent.
    expect(lookup(zh, key), `zh ${key}`).not.toBe(value);
  });

  it('labels a value in the UI language and shows an unknown one as the API sent it', async () => {
    await loadLanguage('zh-CN');
    const zhT = i18n.getFixedT('zh-CN');
    expect(enumLabel('eipBindMode', 'MULTI_BINDED', zhT)).toBe('多 EIP 绑定（默认）');
    expect(enumLabel('chargeType', 'PostPaid', i18n.getFixedT('en'))).toBe('Pay-as-you-go');
    expect(enumLabel('businessStatus', 'SomethingNew', zhT)).toBe('SomethingNew');
    expect(enumLabel('natType', undefined, zhT)).toBe('');
  });
});
