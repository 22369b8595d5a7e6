import type { PlanDiffResponse, PlanVersionListResponse } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';
import { plansKey } from './use-plans';

export function usePlanVersions(id: string) {
  return useQuery({
    queryKey: [...plansKey, 'versions', id],
    queryFn: () => api.get<PlanVersionListResponse>(`/plans/${id}/versions`),
  });
}

export function usePlanDiff(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: [...plansKey, 'diff', id, from, to],
    queryFn: () => api.get<PlanDiffResponse>(withQuery(`/plans/${id}/diff`, { from: from ?? undefined, to: to ?? undefined })),
    enabled: from !== null && to !== null && from !== to,
  });
}
