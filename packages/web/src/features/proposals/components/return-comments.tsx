import type { Plan } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { usePlanLabels } from '../../plans/components/use-plan-labels';
import { useProposalTimeline } from '../api/use-proposal';

/**
 * On the form of a returned proposal: the comments of the last return, each linked to the field it
 * concerns, so the drafter can work through them without going back to the plan page.
 */
export function ReturnComments({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const returned = plan.proposal?.state === 'returned';
  const timeline = useProposalTimeline(plan.id, returned);
  const lastReturn = timeline.data?.events.findLast((event) => event.toState === 'returned');
  if (!returned || !lastReturn) return null;
  const comments = timeline.data!.comments.filter((comment) => comment.planVersion >= lastReturn.planVersion);
  if (comments.length === 0) return null;

  return (
    <section aria-labelledby="return-comments" className="mb-8 flex flex-col gap-3 rounded-8 border-l-8 border-yellow-700 bg-yellow-50 p-4 md:p-6">
      <h2 id="return-comments" className="text-std-20B-150">
        {t('proposals.returnComments.title', { count: comments.length })}
      </h2>
      <ul className="flex flex-col gap-3">
        {comments.map((comment) => (
          <li key={comment.id} className="flex flex-col gap-1">
            <p className="text-std-16B-170">
              {comment.field ? (
                <a
                  href={`#plan-${comment.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`plan-${comment.field}`)?.focus();
                  }}
                >
                  {labels.field(comment.field)}
                </a>
              ) : (
                t('proposals.comments.wholeProposal')
              )}
              <span className="ml-3 text-dns-14N-130 text-solid-gray-800">{`${t(`proposals.commentRoles.${comment.authorRole}`)}・${comment.authorName}`}</span>
            </p>
            <p className="whitespace-pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
