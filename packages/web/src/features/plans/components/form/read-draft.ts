import type { PlanSheet } from '@gyokaku/contracts';
import { parseYen } from '@gyokaku/domain';
import { parseQuantity } from '../../../../lib/parse-quantity';
import { readFiscalYear } from '../../../outlines/components/use-fiscal-year-input';
import { EFFECT_KIND_CODES } from '../../plan-codes';
import type { PlanDraft } from './plan-draft';

/** Target values are capped at 20 years by the contract; a longer period is a typo (2023～2203). */
export const MAX_PERIOD_YEARS = 20;

export interface DraftIssue {
  path: string[];
  code: 'custom';
  message: string;
}

/** The words of the problems only the client can see (what was typed could not be read). */
export interface DraftMessages {
  fiscalYear: (path: string) => string;
  amount: (path: string) => string;
  number: (path: string) => string;
  required: (path: string) => string;
  select: (path: string) => string;
  endBeforeStart: (path: string) => string;
  periodTooLong: () => string;
}

export interface DraftReading {
  /** The sheet to send; unreadable numbers are left out (years: 0) and reported in `issues`. */
  sheet: PlanSheet;
  /** Whether start and end years were read and form a usable period. */
  periodValid: boolean;
  /** The period's fiscal years, one schedule / target / effect column each. */
  years: number[];
  /** For each target of `sheet`, the index of its row in the form (untouched rows are not sent). */
  targetRows: number[];
  issues: DraftIssue[];
}

const blank = (text: string | undefined) => (text ?? '').trim() === '';

function readPeriod(draft: PlanDraft, messages: DraftMessages, issues: DraftIssue[]) {
  const read = (path: 'startFiscalYear' | 'endFiscalYear') => {
    const year = readFiscalYear(draft[path]);
    if (year === undefined) issues.push({ path: [path], code: 'custom', message: messages.fiscalYear(path) });
    if (year === null) issues.push({ path: [path], code: 'custom', message: messages.required(path) });
    return year ?? null;
  };
  const start = read('startFiscalYear');
  const end = read('endFiscalYear');
  if (start === null || end === null) return { start: start ?? 0, end: end ?? 0, years: [] };
  if (end < start) {
    issues.push({ path: ['endFiscalYear'], code: 'custom', message: messages.endBeforeStart('endFiscalYear') });
    return { start, end, years: [] };
  }
  if (end - start >= MAX_PERIOD_YEARS) {
    issues.push({ path: ['endFiscalYear'], code: 'custom', message: messages.periodTooLong() });
    return { start, end, years: [] };
  }
  return { start, end, years: Array.from({ length: end - start + 1 }, (_, i) => start + i) };
}

function readTargets(draft: PlanDraft, years: number[], messages: DraftMessages, issues: DraftIssue[]) {
  const targets: PlanSheet['targets'] = [];
  const targetRows: number[] = [];
  draft.targets.forEach((row, k) => {
    const texts = [row.indicator, row.unit, row.direction, row.baseline, row.baselineFiscalYear, ...years.map((y) => row.values[y])];
    if (texts.every(blank)) return;
    const quantity = (path: string, text: string | undefined) => {
      const value = parseQuantity(text ?? '');
      if (value === undefined) issues.push({ path: path.split('.'), code: 'custom', message: messages.number(path) });
      return value ?? null;
    };
    const baselineYear = readFiscalYear(row.baselineFiscalYear);
    if (baselineYear === undefined) {
      issues.push({ path: ['targets', String(k), 'baselineFiscalYear'], code: 'custom', message: messages.fiscalYear(`targets.${k}.baselineFiscalYear`) });
    }
    targets.push({
      id: row.id,
      indicator: row.indicator,
      unit: row.unit,
      direction: row.direction === '' ? null : row.direction,
      baseline: quantity(`targets.${k}.baseline`, row.baseline),
      baselineFiscalYear: baselineYear ?? null,
      values: years.map((year) => ({ fiscalYear: year, value: quantity(`targets.${k}.values.${year}`, row.values[year]) })),
    });
    targetRows.push(k);
  });
  return { targets, targetRows };
}

