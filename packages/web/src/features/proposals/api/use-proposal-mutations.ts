import type { AddCommentRequest, MergeProposalRequest, ProposalTransitionRequest } from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { inboxKey } from '../../inbox/api/use-inbox';
import { plansKey } from '../../plans/api/use-plans';
import { callsKey } from './use-calls';

/**
 * A step of the workflow moves the plan, its timeline, the call's progress and several people's
 * task lists at once, so all of them are fetched again — after a refusal too, because a 409 means
 * someone else moved the proposal first and the screen must show where it stands now.
 */
function useProposalMutation<TVariables>(mutationFn: (variables: TVariables) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([plansKey, callsKey, inboxKey].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export function useProposalTransition(planId: string) {
  return useProposalMutation((request: ProposalTransitionRequest) => api.post(`/plans/${planId}/transitions`, request));
}

export function useAddProposalComment(planId: string) {
  return useProposalMutation((request: AddCommentRequest) => api.post(`/plans/${planId}/comments`, request));
}

export function useMergeProposal(planId: string) {
  return useProposalMutation((request: MergeProposalRequest) => api.post(`/plans/${planId}/merge`, request));
}
