import type { DepartmentCallStatus, ProposalState } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';

const badge = 'inline-block rounded-4 border px-2 py-0.5 text-dns-14B-130 whitespace-nowrap';

// Waiting on the department reads warm, in review blue, decided green; the word always says it too.
const stateTones: Record<ProposalState, string> = {
  drafting: 'border-solid-gray-536 bg-solid-gray-50 text-solid-gray-800',
  awaiting_approval: 'border-orange-800 bg-orange-50 text-orange-1000',
  submitted: 'border-key-800 bg-key-50 text-key-1000',
  returned: 'border-error-2 bg-red-50 text-error-2',
  accepted: 'border-green-800 bg-green-50 text-green-1000',
  adopted: 'border-green-800 bg-green-800 text-white',
  adopted_with_changes: 'border-green-800 bg-green-800 text-white',
  not_adopted: 'border-solid-gray-536 bg-white text-solid-gray-800',
  merged: 'border-solid-gray-536 bg-white text-solid-gray-800',
};

export function ProposalStateBadge({ state }: { state: ProposalState }) {
  const { t } = useTranslation();
  return <span className={`${badge} ${stateTones[state]}`}>{t(`proposals.states.${state}`)}</span>;
}

const departmentTones: Record<DepartmentCallStatus, string> = {
  not_started: 'border-error-2 bg-white text-error-2',
  drafting: stateTones.drafting,
  awaiting_approval: stateTones.awaiting_approval,
  returned: stateTones.returned,
  submitted: stateTones.submitted,
  accepted: stateTones.accepted,
  no_proposal: 'border-solid-gray-536 bg-white text-solid-gray-800',
};

export function DepartmentStatusBadge({ status }: { status: DepartmentCallStatus }) {
  const { t } = useTranslation();
  return <span className={`${badge} ${departmentTones[status]}`}>{t(`proposals.departmentStatus.${status}`)}</span>;
}
