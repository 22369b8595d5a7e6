import type { OutlineDetailResponse } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** An outline with its framework; waits while `id` is still unknown (a plan's outline before the plan loads). */
export function useOutline(id: string | undefined) {
  return useQuery({
    queryKey: ['outlines', id],
    queryFn: () => api.get<OutlineDetailResponse>(`/outlines/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}
