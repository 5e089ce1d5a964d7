import type { Session } from '@gc/contracts';
import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { SESSION_QUERY_KEY } from '../../lib/auth';
import { bffClient } from '../../lib/bff-client';

/** What a server-rendered page hands to the browser that hydrates it. */
export interface SsrState {
  /** The first screen's queries (session, regions, list) as the server read them. */
  queries: DehydratedState;
  /** Epoch ms of the server's render: time-dependent text first renders as it did there. */
  renderedAt: number;
  /** The language the page was rendered in. */
  language: string;
}

/** The id of the `<script type="application/json">` holding the {@link SsrState}. */
export const SSR_STATE_ID = 'gc-ssr';

/** The page's server-rendered state, if the server rendered it. */
export function readSsrState(doc: Document = document): SsrState | undefined {
  const text = doc.getElementById(SSR_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as SsrState;
  } catch {
    return undefined;
  }
}

/** Takes the server's reads into the query cache, and the session's CSRF token into the client. */
export function adoptServerData(client: QueryClient, ssr: SsrState): void {
  hydrate(client, ssr.queries);
  bffClient.setCsrfToken(client.getQueryData<Session | null>(SESSION_QUERY_KEY)?.csrfToken);
}
