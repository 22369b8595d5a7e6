import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeSession } from './use-session';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    // Sign out locally even when the server call fails: the user asked to leave.
    onSettled: () => {
      queryClient.clear();
      storeSession(queryClient, null);
    },
  });
}
