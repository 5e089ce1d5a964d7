import { describe, expect, it } from 'vitest';
import { acceptLanguages, withRenderedPage } from './server-render.ts';

describe('acceptLanguages', () => {
  it('orders the tags by quality and drops wildcards and refusals', () => {
    expect(acceptLanguages('en;q=0.5, zh-CN, zh;q=0.9, *;q=0.1, fr;q=0')).toEqual([
      'zh-CN',
      'zh',
      'en',
    ]);
    expect(acceptLanguages(undefined)).toEqual([]);
  });
});

describe('withRenderedPage', () => {
  it("puts the markup in #root, its state beside it, and marks the page's language", () => {
    const html = withRenderedPage(
      '<html lang="en"><head></head><body><div id="root"></div></body></html>',
      { html: '<main>rows</main>', stateJson: '{"a":"\\u003c/script>"}', language: 'zh-CN' },
    );
    expect(html).toBe(
      '<html lang="zh-CN" data-gc-ssr=""><head></head><body><div id="root"><main>rows</main></div>' +
        '<script type="application/json" id="gc-ssr">{"a":"\\u003c/script>"}</script></body></html>',
    );
  });

  it("starts the app's entry only after the first paint, so the rows show before its JS runs", () => {
    const html = withRenderedPage(
      '<html lang="en"><head><script type="module" crossorigin src="/assets/index-1.js"></script>' +
        '</head><body><div id="root"></div></body></html>',
      { html: '', stateJson: '{}', language: 'en' },
    );
    expect(html).not.toContain('<script type="module"');
    expect(html).toMatch(
      /<script>requestAnimationFrame\(.*s\.src="\/assets\/index-1\.js".*<\/script>/,
    );
  });
});
