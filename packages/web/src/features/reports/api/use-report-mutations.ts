import type {
  CreateReportRoundRequest,
  HqEvaluationRequest,
  NodeEvaluationRequest,
  ProgressReport,
  ReportRound,
  ReportTransitionRequest,
  UpdateReportRequest,
} from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { inboxKey } from '../../inbox/api/use-inbox';
import { reportsKey } from './use-report-rounds';

/**
 * A report's change moves its round's counts, the dashboard and people's task lists, so all are
 * fetched again — after a refusal too, since a 409 means our copy is outdated.
 */
function useReportMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => Promise.all([reportsKey, inboxKey].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export function useOpenRound(outlineId: string) {
  return useReportMutation((request: CreateReportRoundRequest) => api.post<ReportRound>(`/outlines/${outlineId}/report-rounds`, request));
}

export function useUpdateReport(id: string) {
  return useReportMutation((request: UpdateReportRequest) => api.put<ProgressReport>(`/reports/${id}`, request));
}

export function useReportTransition(id: string) {
  return useReportMutation((request: ReportTransitionRequest) => api.post<ProgressReport>(`/reports/${id}/transitions`, request));
}

export function useHqEvaluation(id: string) {
  return useReportMutation((request: HqEvaluationRequest) => api.put<ProgressReport>(`/reports/${id}/hq-evaluation`, request));
}

export function useNodeEvaluation(roundId: string, nodeId: string) {
  return useReportMutation((request: NodeEvaluationRequest) => api.put<unknown>(`/report-rounds/${roundId}/node-evaluations/${nodeId}`, request));
}
