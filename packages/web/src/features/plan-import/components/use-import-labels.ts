import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ja } from '../../../i18n/ja';
import { usePlanLabels } from '../../plans/components/use-plan-labels';

type RowOnlyField = keyof typeof ja.imports.rowFields;
type ItemStatus = keyof typeof ja.imports.preview.statuses;
type TargetPart = 'indicator' | 'unit' | 'direction' | 'baseline' | 'baselineFiscalYear';

const TARGET_PARTS: ReadonlySet<string> = new Set<TargetPart>(['indicator', 'unit', 'direction', 'baseline', 'baselineFiscalYear']);

/**
 * Field names of a row sheet and of cell errors: most are plan sheet fields and read as the plan
 * form labels them; the rest (a target's parts, the framework node by name…) exist only in imports.
 */
export function useImportLabels() {
  const { t } = useTranslation();
  const planLabels = usePlanLabels();
  return useMemo(() => {
    const field = (name: string) =>
      Object.hasOwn(ja.imports.rowFields, name) ? t(`imports.rowFields.${name as RowOnlyField}`) : planLabels.field(name);
    return {
      field,
      /** A cell error's field path: `targets.0.unit` reads 「単位（1）」 as in the plan form, `schedule.2.phase` 「スケジュール（3）」. */
      path: (path: string) => {
        const [root = '', index, part] = path.split('.');
        if (index === undefined || !/^\d+$/.test(index)) return field(root);
        const n = Number(index) + 1;
        if (root === 'targets') return part && TARGET_PARTS.has(part) ? t(`plans.row.${part as TargetPart}`, { n }) : t('plans.row.target', { n });
        return t('imports.preview.numbered', { label: field(root), n });
      },
      status: (status: ItemStatus) => t(`imports.preview.statuses.${status}`),
    };
  }, [planLabels, t]);
}
