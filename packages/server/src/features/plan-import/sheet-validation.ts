import { PlanSheetSchema, type CellError, type PlanSheet } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError } from '../../http/app-error.js';
import type { OutlineForPlans } from '../outline/outline-for-plans.js';
import { normalizeSheet } from '../plan/plan-sheet.js';
import { checksFor, validateSheet } from '../plan/plan-validation.js';
import type { ParsedPlan } from './parsed-plan.js';

type Issue = { path: PropertyKey[]; code: string; message: string };

/** The names the sheet prints, for messages: 「開始年度」 rather than `startFiscalYear`. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  number: '番号',
  title: '取組名',
  frameworkNodeId: '体系',
  relistedNodeIds: '再掲',
  leadDepartmentId: '主担当課',
  collaboratingDepartmentIds: '連携課',
  currentSituation: '現状と課題',
  aim: '目的・目標',
  actions: '取組内容',
  kind: '区分',
  startFiscalYear: '開始年度',
  endFiscalYear: '終了年度',
  schedule: 'スケジュール',
  targets: '数値目標',
  noTargetReason: '目標を設定しない理由',
  financialEffects: '財政効果',
  citizenEffect: '市民への効果',
  sdgGoals: 'SDGs',
  tags: 'タグ',
  predecessorPlanId: '継続元',
};
const PART_LABELS: Readonly<Record<string, string>> = {
  indicator: '指標',
  unit: '単位',
  direction: '方向',
  baseline: '基準値',
  baselineFiscalYear: '基準年度',
  values: '目標値',
  description: '内容',
  phase: '段階',
  fiscalYear: '年度',
  amount: '金額',
};

/** A period that could not be read makes these checks repeat that error in other words. */
const PERIOD_CHECKS = new Set(['end_before_start', 'start_year_before_outline', 'end_year_beyond_outline', 'schedule_outside_period']);

function labelOf(path: readonly PropertyKey[]): string {
  const [field, , part] = path;
  const label = FIELD_LABELS[String(field)] ?? String(field);
  const partLabel = part === undefined ? undefined : PART_LABELS[String(part)];
  return partLabel ? `${label}・${partLabel}` : label;
}

/** Zod's own words are English; these say the same to a department in Japanese. */
function zodMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return `${issue.maximum}文字以内にしてください。`;
    if (issue.origin === 'array') return `${issue.maximum}件までにしてください。`;
    return `${issue.maximum}以下にしてください。`;
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '入力してください。' : `${issue.minimum}文字以上にしてください。`;
    return `${issue.minimum}以上にしてください。`;
  }
  if (issue.code === 'custom' && issue.message === 'amount_not_safe_integer') return '金額が大きすぎます。';
  return '値の形式が正しくありません。';
}

/** The cell a field came from: `targets.0.values.2` → its cell, or the nearest enclosing field's. */
export function addressOf(addresses: ReadonlyMap<string, string>, path: readonly PropertyKey[]): string {
  for (let length = path.length; length > 0; length--) {
    const found = addresses.get(path.slice(0, length).map(String).join('.'));
    if (found !== undefined) return found;
  }
  return '';
}

function toCellErrors(parsed: ParsedPlan, issues: readonly Issue[]): CellError[] {
  return issues.map((issue) => ({
    sheet: parsed.sheet,
    cell: addressOf(parsed.addresses, issue.path),
    field: issue.path.map(String).join('.'),
    code: issue.code,
    message: `${labelOf(issue.path)}：${issue.message}`,
  }));
}

/**
 * Validates a parsed plan exactly as saving it in the app would — the contract's schema, then the
 * server's `validateSheet` — but collects every problem instead of stopping at the first: the
 * reference errors and the checks' errors are both reported. A cell that could not be read keeps
 * its reading error only (its stand-in value would otherwise draw a second, misleading one).
 */
export async function validateParsedPlan(
  db: Kysely<Database>,
  options: { auth: Auth; outline: OutlineForPlans; parsed: ParsedPlan; previous?: PlanSheet; planId?: string },
): Promise<CellError[]> {
  const { parsed } = options;
  const shape = PlanSheetSchema.safeParse(parsed.candidate);
  let issues: Issue[];
  if (!shape.success) {
    issues = shape.error.issues.map((issue) => ({ path: issue.path, code: issue.code, message: zodMessage(issue) }));
  } else {
    issues = await serverIssues(db, { ...options, sheet: shape.data });
  }
  const readErrors = new Set(parsed.errors.map((error) => error.cell));
  const reported = new Set<string>();
  return toCellErrors(parsed, issues).filter((error) => {
    if (parsed.unreadablePeriod && PERIOD_CHECKS.has(error.code)) return false;
    const key = `${error.cell}\u0000${error.code}`;
    if ((error.cell && readErrors.has(error.cell)) || reported.has(key)) return false;
    reported.add(key);
    return true;
  });
}

async function serverIssues(
  db: Kysely<Database>,
  options: { auth: Auth; outline: OutlineForPlans; sheet: PlanSheet; previous?: PlanSheet; planId?: string },
): Promise<Issue[]> {
  const { auth, outline, sheet } = options;
  try {
    await validateSheet(db, {
      municipalityId: auth.municipalityId,
      outline,
      sheet,
      ...(options.previous ? { previous: options.previous } : {}),
      ...(options.planId ? { planId: options.planId } : {}),
    });
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const issues: Issue[] = error.issues ?? [{ path: [], code: error.code, message: error.message }];
    // validateSheet stops at the reference errors; the checks' errors are worth knowing in the same pass.
    if (error.code !== 'invalid_reference') return issues;
    const checks = checksFor(normalizeSheet(sheet), outline).filter((check) => check.severity === 'error');
    return [...issues, ...checks.map((check) => ({ path: check.field.split('.').map((p) => (/^\d+$/u.test(p) ? Number(p) : p)), code: check.code, message: check.message }))];
  }
}
