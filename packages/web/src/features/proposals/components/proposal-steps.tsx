import type { ProposalState } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';

const STEP_STATES = ['drafting', 'awaiting_approval', 'submitted', 'accepted'] as const;

/** Which step a state stands on; a returned proposal is back at the first, in the department's hands. */
function stepIndex(state: ProposalState): number {
  if (state === 'returned') return 0;
  const index = (STEP_STATES as readonly ProposalState[]).indexOf(state);
  return index === -1 ? STEP_STATES.length : index;
}

/**
 * 作成中 → 所属長承認待ち → 提出済 → 受理 → 採択, the current step marked in words as well as in
 * colour. The first step reads 差戻し while a return is being worked on, the last the HQ's decision once made.
 */
export function ProposalSteps({ state }: { state: ProposalState }) {
  const { t } = useTranslation();
  const current = stepIndex(state);
  const final = current === STEP_STATES.length;
  const labels = [
    state === 'returned' ? t('proposals.states.returned') : t('proposals.states.drafting'),
    ...STEP_STATES.slice(1).map((step) => t(`proposals.states.${step}`)),
    final ? t(`proposals.states.${state}`) : t('proposals.states.adopted'),
  ];

  return (
    <ol aria-label={t('proposals.panel.steps')} className="flex flex-wrap gap-2">
      {labels.map((label, index) => {
        const done = index < current || (final && index === current);
        const here = index === current;
        const warn = here && (state === 'returned' || state === 'not_adopted' || state === 'merged');
        const tone = warn
          ? 'border-error-2 bg-red-50 text-error-2'
          : done
            ? 'border-key-900 bg-key-900 text-white'
            : here
              ? 'border-key-900 bg-white text-key-1000'
              : 'border-solid-gray-420 bg-white text-solid-gray-700';
        return (
          <li key={index} aria-current={here ? 'step' : undefined} className="flex items-center gap-2">
            <span className={`flex min-h-11 items-center gap-2 rounded-8 border-2 px-3 py-1 ${here ? 'text-std-16B-170' : 'text-std-16N-170'} ${tone}`}>
              <span aria-hidden="true">{done ? '✓' : `${index + 1}`}</span>
              {label}
              <span className="sr-only">{here ? t('proposals.panel.stepCurrent') : done ? t('proposals.panel.stepDone') : ''}</span>
            </span>
            {index < labels.length - 1 && (
              <span aria-hidden="true" className="text-solid-gray-536">
                →
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
