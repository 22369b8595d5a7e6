import type { Plan, ProposalComment } from '@gyokaku/contracts';
import { useCallback, useMemo } from 'react';
import { useProposalTimeline } from '../api/use-proposal';
import { FieldComments } from './field-comments';

/**
 * The review comments on each field of a proposal, for the sheet to show beside those fields.
 * Undefined for a plan that is not a proposal, which then reads as before.
 */
export function useFieldNotes(plan: Plan | undefined) {
  const timeline = useProposalTimeline(plan?.id ?? '', Boolean(plan?.proposal));
  const byField = useMemo(() => {
    const map = new Map<string, ProposalComment[]>();
    for (const comment of timeline.data?.comments ?? []) {
      if (comment.field) map.set(comment.field, [...(map.get(comment.field) ?? []), comment]);
    }
    return map;
  }, [timeline.data]);
  const version = plan?.version ?? 0;
  const notes = useCallback(
    (field: string) => <FieldComments field={field} comments={byField.get(field) ?? []} currentVersion={version} />,
    [byField, version],
  );
  return plan?.proposal ? notes : undefined;
}
