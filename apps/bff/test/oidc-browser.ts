import { signInRoutes } from '@gc/contracts';

/** One hop of a navigation: the status, where it redirects, and the cookies it left. */
export interface Hop {
  status: number;
  location?: string;
  url: string;
}

/**
 * A browser for the code flow, driven over HTTP: a cookie jar (by name, as loopback ports share
 * cookies in browsers too) and redirects followed one at a time, so a test can stop at the
 * callback and tamper with it.
 */
export class FlowBrowser {
  readonly jar = new Map<string, string>();

  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async go(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: this.cookieHeader(),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (value === '' || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const location = res.headers.get('location') ?? undefined;
    const text = await res.text();
    return { status: res.status, location: location && new URL(location, url).href, url, text };
  }

  /** Follows redirects from `url` until one leads to `stop` (answered, not followed) or ends. */
  async follow(url: string, stop?: (next: string) => boolean): Promise<Hop> {
    let hop = await this.go(url);
    for (let i = 0; i < 10 && hop.location !== undefined; i++) {
      if (stop?.(hop.location)) return hop;
      hop = await this.go(hop.location);
    }
    return hop;
  }

  /**
   * Starts single sign-on at the BFF and signs in at the test IdP as `login`; answers the
   * callback URL the provider sent the browser to (not yet visited).
   */
  async toCallback(bff: string, login: string): Promise<string> {
    const isCallback = (u: string) => u.startsWith(`${bff}${signInRoutes.oidcCallback.path}`);
    const atIdp = await this.follow(`${bff}${signInRoutes.oidcLogin.path}`);
    if (atIdp.status !== 200 || !/\/interaction\//.test(atIdp.url)) {
      throw new Error(`expected the IdP's login form, got ${atIdp.status} at ${atIdp.url}`);
    }
    const posted = await this.go(`${atIdp.url}/login`, { method: 'POST', form: { login } });
    if (posted.location === undefined) throw new Error(`IdP login refused: ${posted.status}`);
    const back = await this.follow(posted.location, isCallback);
    if (back.location === undefined || !isCallback(back.location)) {
      throw new Error(`the IdP did not redirect back: ${back.status} at ${back.url}`);
    }
    return back.location;
  }
}
