import type { OutlineDetailResponse, Plan } from '@gyokaku/contracts';
import { diffSnapshots } from '@gyokaku/domain';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button';
import { formatDateTime } from '../../../../lib/format';
import { PlanDiffTable } from '../plan-diff-table';
import { usePlanValueText } from '../use-plan-value-text';
import { SHEET_FIELDS, sheetOf } from './plan-draft';

interface ConflictNoticeProps {
  outline: OutlineDetailResponse;
  /** The version the user started editing from, and the one saved since by someone else. */
  base: Plan;
  current: Plan;
  /** Fields the user changed too. */
  mine: ReadonlySet<string>;
  onReapply: () => void;
  onReload: () => void;
}

interface OtherChangesProps {
  outline: OutlineDetailResponse;
  base: Plan;
  current: Plan;
  mine: ReadonlySet<string>;
}

/** Field by field, what the other person changed between the version the user started from and the current one. */
function OtherChanges({ outline, base, current, mine }: OtherChangesProps) {
  const { t } = useTranslation();
  const names = useMemo(
    () => Object.fromEntries([base, current].flatMap((plan) => [plan.leadDepartment, ...plan.collaboratingDepartments]).map((d) => [d.id, d.name])),
    [base, current],
  );
  const valueText = usePlanValueText({ nodes: outline.nodes, names });
  const changes = diffSnapshots(sheetOf(base), sheetOf(current), { fieldOrder: SHEET_FIELDS });
  return (
    <PlanDiffTable
      emptyText={t('plans.form.conflict.none')}
      caption={t('plans.form.conflict.caption')}
      changes={changes}
      valueText={valueText}
      beforeLabel={t('plans.form.conflict.before')}
      afterLabel={t('plans.form.conflict.after')}
      marked={mine}
      markLabel={t('plans.form.conflict.both')}
    />
  );
}

interface ConflictNoticeProps extends OtherChangesProps {
  onReapply: () => void;
  onReload: () => void;
}

/** What someone else saved while the user was editing, and the two ways on; the user's input stays in the form. */
export function ConflictNotice({ outline, base, current, mine, onReapply, onReload }: ConflictNoticeProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [current.version]);

  return (
    // An alert, like the error summary it stands in for: the save did not happen and the user must choose.
    <section role="alert" aria-labelledby={headingId} className="flex flex-col gap-4 rounded-8 border-2 border-l-8 border-error-2 bg-red-50 p-4 md:p-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-std-20B-150 text-error-2 outline-none">
        {t('plans.form.conflict.title')}
      </h2>
      <p>{t('plans.form.conflict.lead', { by: current.updatedBy, at: formatDateTime(current.updatedAt, i18n.language), version: current.version })}</p>
      <OtherChanges outline={outline} base={base} current={current} mine={mine} />
      <div className="grid gap-4 md:grid-cols-2">
        {(
          [
            ['reapply', onReapply, 'primary'],
            ['reload', onReload, 'secondary'],
          ] as const
        ).map(([key, action, variant]) => (
          <div key={key} className="flex flex-col gap-2">
            <div>
              <Button variant={variant} onClick={action} aria-describedby={`${headingId}-${key}`}>
                {t(`plans.form.conflict.${key}`)}
              </Button>
            </div>
            <p id={`${headingId}-${key}`} className="text-solid-gray-800">
              {t(`plans.form.conflict.${key}Hint`)}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}

interface ResolvedNoticeProps extends OtherChangesProps {
  how: 'reapplied' | 'reloaded';
}

/**
 * After a conflict is resolved: what was done, and (once the user's edits were re-applied) the
 * other person's changes still at hand, so the merged sheet can be reviewed before saving.
 */
export function ResolvedNotice({ how, ...changes }: ResolvedNoticeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="flex flex-col gap-3 rounded-8 border-l-8 border-key-900 bg-key-50 p-4 outline-offset-4">
      <p>{t(`plans.form.conflict.${how}`)}</p>
      {how === 'reapplied' && (
        <details>
          <summary className="cursor-pointer text-key-900 underline">{t('plans.form.conflict.showChanges')}</summary>
          <div className="mt-3">
            <OtherChanges {...changes} />
          </div>
        </details>
      )}
    </div>
  );
}
