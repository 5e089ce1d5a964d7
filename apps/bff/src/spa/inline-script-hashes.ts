import { createHash } from 'node:crypto';

// A script written into the page (no `src`): its attributes, then the text the hash covers.
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi;
// A `type` that runs: none, a JavaScript MIME type, or `module`. Any other type is data (the
// server-rendered page's state is ~150 KB of `application/json`) that CSP never checks.
const TYPE = /\btype\s*=\s*["']?([^"'\s>]*)/i;
const RUNS = /^(?:|module|importmap|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/** The CSP source (`'sha256-…'`) of each inline script of an HTML page that runs, in order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => RUNS.test(TYPE.exec(m[1] ?? '')?.[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((text) => text.trim() !== '')
    .map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}

/**
 * A Content-Security-Policy that also allows `hashes` as scripts: added to `script-src`, so
 * every other script stays refused ('unsafe-inline' never appears). Without a `script-src`
 * (the page then follows `default-src`) the policy is returned as it is.
 */
export function allowScriptHashes(policy: string, hashes: readonly string[]): string {
  if (hashes.length === 0) return policy;
  return policy
    .split(';')
    .map((directive) => {
      const [name] = directive.trim().split(/\s+/);
      return name?.toLowerCase() === 'script-src' ? `${directive} ${hashes.join(' ')}` : directive;
    })
    .join(';');
}
