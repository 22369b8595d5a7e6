import type { LoginRequest, SessionResponse } from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeSession } from './use-session';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) => api.post<SessionResponse>('/auth/login', request),
    onSuccess: (session) => {
      // Data cached for a previous user must never show through to the next one.
      queryClient.clear();
      storeSession(queryClient, session);
    },
  });
}
