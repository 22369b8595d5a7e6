import type { ProposalComment } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { usePlanLabels } from '../../plans/components/use-plan-labels';
import { CommentItem } from './comment-item';
import { fieldCommentsId } from './field-comments';

/**
 * Comments on the proposal as a whole, and an index of those on single fields — which the sheet
 * below shows beside their fields — so none is missed.
 */
export function ProposalComments({ comments, currentVersion }: { comments: ProposalComment[]; currentVersion: number }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const general = comments.filter((comment) => comment.field === null);
  const fields = [...new Set(comments.flatMap((comment) => (comment.field ? [comment.field] : [])))];
  if (comments.length === 0) return null;

  return (
    <section aria-labelledby="proposal-comments" className="flex flex-col gap-3">
      <h3 id="proposal-comments" className="text-std-20B-150">
        {t('proposals.comments.title', { count: comments.length })}
      </h3>
      {general.length > 0 && (
        <ul className="flex flex-col gap-3 rounded-8 bg-solid-gray-50 p-4">
          {general.map((comment) => (
            <CommentItem key={comment.id} comment={comment} currentVersion={currentVersion} />
          ))}
        </ul>
      )}
      {fields.length > 0 && (
        <div className="flex flex-col gap-2">
          <p>{t('proposals.comments.fieldIndex')}</p>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {fields.map((field) => (
              <li key={field}>
                <a href={`#${fieldCommentsId(field)}`}>
                  {t('proposals.comments.fieldLink', { field: labels.field(field), count: comments.filter((comment) => comment.field === field).length })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
