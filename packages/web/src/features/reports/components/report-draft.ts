import type { ProgressReport, UpdateReportRequest } from '@gyokaku/contracts';
import { formatYen, groupThousands, parseYen } from '@gyokaku/domain';
import type { Preview } from '../../../components/parsed-input';
import { formatQuantity, parseQuantity } from '../../../lib/parse-quantity';

/** The report form as typed: figures stay text until saved, so 「１，２００」 or 「▲3千円」 can be read and shown back. */
export interface ReportDraft {
  progressStatus: string;
  selfEvaluation: string;
  workDone: string;
  /** Typed actual value per target id. */
  actuals: Record<string, string>;
  financialEffect: string;
  issues: string;
  nextSteps: string;
  citizenEffect: string;
  changeReason: string;
}

export type DraftField = Exclude<keyof ReportDraft, 'actuals'> | `actuals.${string}`;

/** Integer yen from 「1,000」「￥1,000」「12千円」「▲2,500」; null for a blank field, undefined for unreadable text. */
export function readYen(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  try {
    return parseYen(text);
  } catch {
    return undefined;
  }
}

export const yenPreview: Preview = (text) => {
  const amount = readYen(text);
  return amount === null || amount === undefined ? amount : formatYen(amount, '円');
};

/** The yen amount as staff write it in the field (the 円 sits beside it): 1,200,000 or ▲300,000. */
const yenText = (amount: number) => `${amount < 0 ? '▲' : ''}${groupThousands(String(Math.abs(amount)))}`;

export function draftFromReport(report: ProgressReport): ReportDraft {
  return {
    progressStatus: report.progressStatus ?? '',
    selfEvaluation: report.selfEvaluation ?? '',
    workDone: report.workDone,
    actuals: Object.fromEntries(report.actualValues.map((entry) => [entry.targetId, entry.value === null ? '' : formatQuantity(entry.value)])),
    financialEffect: report.actualFinancialEffect === null ? '' : yenText(report.actualFinancialEffect),
    issues: report.issues,
    nextSteps: report.nextSteps,
    citizenEffect: report.citizenEffect,
    changeReason: report.changeReason,
  };
}

const entries = (draft: ReportDraft): [DraftField, string][] => [
  ...(Object.entries(draft).filter(([key]) => key !== 'actuals') as [DraftField, string][]),
  ...Object.entries(draft.actuals).map(([id, text]): [DraftField, string] => [`actuals.${id}`, text]),
];

/** Fields whose text differs between two drafts. */
export function changedFields(from: ReportDraft, to: ReportDraft): Set<DraftField> {
  const before = new Map(entries(from));
  return new Set(entries(to).flatMap(([field, text]) => (before.get(field) === text ? [] : [field])));
}

/** `mine` of `draft` put over `current`: the user's edits survive someone else's save of other fields. */
export function reapplyChanges(current: ReportDraft, draft: ReportDraft, mine: ReadonlySet<DraftField>): ReportDraft {
  const next: ReportDraft = { ...current, actuals: { ...current.actuals } };
  for (const field of mine) {
    if (field.startsWith('actuals.')) {
      const id = field.slice('actuals.'.length);
      next.actuals[id] = draft.actuals[id] ?? '';
    } else {
      const key = field as Exclude<DraftField, `actuals.${string}`>;
      next[key] = draft[key];
    }
  }
  return next;
}

export interface DraftIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface DraftReading {
  /** The request without its version; figures that could not be read are left null and reported in `issues`. */
  request: Omit<UpdateReportRequest, 'version'>;
  /** Parsed actual value per target id, for the live rates. */
  actuals: Record<string, number | null>;
  issues: DraftIssue[];
}

interface ReadMessages {
  number: (index: number) => string;
  amount: string;
  reasonRequired: string;
}

/**
 * The draft as the API takes it. Actual values go in the order of the plan's targets, so an
 * error the server reports at `actualValues.N` lands on the Nth target's field. The change
 * reason is sent only while a cancelling status is chosen, as only then is the field shown.
 */
export function readDraft(draft: ReportDraft, report: ProgressReport, cancelling: boolean, messages: ReadMessages): DraftReading {
  const issues: DraftIssue[] = [];
  // Issues in the order of the form, so the error summary reads top to bottom.
  const changeReason = cancelling ? draft.changeReason.trim() : '';
  if (cancelling && !changeReason) issues.push({ path: ['changeReason'], code: 'custom', message: messages.reasonRequired });
  const actuals: Record<string, number | null> = {};
  const actualValues = report.plan.targets.map((target, index) => {
    const value = parseQuantity(draft.actuals[target.id] ?? '');
    if (value === undefined) issues.push({ path: ['actualValues', index, 'value'], code: 'custom', message: messages.number(index) });
    actuals[target.id] = value ?? null;
    return { targetId: target.id, value: value ?? null };
  });
  const financialEffect = readYen(draft.financialEffect);
  if (financialEffect === undefined) issues.push({ path: ['actualFinancialEffect'], code: 'custom', message: messages.amount });
  return {
    request: {
      progressStatus: draft.progressStatus || null,
      selfEvaluation: draft.selfEvaluation || null,
      workDone: draft.workDone,
      actualValues,
      actualFinancialEffect: financialEffect ?? null,
      issues: draft.issues,
      nextSteps: draft.nextSteps,
      citizenEffect: draft.citizenEffect,
      changeReason,
    },
    actuals,
    issues,
  };
}
