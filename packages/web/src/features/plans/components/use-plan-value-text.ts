import type { FinancialEffect, FrameworkNode, PlanSheet, ScheduleRow, Target } from '@gyokaku/contracts';
import { formatYen } from '@gyokaku/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../lib/parse-quantity';
import { useOrganisation } from '../../organisation/api/use-organisation';
import { useFiscalYear } from '../../outlines/components/use-outline-period';
import { usePlanLabels } from './use-plan-labels';

interface ValueTextContext {
  nodes: readonly FrameworkNode[];
  /** Names already known from the plan (its departments, its predecessor), for ids the lookups lack. */
  names?: Record<string, string>;
}

const NO_NAMES: Record<string, string> = {};
const asArray = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * A sheet field's value as short lines of text (「令和5年度 歳出削減 1,000円」), for the history and
 * conflict tables: ids become names, lists become one line per entry, never raw JSON.
 */
export function usePlanValueText({ nodes, names = NO_NAMES }: ValueTextContext) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const year = useFiscalYear();
  // Ended departments too: an old version may name a department merged away since.
  const organisation = useOrganisation({ includeEnded: true });
  const lookup = useMemo(() => {
    const map = new Map<string, string>(Object.entries(names));
    for (const department of organisation.data?.departments ?? []) map.set(department.id, department.name);
    for (const node of nodes) map.set(node.id, `${node.code} ${node.title}`);
    return map;
  }, [names, nodes, organisation.data]);
  const name = useCallback((id: unknown) => lookup.get(String(id)) ?? String(id), [lookup]);

  const targetText = useCallback(
    (target: Target) => {
      const values = target.values.filter((entry) => entry.value !== null);
      return t('plans.value.target', {
        indicator: target.indicator || '—',
        unit: target.unit || '—',
        direction: labels.direction(target.direction) || '—',
        baseline: target.baseline === null ? '—' : `${formatQuantity(target.baseline)}${target.baselineFiscalYear ? `（${year(target.baselineFiscalYear)}）` : ''}`,
        values: values.map((entry) => t('plans.value.targetValue', { year: year(entry.fiscalYear), value: formatQuantity(entry.value ?? 0) })).join('、') || '—',
      });
    },
    [labels, t, year],
  );

  return useCallback(
    (field: keyof PlanSheet | string, value: unknown): string[] => {
      if (value === null || value === undefined || value === '') return [];
      switch (field) {
        case 'frameworkNodeId':
        case 'leadDepartmentId':
        case 'predecessorPlanId':
          return [name(value)];
        case 'relistedNodeIds':
        case 'collaboratingDepartmentIds':
          return asArray<string>(value).map(name);
        case 'kind':
          return [labels.kind(String(value))];
        case 'startFiscalYear':
        case 'endFiscalYear':
          return [year(Number(value))];
        case 'sdgGoals':
          return asArray<number>(value).map(labels.sdg);
        case 'tags':
          return [asArray<string>(value).join('、')].filter(Boolean);
        case 'schedule':
          return asArray<ScheduleRow>(value).map((row) =>
            t('plans.value.schedule', { year: year(row.fiscalYear), phase: row.phase ? `【${row.phase}】` : '', description: row.description }),
          );
        case 'targets':
          return asArray<Target>(value).map(targetText);
        case 'financialEffects':
          return asArray<FinancialEffect>(value).map((effect) =>
            t('plans.value.effect', { year: year(effect.fiscalYear), kind: labels.effectKind(effect.kind), amount: formatYen(effect.amount, '円') }),
          );
        default:
          return [typeof value === 'object' ? JSON.stringify(value) : String(value)];
      }
    },
    [labels, name, t, targetText, year],
  );
}

export type PlanValueText = ReturnType<typeof usePlanValueText>;
