import { vi } from 'vitest';

type Handler = (init: RequestInit, url: URL) => { status?: number; body?: unknown } | unknown;

/**
 * Stubs `fetch` with a tiny BFF: keys are `METHOD /path` (no query string). An unknown route
 * answers 404 in the contract's error shape, so a test fails loudly rather than hanging.
 */
export function fakeBff(routes: Record<string, Handler>) {
  const calls: { method: string; url: URL; init: RequestInit }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init.method ?? 'GET';
    calls.push({ method, url, init });
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) {
      return json(404, {
        error: { code: 'NotFound', message: `no route ${method} ${url.pathname}` },
      });
    }
    const answer = handler(init, url);
    // `{ status: <number>, body }` sets the HTTP status; resources have string statuses.
    if (
      answer &&
      typeof answer === 'object' &&
      typeof (answer as { status?: unknown }).status === 'number'
    ) {
      const { status = 200, body } = answer as { status?: number; body?: unknown };
      return json(status, body);
    }
    return json(200, answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}
