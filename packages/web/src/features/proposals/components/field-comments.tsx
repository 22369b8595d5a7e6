import type { ProposalComment } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { usePlanLabels } from '../../plans/components/use-plan-labels';
import { CommentItem } from './comment-item';

/** The anchor of a field's comments, so the panel's summary can link to them. */
export const fieldCommentsId = (field: string) => `proposal-comments-${field}`;

/** Comments about one field of the sheet, shown right beside it so the drafter revises with them in view. */
export function FieldComments({ field, comments, currentVersion }: { field: string; comments: ProposalComment[]; currentVersion: number }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  if (comments.length === 0) return null;
  return (
    <div id={fieldCommentsId(field)} tabIndex={-1} className="mt-2 flex flex-col gap-2 rounded-8 border-l-8 border-yellow-700 bg-yellow-50 p-4 outline-offset-4">
      <p className="text-std-16B-170">{t('proposals.comments.onField', { field: labels.field(field), count: comments.length })}</p>
      <ul className="flex flex-col gap-3">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} currentVersion={currentVersion} />
        ))}
      </ul>
    </div>
  );
}
