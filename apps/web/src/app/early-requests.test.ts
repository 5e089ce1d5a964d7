import { lookupRoutes, sessionRoutes } from '@gc/contracts';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyRequestsScript } from '../../build/vite-early-requests';
import {
  dropEarlyRequests,
  startEarlyRequests,
  replayEarlyInput,
  startHydrating,
  takeEarlyInput,
  takeEarlyRequest,
} from './early-requests';

afterEach(() => {
  vi.unstubAllGlobals();
  dropEarlyRequests();
  window.history.replaceState(null, '', '/');
});

function recordFetches(): { url: string; init?: RequestInit }[] {
  const calls: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(new Response('{}'));
  });
  return calls;
}

/** A server-rendered NAT list page in the test's document, and a host for its markup. */
function serverRenderedList(): HTMLDivElement {
  recordFetches();
  window.history.replaceState(null, '', '/regions/cn-hangzhou/nat-gateways');
  document.documentElement.setAttribute('data-gc-ssr', '');
  const host = document.createElement('div');
  document.body.append(host);
  return host;
}

describe('startEarlyRequests', () => {
  it("asks for the session, the regions and a list URL's own query, as the app would", () => {
    const calls = recordFetches();
    window.history.replaceState(null, '', '/regions/cn-hangzhou/vpn-gateways/?q=web');
    startEarlyRequests();
    expect(calls.map((c) => c.url)).toEqual([
      sessionRoutes.get.path,
      lookupRoutes.regions.path,
      '/api/regions/cn-hangzhou/vpn-gateways?q=web',
    ]);
    expect(calls[0]?.init).toEqual({
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  });

  it('asks for nothing on the login page, and no list on other pages', () => {
    const calls = recordFetches();
    window.history.replaceState(null, '', '/login?next=%2F');
    startEarlyRequests();
    expect(calls).toEqual([]);
    window.history.replaceState(null, '', '/regions/cn-hangzhou/nat-gateways/ngw-1');
    startEarlyRequests();
    expect(calls.map((c) => c.url)).toEqual(['/api/session', '/api/regions']);
  });

  it('asks for nothing on a page the server rendered (its data is in the page)', () => {
    const calls = recordFetches();
    window.history.replaceState(null, '', '/regions/cn-hangzhou/nat-gateways');
    document.documentElement.setAttribute('data-gc-ssr', '');
    try {
      startEarlyRequests();
    } finally {
      document.documentElement.removeAttribute('data-gc-ssr');
    }
    expect(calls).toEqual([]);
  });

  it('keeps what is clicked or chosen on a server-rendered page, and does it again once hydrated', () => {
    recordFetches();
    window.history.replaceState(null, '', '/regions/cn-hangzhou/nat-gateways');
    document.documentElement.setAttribute('data-gc-ssr', '');
    const button = document.createElement('button');
    button.innerHTML = '<span>Create</span>';
    const select = document.createElement('select');
    select.innerHTML = '<option value="en">English</option><option value="zh-CN">中文</option>';
    document.body.append(button, select);
    try {
      startEarlyRequests();
      button.querySelector('span')?.click();
      document.body.click();
      startHydrating();
      button.click(); // hydrating: React has clicks from here, choices are still kept
      select.value = 'zh-CN';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const kept = takeEarlyInput(false);
      expect(kept).toEqual([{ button }, { select, value: 'zh-CN' }]);
      // Hydrated, but a part may still be hydrating: choices are still kept, until the last take.
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect(takeEarlyInput()).toEqual([{ select, value: 'zh-CN' }]);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect(takeEarlyInput()).toEqual([]);

      // Hydration put the rendered choice back; the replay chooses again and says so.
      select.value = 'en';
      const seen: string[] = [];
      button.addEventListener('click', () => seen.push('click'));
      select.addEventListener('change', () => seen.push(`change ${select.value}`));
      replayEarlyInput(kept);
      expect(seen).toEqual(['click', 'change zh-CN']);
    } finally {
      document.documentElement.removeAttribute('data-gc-ssr');
      button.remove();
      select.remove();
    }
  });

  it('keeps what is typed in a field before hydration, and types it again once, as React sees typing', () => {
    const host = serverRenderedList();
    try {
      startEarlyRequests();
      // The server's search box, typed into before React has it.
      host.innerHTML = '<input aria-label="Name or ID">';
      const early = host.querySelector('input') as HTMLInputElement;
      for (const text of ['v', 'vp', 'vpc']) {
        early.value = text;
        early.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const kept = takeEarlyInput();
      expect(kept.map((k) => ('field' in k ? k.value : ''))).toEqual(['v', 'vp', 'vpc']);
      // Hydrated: React's controlled input shows its state (empty) until the text is typed again.
      host.innerHTML = '';
      const seen: string[] = [];
      function Search() {
        const [q, setQ] = useState('');
        return createElement('input', {
          'aria-label': 'Name or ID',
          value: q,
          onChange: (e: { currentTarget: HTMLInputElement }) => {
            seen.push(e.currentTarget.value);
            setQ(e.currentTarget.value);
          },
        });
      }
      const root = createRoot(host);
      flushSync(() => root.render(createElement(Search)));
      const field = host.querySelector('input') as HTMLInputElement;
      const replayed = kept.map((k) => ('field' in k ? { ...k, field } : k));
      flushSync(() => replayEarlyInput(replayed));
      expect(seen).toEqual(['vpc']);
      expect(field.value).toBe('vpc');
      // Typed again while React already had it: nothing changes.
      flushSync(() => replayEarlyInput(replayed));
      expect(seen).toEqual(['vpc']);
      root.unmount();
    } finally {
      document.documentElement.removeAttribute('data-gc-ssr');
      host.remove();
    }
  });

  it('keeps a row ticked before hydration, and ticks it once React has it, as React sees a click', () => {
    const host = serverRenderedList();
    try {
      startEarlyRequests();
      // The server's rows: one ticked (the browser toggles it before the click event), one ticked
      // and unticked again, and the page still not live.
      host.innerHTML =
        '<input type="checkbox" aria-label="Select a"><input type="checkbox" aria-label="Select b">';
      const [a, b] = [...host.querySelectorAll('input')] as HTMLInputElement[];
      a?.click();
      b?.click();
      startHydrating();
      b?.click(); // hydrating: still kept, as choices are
      const kept = takeEarlyInput();
      expect(kept).toEqual([
        { toggle: a, checked: true },
        { toggle: b, checked: true },
        { toggle: b, checked: false },
      ]);
      // Hydrated: React's controlled boxes show their state (none ticked) and were redrawn.
      host.innerHTML = '';
      const seen: string[] = [];
      function Rows() {
        const [ticked, setTicked] = useState<string[]>([]);
        return ['a', 'b'].map((id) =>
          createElement('input', {
            key: id,
            type: 'checkbox',
            'aria-label': `Select ${id}`,
            checked: ticked.includes(id),
            onChange: (e: { currentTarget: HTMLInputElement }) => {
              const on = e.currentTarget.checked;
              seen.push(`${id} ${on}`);
              setTicked((t) => (on ? [...t, id] : t.filter((x) => x !== id)));
            },
          }),
        );
      }
      const root = createRoot(host);
      flushSync(() => root.render(createElement(Rows)));
      flushSync(() => replayEarlyInput(kept));
      const [liveA, liveB] = [...host.querySelectorAll('input')] as HTMLInputElement[];
      expect(seen).toEqual(['a true', 'b false']);
      expect([liveA?.checked, liveB?.checked]).toEqual([true, false]);
      // Done again while React already had it: the state stays as the user left it.
      flushSync(() => replayEarlyInput(kept));
      expect([liveA?.checked, liveB?.checked]).toEqual([true, false]);
      root.unmount();
    } finally {
      document.documentElement.removeAttribute('data-gc-ssr');
      host.remove();
    }
  });

  it('stops listening once React has the page: later keystrokes pass no boot-script listener', () => {
    recordFetches();
    window.history.replaceState(null, '', '/regions/cn-hangzhou/nat-gateways');
    document.documentElement.setAttribute('data-gc-ssr', '');
    const added: string[] = [];
    const removed: string[] = [];
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    try {
      startEarlyRequests();
      added.push(...add.mock.calls.map((c) => c[0]));
      takeEarlyInput(false);
      expect(remove).not.toHaveBeenCalled();
      takeEarlyInput();
      removed.push(...remove.mock.calls.map((c) => c[0]));
      expect(removed.sort()).toEqual(added.sort());
      expect(add.mock.calls.map((c) => c[1])).toEqual(remove.mock.calls.map((c) => c[1]));
    } finally {
      add.mockRestore();
      remove.mockRestore();
      document.documentElement.removeAttribute('data-gc-ssr');
    }
  });

  it('does what was kept on the element that took its place when a part was drawn anew', () => {
    const make = () => {
      const select = document.createElement('select');
      select.setAttribute('aria-label', 'Language');
      select.innerHTML = '<option value="en">English</option><option value="zh-CN">中文</option>';
      const button = document.createElement('button');
      button.textContent = 'Create NAT gateway';
      return { select, button };
    };
    // Kept on the server's markup, which hydration then replaced.
    const gone = make();
    const twin = make();
    document.body.append(twin.select, twin.button);
    try {
      const seen: string[] = [];
      twin.select.addEventListener('change', () => seen.push(`change ${twin.select.value}`));
      twin.button.addEventListener('click', () => seen.push('click'));
      replayEarlyInput([{ select: gone.select, value: 'zh-CN' }, { button: gone.button }]);
      expect(seen).toEqual(['change zh-CN', 'click']);
      // Two candidates: which one is unknown, so neither.
      const other = make();
      document.body.append(other.button);
      replayEarlyInput([{ button: gone.button }]);
      expect(seen).toEqual(['change zh-CN', 'click']);
      other.button.remove();
    } finally {
      twin.select.remove();
      twin.button.remove();
    }
  });

  it('hides a page the server rendered in another language than the chosen one, and keeps nothing', () => {
    recordFetches();
    const html = document.documentElement;
    const button = document.createElement('button');
    document.body.append(button);
    html.setAttribute('data-gc-ssr', '');
    try {
      for (const [chosen, rendered, hidden] of [
        ['zh-CN', 'en', true],
        ['zh', 'en', true],
        ['en-GB', 'zh-CN', true],
        ['zh-CN', 'zh-CN', false],
        ['en', 'en', false],
        ['fr', 'en', false], // not a language we have: the app follows the browser, as the server
      ] as const) {
        localStorage.setItem('gc.language', chosen);
        html.lang = rendered;
        html.removeAttribute('data-gc-relang');
        startEarlyRequests();
        expect(html.hasAttribute('data-gc-relang'), `${chosen} on ${rendered}`).toBe(hidden);
        button.click();
        expect(takeEarlyInput(), `${chosen} on ${rendered}`).toEqual(hidden ? [] : [{ button }]);
      }
    } finally {
      localStorage.removeItem('gc.language');
      html.removeAttribute('data-gc-ssr');
      html.removeAttribute('data-gc-relang');
      html.lang = 'en';
      button.remove();
    }
  });

  it("tells the server the reader's zone and language, and sets the colour scheme first", () => {
    recordFetches();
    localStorage.setItem('gc.language', 'zh-CN');
    localStorage.setItem('mantine-color-scheme-value', 'dark');
    try {
      startEarlyRequests();
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(document.cookie).toContain(`gc_tz=${encodeURIComponent(zone)}`);
      expect(document.cookie).toContain('gc_lang=zh-CN');
      expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark');
      localStorage.removeItem('gc.language');
      startEarlyRequests();
      expect(document.cookie).not.toContain('gc_lang=');
    } finally {
      localStorage.removeItem('gc.language');
      localStorage.removeItem('mantine-color-scheme-value');
    }
  });

  it('hands each answer out once, and none after they are dropped', () => {
    recordFetches();
    window.history.replaceState(null, '', '/regions/cn-hangzhou/nat-gateways');
    startEarlyRequests();
    expect(takeEarlyRequest('/api/session')).toBeInstanceOf(Promise);
    expect(takeEarlyRequest('/api/session')).toBeUndefined();
    dropEarlyRequests();
    expect(takeEarlyRequest('/api/regions')).toBeUndefined();
  });

  it('runs from its inlined source text alone (what index.html carries)', () => {
    const calls = recordFetches();
    window.history.replaceState(null, '', '/regions/cn-hangzhou/ipv6-gateways');
    // The plugin's exact text, run with nothing of this module in scope.
    new Function(earlyRequestsScript())();
    expect(calls.map((c) => c.url)).toEqual([
      '/api/session',
      '/api/regions',
      '/api/regions/cn-hangzhou/ipv6-gateways',
    ]);
    expect(Object.keys(window.__gcEarly ?? {})).toHaveLength(3);
  });
});
