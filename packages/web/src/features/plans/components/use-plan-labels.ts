import { SDG_GOAL_LABELS_JA } from '@gyokaku/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ja } from '../../../i18n/ja';

// The UN's short goal names, for the English screens; Japanese uses the domain's official names.
const SDG_GOAL_LABELS_EN: readonly string[] = [
  'No poverty', 'Zero hunger', 'Good health and well-being', 'Quality education', 'Gender equality',
  'Clean water and sanitation', 'Affordable and clean energy', 'Decent work and economic growth',
  'Industry, innovation and infrastructure', 'Reduced inequalities', 'Sustainable cities and communities',
  'Responsible consumption and production', 'Climate action', 'Life below water', 'Life on land',
  'Peace, justice and strong institutions', 'Partnerships for the goals',
];

export const SDG_GOALS = Array.from({ length: 17 }, (_, i) => i + 1);

type Table = Record<string, string>;
const known = (table: Table, key: string) => Object.hasOwn(table, key);

export type PlanField = keyof typeof ja.plans.fields;

/**
 * The words for a plan's codes (kind, direction, check …). Codes arrive as open strings from the
 * server, so an unknown one is shown as sent rather than hidden.
 */
export function usePlanLabels() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useMemo(
    () => ({
      field: (name: string) => (known(ja.plans.fields, name) ? t(`plans.fields.${name as PlanField}`) : name),
      kind: (kind: string) => (known(ja.plans.kinds, kind) ? t(`plans.kinds.${kind as 'reform'}`) : kind),
      direction: (direction: string | null) =>
        direction && known(ja.plans.directions, direction) ? t(`plans.directions.${direction as 'increase'}`) : (direction ?? ''),
      effectKind: (kind: string) => (known(ja.plans.effectKinds, kind) ? t(`plans.effectKinds.${kind as 'revenue'}`) : kind),
      check: (code: string) => (known(ja.plans.checks, code) ? t(`plans.checks.${code as 'no_numerical_target'}`) : code),
      sdg: (goal: number) => t('plans.sdgGoal', { n: goal, name: (english ? SDG_GOAL_LABELS_EN[goal - 1] : SDG_GOAL_LABELS_JA[goal]) ?? '' }),
    }),
    [english, t],
  );
}

export type PlanLabels = ReturnType<typeof usePlanLabels>;
