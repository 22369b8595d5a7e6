import type { OutlineDetailResponse } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function useOutline(id: string) {
  return useQuery({
    queryKey: ['outlines', id],
    queryFn: () => api.get<OutlineDetailResponse>(`/outlines/${encodeURIComponent(id)}`),
  });
}
