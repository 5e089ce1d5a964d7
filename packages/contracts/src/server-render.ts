// The contract between the BFF and the web app's server build (issue 17): the BFF loads
// `dist/.ssr/entry-server.js` and calls it with these shapes; declared once, here, since neither
// app may import the other.

/** A page request as the BFF hands it to the server build. */
export interface ServerRenderRequest {
  pathname: string;
  /** `?…` or empty. */
  search: string;
  /** The reader's chosen language (`gc_lang` cookie), if any. */
  language?: string;
  /** The browser's languages, from Accept-Language, best first. */
  acceptLanguages: readonly string[];
  /** The reader's IANA zone (`gc_tz` cookie), already checked by the BFF. */
  timeZone: string;
  /** Answers a GET of the BFF's API as this reader (their cookie). */
  get: (url: string) => Promise<Response>;
}

/** A rendered page: the markup of `#root` and the state its hydration starts from. */
export interface ServerRenderedPage<State extends { language: string } = { language: string }> {
  html: string;
  state: State;
}

/** What the server build exports. */
export interface ServerRenderModule {
  /** True for the paths the server build renders. */
  isServerRendered(pathname: string): boolean;
  /** The page, or undefined when the browser should render it alone. */
  renderPage(request: ServerRenderRequest): Promise<ServerRenderedPage | undefined>;
}
