import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { storeSession } from '../features/auth/api/use-session';
import { ApiError } from '../lib/api-client';

/** An expired session on any call sends the user back to login instead of showing a broken page. */
function onError(error: unknown): void {
  if (error instanceof ApiError && error.code === 'unauthenticated') storeSession(queryClient, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // A 4xx will not heal by retrying; only transient failures are worth a second try.
      retry: (failureCount, error) => failureCount < 1 && !(error instanceof ApiError && error.status < 500 && error.status > 0),
      refetchOnWindowFocus: false,
    },
  },
});
