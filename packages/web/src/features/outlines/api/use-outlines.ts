import type { OutlineListResponse } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function useOutlines() {
  return useQuery({ queryKey: ['outlines'], queryFn: () => api.get<OutlineListResponse>('/outlines') });
}
