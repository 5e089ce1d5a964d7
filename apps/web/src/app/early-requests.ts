/**
 * A button clicked, a choice made in a `<select>`, a checkbox or radio ticked (`checked`: its
 * state after the click) or text typed, before the page was hydrated.
 */
export type EarlyInput =
  | { button: HTMLElement }
  | { select: HTMLSelectElement; value: string }
  | { toggle: HTMLInputElement; checked: boolean }
  | { field: HTMLInputElement; value: string };

/** The requests the inline boot script started, by URL, each answered at most once. */
export type EarlyRequests = Record<string, Promise<Response>>;

declare global {
  interface Window {
    /** Set by {@link startEarlyRequests}, inlined into index.html's head. */
    __gcEarly?: EarlyRequests;
    /** On a server-rendered page: what was clicked or chosen before React took it over. */
    __gcEarlyClicks?: EarlyInput[];
    /** Removes the boot script's listeners that keep that input. */
    __gcEarlyStop?: () => void;
  }
}

/**
 * Starts, while the HTML is still parsing, the requests the first screen will make: the session,
 * the regions and, on a gateway list URL, the list as the URL asks for it. The app's JS then
 * takes ~100 ms to arrive and boot; by then the answers are in, and the app adopts them instead
 * of asking again (`takeEarlyRequest`). The login page asks for nothing.
 *
 * Inlined into index.html as source text (build/vite-early-requests.ts), so it must stay
 * self-contained: no imports, no module-level names, nothing a transpiler would add helpers for.
 */
export function startEarlyRequests(): void {
  // Mantine's colour scheme, before the first paint (its ColorSchemeScript): a server-rendered
  // page paints long before React would set it, and must not flash light on a dark system.
  try {
    const stored = localStorage.getItem('mantine-color-scheme-value');
    const scheme = stored === 'light' || stored === 'dark' ? stored : 'auto';
    const dark =
      scheme === 'dark' ||
      (scheme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
  } catch {
    // Without storage or matchMedia, Mantine sets it when React starts.
  }
  const path = window.location.pathname;
  const html = document.documentElement;
  // The reader's zone and language, for the server to render the next page as this browser will.
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const lang = localStorage.getItem('gc.language');
    const keep = '; path=/; max-age=31536000; SameSite=Lax';
    document.cookie = 'gc_tz=' + encodeURIComponent(zone) + keep;
    document.cookie = lang
      ? 'gc_lang=' + encodeURIComponent(lang) + keep
      : 'gc_lang=; path=/; max-age=0';
    // This page rendered in another language than the one chosen here (chosen before the cookie
    // existed): hidden until the app draws it again in the reader's language (main.tsx), rather
    // than shown in the wrong one meanwhile. Codes as i18n's detectLanguage reads them.
    const want = !lang
      ? undefined
      : lang === 'zh' || lang === 'zh-CN' || lang.indexOf('zh-Hans') === 0
        ? 'zh-CN'
        : lang === 'en' || lang.indexOf('en-') === 0
          ? 'en'
          : undefined;
    if (html.hasAttribute('data-gc-ssr') && want !== undefined && want !== html.lang) {
      html.setAttribute('data-gc-relang', '');
    }
  } catch {
    // The page is then rendered in the browser only; without storage the app follows the
    // browser's languages, as the server did.
  }
  // A server-rendered page shows its buttons, selects and search boxes before React runs them: a
  // click, a choice or typed text is kept, and done again once the page is hydrated
  // (takeEarlyInput), not lost.
  if (html.hasAttribute('data-gc-ssr') && !html.hasAttribute('data-gc-relang')) {
    const kept: EarlyInput[] = [];
    window.__gcEarlyClicks = kept;
    const keep = (event: Event) => {
      if (window.__gcEarlyClicks !== kept || !(event.target instanceof Element)) return;
      if (event.type === 'change' && event.target instanceof HTMLSelectElement) {
        kept.push({ select: event.target, value: event.target.value });
        return;
      }
      // A row's checkbox: its click has already ticked it (the browser toggles before the event);
      // kept until hydration ends, like a choice, as doing it again changes nothing.
      const box = event.target instanceof HTMLInputElement ? event.target : null;
      if (box !== null && (box.type === 'checkbox' || box.type === 'radio')) {
        if (event.type === 'click') kept.push({ toggle: box, checked: box.checked });
        return;
      }
      if (event.type === 'input' && event.target instanceof HTMLInputElement) {
        kept.push({ field: event.target, value: event.target.value });
        return;
      }
      // Clicks only until hydration starts: from then React takes them (it hydrates the clicked
      // part first). A choice is kept until hydration ends: choosing again changes nothing.
      const button = event.type === 'click' ? event.target.closest('button') : null;
      if (button !== null && !html.hasAttribute('data-gc-hydrating')) {
        kept.push({ button });
      }
    };
    const types = ['click', 'change', 'input'];
    for (const type of types) document.addEventListener(type, keep, true);
    // Once React has the page, every keystroke would still pass through `keep`.
    window.__gcEarlyStop = () => {
      for (const type of types) document.removeEventListener(type, keep, true);
    };
  }
  // A server-rendered page carries its first screen's data: nothing to ask for.
  if (path === '/login' || html.hasAttribute('data-gc-ssr')) return;
  const urls = ['/api/session', '/api/regions'];
  if (/^\/regions\/[^/]+\/(nat|vpn|ipv6)-gateways\/?$/.test(path)) {
    urls.push('/api' + path.replace(/\/$/, '') + window.location.search);
  }
  const early: EarlyRequests = {};
  for (const url of urls) {
    const response = fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    // Unclaimed (a logged-out visitor's list), a failure must not surface as unhandled.
    response.catch(() => undefined);
    early[url] = response;
  }
  window.__gcEarly = early;
}

