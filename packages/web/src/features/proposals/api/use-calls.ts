import type { Call, CallListResponse } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';

export const callsKey = ['calls'] as const;

/** Calls the user may see (departments: those addressing them), optionally of one outline. */
export function useCalls(outlineId?: string) {
  return useQuery({
    queryKey: [...callsKey, 'list', outlineId ?? 'all'],
    queryFn: () => api.get<CallListResponse>(withQuery('/calls', { outlineId })),
  });
}

export function useCall(id: string) {
  return useQuery({ queryKey: [...callsKey, 'detail', id], queryFn: () => api.get<Call>(`/calls/${encodeURIComponent(id)}`) });
}
