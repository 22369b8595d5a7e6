import type { ReportState } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';

const badge = 'inline-block rounded-4 border px-2 py-0.5 text-dns-14B-130 whitespace-nowrap';

// The proposal badges' tones: waiting on the department warm, in review blue, done green; the word always says it too.
const tones: Record<ReportState, string> = {
  drafting: 'border-solid-gray-536 bg-solid-gray-50 text-solid-gray-800',
  awaiting_approval: 'border-orange-800 bg-orange-50 text-orange-1000',
  submitted: 'border-key-800 bg-key-50 text-key-1000',
  returned: 'border-error-2 bg-red-50 text-error-2',
  accepted: 'border-green-800 bg-green-50 text-green-1000',
};

export function ReportStateBadge({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  return <span className={`${badge} ${tones[state]}`}>{t(`reports.states.${state}`)}</span>;
}
