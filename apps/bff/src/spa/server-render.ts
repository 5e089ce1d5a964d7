import { existsSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerRenderModule as SsrModule } from '@gc/contracts';
import { parse as parseCookies } from 'cookie';
import type { Request } from 'express';
import type { Logger } from 'pino';

/** A server-rendered page: `#root`'s markup, its state as JSON, and its language. */
export interface RenderedPage {
  html: string;
  stateJson: string;
  language: string;
}

/** Renders a page for a request, or undefined when the browser renders it alone. */
export type PageRenderer = (req: Request) => Promise<RenderedPage | undefined>;

// What the page's API reads carry over from the page request: the reader (cookie), their
// languages, and what the BFF's proxy trust and logs read.
const FORWARDED = [
  'cookie',
  'accept-language',
  'user-agent',
  'x-forwarded-for',
  'x-forwarded-proto',
];

function forwardedHeaders(from: IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const name of FORWARDED) {
    const value = from[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

// A page waits at most this for its data (a warm region index answers in a few ms). A cold read
// of a large region takes seconds: the browser then shows the shell and a skeleton at once and
// asks for the list itself, which joins the read already under way.
export const DATA_BUDGET_MS = 300;

function validZone(zone: string | undefined): zone is string {
  if (zone === undefined || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Accept-Language's tags, best first ("zh-CN,zh;q=0.9,en;q=0.8" → zh-CN, zh, en). */
export function acceptLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q.trim().slice(2)) || 0 };
    })
    .filter((l) => l.tag !== '' && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((l) => l.tag);
}

const searchOf = (url: string) => {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at);
};

// JSON inside <script>: `<` escaped, so no "</script>" or "<!--" in the data can end it.
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/**
 * The BFF's side of server rendering (issue 17): for a gateway list opened by a signed-in reader
 * whose browser told us its zone (`gc_tz`, set by index.html's boot script), the web app's
 * server build renders the page from the same API answers the browser would get, asked of this
 * very server over loopback with the reader's cookie, so every check (session, roles,
 * validation, region index) applies exactly as to the browser's own requests. (In process,
 * light-my-request cannot capture Express 5's responses: Express swaps the response prototype.)
 * Without the server build, for other pages, or when anything fails, the page is rendered in
 * the browser as before.
 */
export function serverRenderer(
  dist: string,
  log?: Logger,
  dataBudgetMs = DATA_BUDGET_MS,
): PageRenderer {
  const file = path.join(dist, '.ssr', 'entry-server.js');
  // Loaded at start-up (it is ~0.7 MB of JS), not by the first reader's page.
  const module: Promise<SsrModule | undefined> = existsSync(file)
    ? (import(pathToFileURL(file).href) as Promise<SsrModule>).catch((error: unknown) => {
        log?.warn(
          { err: error },
          'the server build could not be loaded: pages render in the browser',
        );
        return undefined;
      })
    : Promise.resolve(undefined);
  const load = () => module;
  return async (req) => {
    const cookies = parseCookies(req.headers.cookie ?? '');
    const timeZone = cookies.gc_tz;
    if (!validZone(timeZone)) return undefined;
    const ssr = await load();
    if (ssr === undefined || !ssr.isServerRendered(req.path)) return undefined;
    const headers = forwardedHeaders(req.headers);
    const { localAddress = '127.0.0.1', localPort } = req.socket;
    const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
    const get = (url: string) => {
      const answer = fetch(`http://${host}:${localPort}${url}`, {
        headers,
        signal: AbortSignal.timeout(dataBudgetMs),
      });
      // A read nobody takes (the page asked for another URL), or one past the budget, must not
      // surface as an unhandled rejection: it would end the process.
      answer.catch(() => undefined);
      return answer;
    };
    try {
      const page = await ssr.renderPage({
        pathname: req.path,
        search: searchOf(req.originalUrl),
        language: cookies.gc_lang,
        acceptLanguages: acceptLanguages(req.headers['accept-language']),
        timeZone,
        get,
      });
      if (page === undefined) return undefined;
      return {
        html: page.html,
        stateJson: scriptSafe(JSON.stringify(page.state)),
        language: page.state.language,
      };
    } catch (error) {
      log?.warn(
        { err: error, path: req.path },
        'server render failed: the page renders in the browser',
      );
      return undefined;
    }
  };
}

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">/g;

// Starts the app once the rows are painted: this script ends the body, so it runs after the parser
// put the rows in the page, and the frame after its animation frame has them. A module script or
// its preloads in <head> were fetched and compiled while the page was still being parsed (~20 ms
// of the main thread, and the preload scanner's queue), all of it in front of rows already in the
// HTML. The preloads are added together with the entry, so the code still loads in parallel
// (from the browser's cache on a return visit: the files are immutable).
const afterFirstPaint = (entry: string, preloads: readonly string[]) =>
  `<script>requestAnimationFrame(function(){setTimeout(function(){` +
  `${JSON.stringify(preloads)}.forEach(function(h){var l=document.createElement('link');` +
  `l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)});` +
  `var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entry)};` +
  `document.head.appendChild(s)})})</script>`;

/**
 * index.html with the rendered page in `#root`, its state beside it, marked as rendered, and the
 * app's entry (with its preloads) started once the rows are painted.
 */
export function withRenderedPage(html: string, page: RenderedPage): string {
  const entry = ENTRY.exec(html)?.[1];
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? '');
  const start = entry === undefined ? '' : afterFirstPaint(entry, preloads);
  return html
    .replace(ENTRY, '')
    .replace(MODULE_PRELOAD, entry === undefined ? '$&' : '')
    .replace(/<html lang="[^"]*"/, `<html lang="${page.language}" data-gc-ssr=""`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${page.html}</div><script type="application/json" id="gc-ssr">${page.stateJson}</script>${start}`,
    );
}
