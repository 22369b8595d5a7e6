import type { OutlineChecksResponse, Plan } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';
import { plansKey } from './use-plans';

export const planKey = (id: string) => [...plansKey, 'detail', id] as const;

export const fetchPlan = (id: string) => api.get<Plan>(`/plans/${encodeURIComponent(id)}`);

export function usePlan(id: string) {
  return useQuery({ queryKey: planKey(id), queryFn: () => fetchPlan(id) });
}

/** What the server would number a plan filed under `nodeId` if the number is left blank. */
export function useSuggestedPlanNumber(outlineId: string, nodeId: string) {
  return useQuery({
    queryKey: [...plansKey, 'number', outlineId, nodeId],
    queryFn: () => api.get<{ number: string }>(withQuery(`/outlines/${outlineId}/plan-number`, { nodeId })),
    enabled: nodeId !== '',
  });
}

export function useOutlineChecks(outlineId: string) {
  return useQuery({
    queryKey: [...plansKey, 'checks', outlineId],
    queryFn: () => api.get<OutlineChecksResponse>(`/outlines/${outlineId}/plan-checks`),
    enabled: outlineId !== '',
  });
}
