// A server-rendered page is hydrated a few hundred ms after the server drew it, by a browser that
// knows more (the clock has moved, the system may be dark). Its first render must match the
// server's markup, or React throws the server's work away and draws the page again; what only
// the browser knows is applied by the effects right after.
let renderedAt: number | undefined;

/** Marks a server render or a hydration as under way (the server's render time), or over (undefined). */
export function setHydration(serverRenderTime: number | undefined): void {
  renderedAt = serverRenderTime;
}

/** True while the server renders a page or the browser hydrates it. */
export function isHydrating(): boolean {
  return renderedAt !== undefined;
}

/** "Now" for a first render: the server's render time while hydrating, else the clock. */
export function renderNow(): number {
  return renderedAt ?? Date.now();
}
