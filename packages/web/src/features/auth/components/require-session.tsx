import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { SessionContext, useSessionQuery } from '../api/use-session';

/** Guards the signed-in area; remembers the requested page so login can return to it. */
export function RequireSession() {
  const query = useSessionQuery();
  const location = useLocation();
  return (
    <QueryState query={query}>
      {(session) =>
        session ? (
          <SessionContext.Provider value={session}>
            <Outlet />
          </SessionContext.Provider>
        ) : (
          <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />
        )
      }
    </QueryState>
  );
}
