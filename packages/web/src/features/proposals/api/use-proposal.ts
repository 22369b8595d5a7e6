import type { ProposalTimeline } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { plansKey } from '../../plans/api/use-plans';

// Under the plans key: a saved sheet refreshes the timeline (its "changed since the return" block) with the lists.
export const proposalTimelineKey = (planId: string) => [...plansKey, 'proposal', planId] as const;

/** The steps and comments of a plan that came in as a proposal; waits while the plan is not known to be one. */
export function useProposalTimeline(planId: string, isProposal = true) {
  return useQuery({
    queryKey: proposalTimelineKey(planId),
    queryFn: () => api.get<ProposalTimeline>(`/plans/${planId}/proposal`),
    enabled: isProposal,
  });
}
