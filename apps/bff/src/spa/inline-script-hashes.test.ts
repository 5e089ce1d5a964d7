import { describe, expect, it } from 'vitest';
import { allowScriptHashes, inlineScriptHashes } from './inline-script-hashes.ts';

describe('inlineScriptHashes', () => {
  it("hashes each inline script's text as browsers do, and skips scripts with src", () => {
    // The worked example of MDN's CSP `script-src` page.
    const html =
      `<head><script>alert('Hello, world.');</script>` +
      `<script type="module" crossorigin src="/assets/index-1.js"></script>` +
      `<script type="application/json"> </script></head>`;
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    ]);
    expect(inlineScriptHashes('<div id="root"></div>')).toEqual([]);
  });

  it('hashes module, import map and JavaScript-typed scripts, not data blocks', () => {
    const text = "alert('Hello, world.');";
    const hash = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";
    const html =
      `<script type="module">${text}</script><script type='text/javascript'>${text}</script>` +
      `<script type="application/json" id="gc-ssr">{"a":1}</script>` +
      `<script type="text/plain">${text}</script><script type="importmap">${text}</script>`;
    expect(inlineScriptHashes(html)).toEqual([hash, hash, hash]);
  });
});

describe('allowScriptHashes', () => {
  const policy = "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline'";

  it('adds the hashes to script-src only', () => {
    expect(allowScriptHashes(policy, ["'sha256-a'", "'sha256-b'"])).toBe(
      "default-src 'self';script-src 'self' 'sha256-a' 'sha256-b';style-src 'self' 'unsafe-inline'",
    );
  });

  it('leaves a policy without script-src, or no hashes, as it is', () => {
    expect(allowScriptHashes("default-src 'self'", ["'sha256-a'"])).toBe("default-src 'self'");
    expect(allowScriptHashes(policy, [])).toBe(policy);
  });
});
