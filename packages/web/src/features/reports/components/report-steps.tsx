import type { ReportState } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';

const STEPS = ['drafting', 'awaiting_approval', 'submitted', 'accepted'] as const;

/**
 * 作成中 → 所属長承認待ち → 提出済 → 確認済, the current step marked in words as well as in colour;
 * a returned report stands on the first step, back in the department's hands.
 */
export function ReportSteps({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  const current = state === 'returned' ? 0 : STEPS.indexOf(state);
  return (
    <ol aria-label={t('reports.workflow.steps')} className="flex flex-wrap gap-2">
      {STEPS.map((step, index) => {
        const here = index === current;
        const done = index < current || (here && state === 'accepted');
        const label = index === 0 && state === 'returned' ? t('reports.states.returned') : t(`reports.states.${step}`);
        const tone =
          here && state === 'returned'
            ? 'border-error-2 bg-red-50 text-error-2'
            : done
              ? 'border-key-900 bg-key-900 text-white'
              : here
                ? 'border-key-900 bg-white text-key-1000'
                : 'border-solid-gray-420 bg-white text-solid-gray-700';
        return (
          <li key={step} aria-current={here ? 'step' : undefined} className="flex items-center gap-2">
            <span className={`flex min-h-11 items-center gap-2 rounded-8 border-2 px-3 py-1 ${here ? 'text-std-16B-170' : 'text-std-16N-170'} ${tone}`}>
              <span aria-hidden="true">{done ? '✓' : `${index + 1}`}</span>
              {label}
              <span className="sr-only">{here ? t('reports.workflow.stepCurrent') : done ? t('reports.workflow.stepDone') : ''}</span>
            </span>
            {index < STEPS.length - 1 && (
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
