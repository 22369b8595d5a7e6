import type { PLAN_SORTS, PlanKind, PlanListResponse, ProposalState } from '@gyokaku/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';

export const plansKey = ['plans'] as const;

/** The list's query string (`PlanListQuerySchema`), as the client builds it. */
export interface PlanListParams {
  nodeId?: string | undefined;
  departmentId?: string | undefined;
  kind?: PlanKind | undefined;
  tag?: string | undefined;
  sdg?: number | undefined;
  fiscalYear?: number | undefined;
  check?: string | undefined;
  proposalState?: ProposalState | 'none' | undefined;
  callId?: string | undefined;
  q?: string | undefined;
  sort?: (typeof PLAN_SORTS)[number] | undefined;
  order?: 'asc' | 'desc' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** One page of an outline's plans; the previous page stays on screen while the next loads. */
export function usePlans(outlineId: string | null | undefined, params: PlanListParams) {
  return useQuery({
    queryKey: [...plansKey, 'list', outlineId, params],
    queryFn: () => api.get<PlanListResponse>(withQuery(`/outlines/${outlineId}/plans`, { ...params })),
    enabled: Boolean(outlineId),
    placeholderData: keepPreviousData,
  });
}
