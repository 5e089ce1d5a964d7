import { notifyError } from '../components/ui/notify-error';
import { i18n } from '../i18n';
import { SESSION_QUERY_KEY } from '../lib/auth';
import { createQueryClient } from '../lib/query-client';

/**
 * The app's one QueryClient, made before React renders so the first page's data can be asked
 * for while the app still boots (boot-prefetch.ts).
 */
export const appQueryClient = createQueryClient({
  onMutationError: (error) => notifyError(error, i18n.t),
  // A 401 anywhere means the session has ended: the shell then sends the user to login.
  onUnauthenticated: () => appQueryClient.setQueryData(SESSION_QUERY_KEY, null),
});
