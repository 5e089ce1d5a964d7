import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { allowScriptHashes, inlineScriptHashes } from './inline-script-hashes.ts';
import { createIndexHtml } from './route-preloads.ts';
import { withRenderedPage, type PageRenderer } from './server-render.ts';
import { staticErrors, staticPathGuard } from './static-path-guard.ts';

// A rendered page hydrates with its own chunk and all of English (apps/web/src/app/main.tsx):
// fetched beside the route's code rather than after it.
const HYDRATION_STRINGS = ['src/app/ssr/hydrate-page.tsx', 'src/i18n/en.json'];

/**
 * Serves the built SPA: hashed files under /assets/ cached for a year (their names change with
 * their content), index.html never cached, and index.html for every other non-API GET (client
 * routing), with the opened route's code preloaded and its inline boot script allowed by hash in
 * the CSP. Without a build, `/` says how to make one. Paths that try to leave `dist` answer 400
 * before any file is looked up. With `render`, a page it renders (a gateway list, see
 * server-render.ts) is sent with its markup and data, and never stored by a cache.
 */
export function serveSpa(dist: string, render?: PageRenderer): Router {
  const router = Router();
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Gateway Console: the web UI is not built. Run `pnpm build` (or `pnpm start`).\n');
    });
    return router;
  }
  const indexHtml = createIndexHtml(dist);
  router.use(staticPathGuard);
  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
    staticErrors,
  );
  router.use(
    express.static(dist, {
      index: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  router.get(/^(?!\/api(\/|$)).*/, async (req, res) => {
    const page = render === undefined ? undefined : await render(req);
    const html =
      page === undefined
        ? indexHtml(req.path)
        : withRenderedPage(indexHtml(req.path, HYDRATION_STRINGS), page);
    const policy = res.getHeader('Content-Security-Policy');
    if (typeof policy === 'string') {
      res.setHeader('Content-Security-Policy', allowScriptHashes(policy, inlineScriptHashes(html)));
    }
    // A rendered page holds the reader's data (and CSRF token): for this response only.
    res.setHeader('Cache-Control', page === undefined ? 'no-cache' : 'no-store');
    res.type('html').send(html);
  });
  return router;
}
