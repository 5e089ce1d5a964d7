import { describe, expect, it } from 'vitest';
import en from './en.json';
import zh from './zh.json';
import { detectLanguage, i18n, loadLanguage } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = flatten(en);
  const chinese = flatten(zh);

  it('have the same keys in English and Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty value', () => {
    for (const [key, value] of [...english, ...chinese]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of english) {
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });

  it('load Chinese on demand and really translate it', async () => {
    expect(zh.nat.list.title).not.toBe(en.nat.list.title);
    await loadLanguage('zh-CN');
    expect(i18n.getFixedT('zh-CN')('status.Available')).toBe('可用');
  });
});

describe('detectLanguage', () => {
  it('prefers the remembered choice, then the browser, then English', () => {
    expect(detectLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(detectLanguage(null, ['fr-FR', 'zh-Hans-CN'])).toBe('zh-CN');
    expect(detectLanguage(null, ['zh'])).toBe('zh-CN');
    expect(detectLanguage('xx', ['de-DE'])).toBe('en');
  });
});
