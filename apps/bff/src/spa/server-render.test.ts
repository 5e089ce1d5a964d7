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

  it("starts the app's entry and its preloads only after the rows are painted", () => {
    const html = withRenderedPage(
      '<html lang="en"><head><script type="module" crossorigin src="/assets/index-1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/a-1.js">' +
        '<link rel="stylesheet" crossorigin href="/assets/index-1.css">' +
        '<link rel="modulepreload" crossorigin href="/assets/b-1.js">' +
        '</head><body><div id="root"></div></body></html>',
      { html: '<main>rows</main>', stateJson: '{}', language: 'en' },
    );
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-1.css">');
    // After the rows and their state, so its animation frame comes once the rows are parsed.
    const loader = html.slice(html.indexOf('id="gc-ssr">{}</script>') + 23);
    expect(loader).toMatch(/^<script>requestAnimationFrame\(.*<\/script><\/body>/);
    expect(loader).toContain('["/assets/a-1.js","/assets/b-1.js"]');
    expect(loader).toContain('s.src="/assets/index-1.js"');
  });

  it('leaves the preloads in place when the page has no entry to start', () => {
    const page =
      '<html lang="en"><head><link rel="modulepreload" crossorigin href="/a.js"></head><body><div id="root"></div></body></html>';
    const html = withRenderedPage(page, { html: '', stateJson: '{}', language: 'en' });
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/a.js">');
  });
});
