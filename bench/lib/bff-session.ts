// A browser-like BFF client: keeps the session cookie and CSRF token, sends Idempotency-Key.

/** One BFF answer, body parsed when it is JSON. */
export interface BffAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Options of one {@link BffSession.request}. */
export interface BffRequestOptions {
  body?: unknown;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** A logged-in user of the BFF, as the SPA would be. */
export class BffSession {
  cookie = '';
  csrfToken = '';

  constructor(readonly base: string) {}

  /** Logs in; throws when the BFF refuses. */
  async login(username: string, password: string): Promise<void> {
    const res = await this.request<{ csrfToken: string }>('POST', '/api/session', {
      body: { username, password },
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text}`);
    this.csrfToken = res.body.csrfToken;
  }

  /** Sends one request with the cookie, the CSRF token on mutations and a JSON body. */
  async request<T = unknown>(
    method: string,
    path: string,
    opts: BffRequestOptions = {},
  ): Promise<BffAnswer<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: kept as text, the caller judges it
    }
    return { status: res.status, headers: res.headers, body: body as T, text };
  }
}
