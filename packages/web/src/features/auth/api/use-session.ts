import type { Municipality, SessionResponse } from '@gyokaku/contracts';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { api, ApiError, setCsrfToken } from '../../../lib/api-client';

const sessionQueryKey = ['session'] as const;

/** Null means "signed out"; any other failure stays an error so the user can retry. */
async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api.get<SessionResponse>('/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

export function storeSession(queryClient: QueryClient, session: SessionResponse | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionQueryKey, session);
}

/** Settings saved by the secretariat take effect on every screen without signing in again. */
export function storeMunicipality(queryClient: QueryClient, municipality: Municipality): void {
  queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, (session) => (session ? { ...session, municipality } : session));
}

export const SessionContext = createContext<SessionResponse | null>(null);

/** The signed-in session; only valid below the route guard that provides it. */
export function useSession(): SessionResponse {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the signed-in area');
  return session;
}
