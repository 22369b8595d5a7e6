import type { CreatePlanRequest, ExtendPlanRequest, Plan, UpdatePlanRequest } from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { planKey } from './use-plan';
import { plansKey } from './use-plans';

/** A saved plan changes lists, counts in the outline's framework and the checks overview. */
function useSavedPlan() {
  const queryClient = useQueryClient();
  return async (plan: Plan) => {
    queryClient.setQueryData(planKey(plan.id), plan);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: plansKey, predicate: (query) => query.queryKey[1] !== 'detail' }),
      queryClient.invalidateQueries({ queryKey: ['outlines', plan.outlineId] }),
    ]);
  };
}

/** With `callId` the plan is filed as a proposal to that call (作成中), through the call's own route. */
export function useCreatePlan(outlineId: string, callId?: string) {
  const saved = useSavedPlan();
  return useMutation({
    mutationFn: (request: CreatePlanRequest) =>
      api.post<Plan>(callId ? `/calls/${callId}/proposals` : `/outlines/${outlineId}/plans`, request),
    onSuccess: saved,
  });
}

export function useUpdatePlan(id: string) {
  const saved = useSavedPlan();
  return useMutation({
    mutationFn: (request: UpdatePlanRequest) => api.put<Plan>(`/plans/${id}`, request),
    onSuccess: saved,
  });
}

export function useExtendPlan() {
  const saved = useSavedPlan();
  return useMutation({
    mutationFn: ({ id, ...request }: ExtendPlanRequest & { id: string }) => api.post<Plan>(`/plans/${id}/extend`, request),
    onSuccess: saved,
  });
}
