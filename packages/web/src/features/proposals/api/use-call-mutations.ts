import type { Call, CreateCallRequest, NoProposalRequest, RemindResponse, UpdateCallRequest } from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { inboxKey } from '../../inbox/api/use-inbox';
import { callsKey } from './use-calls';

/**
 * A call's changes show in the call lists and pages and in people's task lists; a failure
 * refreshes them too, since an edit conflict means our copy is outdated.
 */
function useCallMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: callsKey }), queryClient.invalidateQueries({ queryKey: inboxKey })]),
  });
}

export function useCreateCall(outlineId: string) {
  return useCallMutation((request: CreateCallRequest) => api.post<Call>(`/outlines/${outlineId}/calls`, request));
}

export function useUpdateCall(id: string) {
  return useCallMutation((request: UpdateCallRequest) => api.put<Call>(`/calls/${id}`, request));
}

export function useRemindDepartments(callId: string) {
  return useCallMutation((departmentIds: string[] | undefined) =>
    api.post<RemindResponse>(`/calls/${callId}/reminders`, departmentIds ? { departmentIds } : {}),
  );
}

/** 「提案なし」, or with `withdraw` taking that answer back. */
export function useAnswerNoProposal(callId: string) {
  return useCallMutation((request: NoProposalRequest) => api.post<unknown>(`/calls/${callId}/no-proposal`, request));
}
