import type { CallSummary } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { useDeadlineText } from './use-deadline';

const tones: Record<CallSummary['phase'], string> = {
  scheduled: 'border-solid-gray-536 bg-solid-gray-50 text-solid-gray-800',
  open: 'border-green-800 bg-green-50 text-green-1000',
  closed: 'border-solid-gray-536 bg-white text-solid-gray-700',
};

/** 募集前 / 受付中 / 締切済, with the deadline while the call still runs. */
export function CallPhase({ call }: { call: Pick<CallSummary, 'phase' | 'closesOn' | 'daysLeft'> }) {
  const { t } = useTranslation();
  const deadline = useDeadlineText();
  return (
    <span className="flex flex-col items-start gap-1">
      <span className={`inline-block rounded-4 border px-2 py-0.5 text-dns-14B-130 whitespace-nowrap ${tones[call.phase]}`}>{t(`proposals.phases.${call.phase}`)}</span>
      {call.phase !== 'closed' && <span className="text-dns-16N-130">{deadline(call.closesOn, call.daysLeft)}</span>}
    </span>
  );
}