function readEffects(draft: PlanDraft, years: number[], messages: DraftMessages, issues: DraftIssue[]): PlanSheet['financialEffects'] {
  return years.flatMap((fiscalYear) =>
    EFFECT_KIND_CODES.flatMap((kind) => {
      const text = draft.financialEffects[fiscalYear]?.[kind];
      if (blank(text)) return [];
      try {
        return [{ fiscalYear, kind, amount: parseYen(text ?? '') }];
      } catch {
        issues.push({ path: ['financialEffects', String(fiscalYear), kind], code: 'custom', message: messages.amount(`financialEffects.${fiscalYear}.${kind}`) });
        return [];
      }
    }),
  );
}

/** Parses the draft into the sheet the API takes, collecting what could not be read as form issues. */
export function readDraft(draft: PlanDraft, messages: DraftMessages): DraftReading {
  const issues: DraftIssue[] = [];
  const { start, end, years } = readPeriod(draft, messages, issues);
  if (draft.kind === '') issues.push({ path: ['kind'], code: 'custom', message: messages.select('kind') });
  const { targets, targetRows } = readTargets(draft, years, messages, issues);
  const sheet: PlanSheet = {
    number: draft.number.trim(),
    title: draft.title,
    frameworkNodeId: draft.frameworkNodeId,
    relistedNodeIds: draft.relistedNodeIds.filter((id) => id !== draft.frameworkNodeId),
    leadDepartmentId: draft.leadDepartmentId,
    collaboratingDepartmentIds: draft.collaboratingDepartmentIds.filter((id) => id !== draft.leadDepartmentId),
    currentSituation: draft.currentSituation,
    aim: draft.aim,
    actions: draft.actions,
    kind: draft.kind === '' ? 'improvement' : draft.kind,
    startFiscalYear: start,
    endFiscalYear: end,
    schedule: years.flatMap((fiscalYear) => {
      const row = draft.schedule[fiscalYear];
      return row && (!blank(row.description) || row.phase) ? [{ fiscalYear, description: row.description, phase: row.phase }] : [];
    }),
    targets,
    noTargetReason: draft.noTargetReason,
    financialEffects: readEffects(draft, years, messages, issues),
    citizenEffect: draft.citizenEffect,
    sdgGoals: [...draft.sdgGoals].sort((a, b) => a - b),
    tags: draft.tags,
    predecessorPlanId: draft.predecessorPlanId || null,
  };
  return { sheet, periodValid: years.length > 0, years, targetRows, issues };
}

/** Years the user typed something into that fall outside the period: shown as a warning, not sent. */
export function hiddenYears(draft: PlanDraft, years: readonly number[]): number[] {
  const inPeriod = new Set(years);
  const typed = [
    ...Object.entries(draft.schedule).filter(([, row]) => !blank(row.description) || row.phase),
    ...Object.entries(draft.financialEffects).filter(([, row]) => Object.values(row).some((text) => !blank(text))),
    ...draft.targets.flatMap((target) => Object.entries(target.values).filter(([, text]) => !blank(text))),
  ].map(([year]) => Number(year));
  return [...new Set(typed)].filter((year) => !inPeriod.has(year)).sort((a, b) => a - b);
}

/**
 * Where on the form a sheet path (from the schema, the checks or the server) points: per-year rows
 * are addressed by fiscal year, targets by their row in the form.
 */
export function formPath(path: readonly PropertyKey[], reading: DraftReading): string {
  const [head, index, field, sub] = path.map(String);
  const i = Number(index);
  switch (head) {
    case 'schedule': {
      const row = reading.sheet.schedule[i];
      return row ? `schedule.${row.fiscalYear}.${field === 'phase' ? 'phase' : 'description'}` : 'schedule';
    }
    case 'targets': {
      const k = reading.targetRows[i];
      const target = reading.sheet.targets[i];
      if (k === undefined || !target) return 'targets';
      if (field === 'values') {
        const year = target.values[sub === undefined ? 0 : Number(sub)]?.fiscalYear;
        return year === undefined ? `targets.${k}.indicator` : `targets.${k}.values.${year}`;
      }
      return `targets.${k}.${field && field !== 'id' ? field : 'indicator'}`;
    }
    case 'financialEffects': {
      const effect = reading.sheet.financialEffects[i];
      return effect ? `financialEffects.${effect.fiscalYear}.${effect.kind}` : 'financialEffects';
    }
    default:
      return head ?? '';
  }
}
