import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFiscalYear } from '../../../outlines/components/use-outline-period';
import { usePlanLabels } from '../use-plan-labels';
import type { DraftMessages } from './read-draft';
import { MAX_PERIOD_YEARS } from './read-draft';

type RowField = 'indicator' | 'unit' | 'direction' | 'baseline' | 'baselineFiscalYear';

/**
 * The visible label of every control, by form path. Repeated rows are numbered (「指標（1）」) and
 * per-year cells name their year (「令和5年度の目標値（1）」), so each label is unique on the page.
 */
export function useFormLabels() {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const year = useFiscalYear();

  const labelFor = useCallback(
    (path: string): string => {
      const [head, a, b, c] = path.split('.');
      if (head === 'targets' && a !== undefined && b !== undefined) {
        const n = Number(a) + 1;
        if (b === 'values') return t('plans.row.value', { year: year(Number(c)), n });
        return t(`plans.row.${b as RowField}`, { n });
      }
      if (head === 'schedule' && a !== undefined) {
        return t(b === 'phase' ? 'plans.row.schedulePhase' : 'plans.row.scheduleDescription', { year: year(Number(a)) });
      }
      if (head === 'financialEffects' && a !== undefined && b !== undefined) {
        return t('plans.row.effect', { year: year(Number(a)), kind: labels.effectKind(b) });
      }
      return labels.field(head ?? path);
    },
    [labels, t, year],
  );

  const messages = useMemo<DraftMessages>(
    () => ({
      fiscalYear: (path) => t('validation.fiscalYear', { label: labelFor(path) }),
      amount: (path) => t('validation.amount', { label: labelFor(path) }),
      number: (path) => t('validation.number', { label: labelFor(path) }),
      required: (path) => t('validation.required', { label: labelFor(path) }),
      select: (path) => t('validation.select', { label: labelFor(path) }),
      endBeforeStart: (path) => t('validation.endBeforeStart', { label: labelFor(path) }),
      periodTooLong: () => t('validation.periodTooLong', { max: MAX_PERIOD_YEARS }),
    }),
    [labelFor, t],
  );

  return { labelFor, messages, year };
}
