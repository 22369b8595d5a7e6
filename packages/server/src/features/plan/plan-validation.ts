import type { PlanCheckView, PlanSheet } from '@gyokaku/contracts';
import { checkPlan, frameworkCode, leafIds, suggestPlanNumber, todayInJapan } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { departmentsInForce } from '../organisation/organisation.service.js';
import type { OutlineForPlans } from '../outline/outline-for-plans.js';
import { normalizeSheet } from './plan-sheet.js';
import { findPlanRef, isNumberTaken, planNumbersStartingWith } from './plan.repository.js';

type Db = Kysely<Database>;
type Issue = { path: (string | number)[]; code: string; message: string };

/** What the checks say of a sheet filed in `outline`, errors and warnings alike (see `checkPlan`). */
export function checksFor(sheet: PlanSheet, outline: OutlineForPlans): PlanCheckView[] {
  return checkPlan(sheet, {
    outline: { startFiscalYear: outline.startFiscalYear, endFiscalYear: outline.endFiscalYear },
    leafNodeIds: leafIds(outline.nodes),
  }).map((check) => ({ ...check }));
}

/** 'targets.0.unit' → ['targets', 0, 'unit'], the shape of a validation issue's path. */
const toPath = (field: string) => field.split('.').map((part) => (/^\d+$/u.test(part) ? Number(part) : part));

export async function suggestNumber(db: Db, options: { municipalityId: string; outline: OutlineForPlans; nodeId: string }) {
  const code = frameworkCode(options.outline.nodes, options.nodeId);
  const existingNumbers = await planNumbersStartingWith(db, options.municipalityId, options.outline.id, `${code}-`);
  return suggestPlanNumber({ nodes: options.outline.nodes, nodeId: options.nodeId, existingNumbers });
}

function frameworkIssues(sheet: PlanSheet, outline: OutlineForPlans): Issue[] {
  const inOutline = new Set(outline.nodes.map((node) => node.id));
  const leaves = leafIds(outline.nodes);
  const issues: Issue[] = [];
  if (!inOutline.has(sheet.frameworkNodeId)) {
    issues.push({ path: ['frameworkNodeId'], code: 'not_found', message: '選んだ体系の項目がこの大綱にありません。' });
  }
  sheet.relistedNodeIds.forEach((id, index) => {
    const path = ['relistedNodeIds', index];
    if (!inOutline.has(id)) issues.push({ path, code: 'not_found', message: '再掲先の項目がこの大綱にありません。' });
    else if (id === sheet.frameworkNodeId) {
      issues.push({ path, code: 'same_as_framework_node', message: '再掲先には、計画を登録する項目とは別の項目を選んでください。' });
    } else if (!leaves.has(id)) {
      issues.push({ path, code: 'not_leaf', message: '再掲先は体系の最下層の項目（改革プログラム等）から選んでください。' });
    }
  });
  return issues;
}

/**
 * Departments newly put on the plan must be in force today (Japan time); those it already had
 * may since have ended without blocking an unrelated correction.
 */
async function departmentIssues(db: Db, municipalityId: string, sheet: PlanSheet, previous?: PlanSheet): Promise<Issue[]> {
  const had = new Set(previous ? [previous.leadDepartmentId, ...previous.collaboratingDepartmentIds] : []);
  const added = [sheet.leadDepartmentId, ...sheet.collaboratingDepartmentIds].filter((id) => !had.has(id));
  const inForce = await departmentsInForce(db, { municipalityId, ids: added, date: todayInJapan(new Date()) });
  const usable = (id: string) => had.has(id) || inForce.has(id);
  const ended = '選んだ課は現在存在しません（廃止・改編済み、または他の自治体の課です）。';
  const issues: Issue[] = [];
  if (!usable(sheet.leadDepartmentId)) issues.push({ path: ['leadDepartmentId'], code: 'department_ended', message: ended });
  sheet.collaboratingDepartmentIds.forEach((id, index) => {
    const path = ['collaboratingDepartmentIds', index];
    if (id === sheet.leadDepartmentId) {
      issues.push({ path, code: 'lead_among_collaborators', message: '主担当課は関係課に含めないでください。' });
    } else if (!usable(id)) issues.push({ path, code: 'department_ended', message: ended });
  });
  return issues;
}

async function lineageIssues(db: Db, municipalityId: string, sheet: PlanSheet, outline: OutlineForPlans): Promise<Issue[]> {
  if (sheet.predecessorPlanId === null) return [];
  const predecessor = await findPlanRef(db, municipalityId, sheet.predecessorPlanId);
  if (predecessor && predecessor.outlineId !== outline.id) return [];
  return [
    { path: ['predecessorPlanId'], code: 'invalid_predecessor', message: '引継ぎ元には、以前の行政改革大綱の実施計画を選んでください。' },
  ];
}

function targetIssues(sheet: PlanSheet): Issue[] {
  const seen = new Set<string>();
  return sheet.targets.flatMap((target, index) => {
    if (!seen.has(target.id)) {
      seen.add(target.id);
      return [];
    }
    return [{ path: ['targets', index, 'id'], code: 'duplicate', message: '数値目標のIDが重複しています。' }];
  });
}

/**
 * Everything a save must satisfy, in order: ids that point at the right things (422
 * `invalid_reference`), the checks' errors (422 `plan_check_failed`), then a free number (409
 * `plan_number_taken`; a blank one is suggested). Returns the sheet to store and its warnings.
 */
export async function validateSheet(
  db: Db,
  options: { municipalityId: string; outline: OutlineForPlans; sheet: PlanSheet; previous?: PlanSheet; planId?: string },
): Promise<{ sheet: PlanSheet; warnings: PlanCheckView[] }> {
  const { municipalityId, outline, previous, planId } = options;
  const sheet = normalizeSheet(options.sheet);
  const issues = [
    ...frameworkIssues(sheet, outline),
    ...(await departmentIssues(db, municipalityId, sheet, previous)),
    ...(await lineageIssues(db, municipalityId, sheet, outline)),
    ...targetIssues(sheet),
  ];
  if (issues.length > 0) throw new AppError(422, 'invalid_reference', '入力内容に誤りがあります。', issues);

  const checks = checksFor(sheet, outline);
  const errors = checks.filter((check) => check.severity === 'error');
  if (errors.length > 0) {
    throw new AppError(
      422,
      'plan_check_failed',
      errors.map((error) => error.message).join('\n'),
      errors.map((error) => ({ path: toPath(error.field), code: error.code, message: error.message })),
    );
  }

  const number = sheet.number || (await suggestNumber(db, { municipalityId, outline, nodeId: sheet.frameworkNodeId }));
  if (await isNumberTaken(db, { municipalityId, outlineId: outline.id, number, ...(planId ? { exceptId: planId } : {}) })) {
    throw planNumberTaken(number);
  }
  return { sheet: { ...sheet, number }, warnings: checks };
}

/** `number` is blank when a suggested number was taken by a save made at the same moment. */
export const planNumberTaken = (number: string) => {
  const message = number
    ? `計画番号「${number}」は、この大綱の別の実施計画で使われています。`
    : '自動で付けた計画番号が、同時に保存された別の実施計画と重なりました。もう一度保存してください。';
  return new AppError(409, 'plan_number_taken', message, [{ path: ['number'], code: 'plan_number_taken', message }]);
};
