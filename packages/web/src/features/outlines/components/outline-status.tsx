import type { OutlineStatus } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';

const tones: Record<OutlineStatus, string> = {
  draft: 'border-solid-gray-536 bg-solid-gray-50 text-solid-gray-800',
  public_comment: 'border-orange-800 bg-orange-50 text-orange-1000',
  adopted: 'border-key-800 bg-key-50 text-key-1000',
  in_force: 'border-green-800 bg-green-50 text-green-1000',
  closed: 'border-solid-gray-536 bg-white text-solid-gray-700',
};

export function OutlineStatusBadge({ status }: { status: OutlineStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`inline-block rounded-4 border px-2 py-0.5 text-dns-14B-130 whitespace-nowrap ${tones[status]}`}>
      {t(`outlines.status.${status}`)}
    </span>
  );
}