/**
 * The early request of `url`, if the boot script started one and nobody took it yet. Taken
 * once: a later visit to the same URL asks the BFF again.
 */
export function takeEarlyRequest(url: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = window.__gcEarly;
  const response = early?.[url];
  if (early !== undefined) delete early[url];
  return response;
}

/** Forgets every early request nobody took, so none answers a request made much later. */
export function dropEarlyRequests(): void {
  if (typeof window !== 'undefined') delete window.__gcEarly;
}

/** Hydration starts: clicks are React's from now on (choices are still kept, see below). */
export function startHydrating(): void {
  document.documentElement.setAttribute('data-gc-hydrating', '');
}

/**
 * What was clicked before hydration started, or chosen since, on a server-rendered page, in
 * order; taken once. `last`: nothing is kept from now on (else choices still are: a part of the
 * page can hydrate after the root commits, and a choice made on it meanwhile is lost otherwise).
 */
export function takeEarlyInput(last = true): EarlyInput[] {
  if (typeof window === 'undefined') return [];
  const kept = window.__gcEarlyClicks?.splice(0) ?? [];
  if (last) {
    window.__gcEarlyStop?.();
    delete window.__gcEarlyStop;
    delete window.__gcEarlyClicks;
    document.documentElement.removeAttribute('data-gc-hydrating');
  }
  return kept;
}

/** Does again, now that React handles it, what {@link takeEarlyInput} kept. */
export function replayEarlyInput(kept: readonly EarlyInput[]): void {
  // A field's text is typed again once, as it last was.
  const typed = new Map<HTMLInputElement, string>();
  for (const input of kept) if ('field' in input) typed.set(input.field, input.value);
  const lastToggle = new Map<HTMLInputElement, EarlyInput>();
  for (const input of kept) if ('toggle' in input) lastToggle.set(input.toggle, input);
  for (const input of kept) {
    if ('button' in input) {
      live(input.button)?.click();
    } else if ('toggle' in input) {
      // Once per box, as it was last left; React tracks the state it rendered, so the box is put
      // in the other state through the element (React's tracker follows) and clicked, as the user
      // did: React sees the change, or none when it had seen this click already.
      if (lastToggle.get(input.toggle) !== input) continue;
      const box = live(input.toggle);
      if (box === undefined) continue;
      box.checked = !input.checked;
      box.click();
    } else if ('select' in input) {
      const select = live(input.select);
      if (select === undefined) continue;
      // Hydration may have put the rendered choice back: choose again, as the user did (a choice
      // React did see is made twice, which changes nothing).
      select.value = input.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (typed.get(input.field) === input.value) {
      typed.delete(input.field);
      const field = live(input.field);
      if (field === undefined) continue;
      // Through the prototype's setter, as typing does: React tracks the value the page set, and
      // reports a change against it (none when it had seen this text already).
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(field, input.value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

/**
 * `element`, or the one that took its place: when hydration fails on a part of the page, React
 * draws that part anew, and what was kept is no longer in the document. Its twin has the same
 * tag and accessible name (else the same name or text), and is the only one that does.
 */
function live<E extends HTMLElement>(element: E): E | undefined {
  if (element.isConnected) return element;
  const tag = element.tagName.toLowerCase();
  const label = element.getAttribute('aria-label');
  const name = element.getAttribute('name');
  const candidates = Array.from(document.querySelectorAll<E>(tag)).filter((other) =>
    label !== null
      ? other.getAttribute('aria-label') === label
      : name !== null
        ? other.getAttribute('name') === name
        : other.textContent === element.textContent && (element.textContent ?? '') !== '',
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}
