import type { ProgressReport } from '@gyokaku/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { formatDateTime } from '../../../lib/format';
import type { Resolution, ReportFormState } from './use-report-form';

/** 「実績値（平均待ち時間）」 for a changed target, the field's label otherwise. */
function changedLabels(state: ReportFormState, current: ProgressReport) {
  return [...state.theirs].map((field) => {
    if (!field.startsWith('actuals.')) return state.fieldLabel(field);
    const index = current.plan.targets.findIndex((target) => `actuals.${target.id}` === field);
    return state.fieldLabel(`actualValues.${index}`);
  });
}

/**
 * Someone saved the report while the user was editing it: what they changed, and the two ways on.
 * The user's input stays in the form until they choose.
 */
export function ReportConflict({ state, current }: { state: ReportFormState; current: ProgressReport }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const changed = changedLabels(state, current);
  useEffect(() => headingRef.current?.focus(), [current.version]);

  return (
    // An alert, like the error summary it stands in for: the save did not happen and the user must choose.
    <section role="alert" aria-labelledby={headingId} className="flex flex-col gap-4 rounded-8 border-2 border-l-8 border-error-2 bg-red-50 p-4 md:p-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-std-20B-150 text-error-2 outline-none">
        {t('reports.conflict.title')}
      </h2>
      <p>{t('reports.conflict.lead', { at: formatDateTime(current.updatedAt, i18n.language) })}</p>
      <p>{changed.length === 0 ? t('reports.conflict.noFields') : t('reports.conflict.fields', { fields: changed.join('、') })}</p>
      <div className="grid gap-4 md:grid-cols-2">
        {(
          [
            ['reapply', 'primary'],
            ['reload', 'secondary'],
          ] as const
        ).map(([how, variant]) => (
          <div key={how} className="flex flex-col gap-2">
            <div>
              <Button variant={variant} onClick={() => state.resolveConflict(how)} aria-describedby={`${headingId}-${how}`}>
                {t(`reports.conflict.${how}`)}
              </Button>
            </div>
            <p id={`${headingId}-${how}`} className="text-solid-gray-800">
              {t(`reports.conflict.${how}Hint`)}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}

/** After a conflict is resolved: what was done, focused so keyboard users are not left on a vanished button. */
export function ReportResolved({ how }: { how: Resolution }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [how]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="rounded-8 border-l-8 border-key-900 bg-key-50 p-4 outline-offset-4">
      <p>{t(`reports.conflict.${how}`)}</p>
    </div>
  );
}
