import type { ProposalComment } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

/** Who said what, when, and about which version — a comment on an older version may already be dealt with. */
export function CommentItem({ comment, currentVersion }: { comment: ProposalComment; currentVersion: number }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="flex flex-col gap-1">
      <p className="text-dns-14N-130 text-solid-gray-800">
        {t('proposals.comments.meta', {
          role: t(`proposals.commentRoles.${comment.authorRole}`),
          name: comment.authorName,
          at: formatDateTime(comment.createdAt, i18n.language),
        })}
        {comment.planVersion < currentVersion && <span className="ml-2">{t('proposals.comments.onVersion', { version: comment.planVersion })}</span>}
      </p>
      <p className="whitespace-pre-wrap">{comment.body}</p>
    </li>
  );
}
