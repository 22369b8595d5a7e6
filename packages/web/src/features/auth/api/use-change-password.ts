import type { ChangeOwnPasswordRequest } from '@gyokaku/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function useChangePassword() {
  return useMutation({
    mutationFn: (request: ChangeOwnPasswordRequest) => api.post<void>('/auth/password', request),
  });
}
