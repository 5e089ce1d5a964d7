import type { Plugin } from 'vite';
import { startEarlyRequests } from '../src/app/early-requests';

/** The inline script: {@link startEarlyRequests}'s own source, called at once. */
export function earlyRequestsScript(): string {
  return `(${startEarlyRequests.toString()})();`;
}

/**
 * Puts the boot script that starts the first screen's requests (src/app/early-requests.ts)
 * inline at the top of index.html's head, so they leave while the HTML parses instead of after
 * the app's JS has loaded and run. Inline, it costs no request; the BFF allows it in its CSP by
 * the script's hash (apps/bff/src/spa/inline-script-hashes.ts).
 */
export function earlyRequests(): Plugin {
  return {
    name: 'gc:early-requests',
    transformIndexHtml: () => [
      { tag: 'script', children: earlyRequestsScript(), injectTo: 'head-prepend' },
    ],
  };
}
