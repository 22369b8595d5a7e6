import { randomUUID } from 'node:crypto';
import {
  CreateFrameworkNodeRequestSchema,
  CreateOutlineRequestSchema,
  CreatePlanRequestSchema,
  type CreatePlanRequest,
} from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Auth } from '../http/access.js';
import { addFrameworkNode } from '../features/outline/framework.service.js';
import { createOutline } from '../features/outline/outline.service.js';
import { createPlan } from '../features/plan/plan.service.js';
import { scheduleRows, type DemoPlan } from './demo-plan.js';
import { HONJO_NEXT_OUTLINE, HONJO_PROGRAMMES_2018, type DemoFrameworkNode } from './honjo-outlines.js';
import { HONJO_PLANS_2018 } from './honjo-plans-2018.js';
import { HONJO_PLANS_2023 } from './honjo-plans-2023.js';

type Db = Kysely<Database>;
/** Title → id of the framework nodes of one outline (titles of leaves are unique within an outline). */
type NodeIds = Map<string, string>;

export const lookup = (map: Map<string, string>, name: string, what: string): string => {
  const id = map.get(name);
  if (!id) throw new Error(`demo data: unknown ${what} 「${name}」`);
  return id;
};

/**
 * The FY2018 outline's programmes, the draft FY2023 outline with its framework, and the plans of
 * both, all through the services the UI calls, acting as the demo secretariat: checks, suggested
 * numbers, versions and audit entries are exactly what a person entering them would get.
 * Returns the draft outline with its framework and the departments, for the proposals filed into it.
 */
export async function seedReformProgramme(db: Db, secretariat: Auth): Promise<DemoLookups & { draftOutlineId: string }> {
  const { municipalityId } = secretariat;
  const current = await db
    .selectFrom('outline')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('start_fiscal_year', '=', 2018)
    .executeTakeFirstOrThrow();
  const departments = await departmentsInForceByName(db, municipalityId);

  const nodes2018 = await addProgrammes2018(db, secretariat, current.id);
  const plans2018 = await addPlans(db, secretariat, { outlineId: current.id, nodes: nodes2018, departments, plans: HONJO_PLANS_2018 });

  const next = await createOutline({
    db,
    auth: secretariat,
    request: CreateOutlineRequestSchema.parse({
      title: HONJO_NEXT_OUTLINE.title,
      theme: HONJO_NEXT_OUTLINE.theme,
      startFiscalYear: HONJO_NEXT_OUTLINE.startFiscalYear,
      endFiscalYear: HONJO_NEXT_OUTLINE.endFiscalYear,
      predecessorId: current.id,
    }),
  });
  const nodes2023: NodeIds = new Map();
  await addNodes(db, secretariat, next.id, null, HONJO_NEXT_OUTLINE.framework, nodes2023);
  await addPlans(db, secretariat, {
    outlineId: next.id,
    nodes: nodes2023,
    departments,
    plans: HONJO_PLANS_2023,
    predecessors: plans2018,
  });
  return { draftOutlineId: next.id, nodes: nodes2023, departments };
}

async function departmentsInForceByName(db: Db, municipalityId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('department')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('valid_to', 'is', null)
    .execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}

/** Adds the 18 改革プログラム under the FY2018 outline's existing 実施項目; returns every node by title. */
async function addProgrammes2018(db: Db, auth: Auth, outlineId: string): Promise<NodeIds> {
  const rows = await db
    .selectFrom('framework_node')
    .select(['id', 'title'])
    .where('municipality_id', '=', auth.municipalityId)
    .where('outline_id', '=', outlineId)
    .execute();
  const nodes: NodeIds = new Map(rows.map((row) => [row.title, row.id]));
  for (const [item, programmes] of Object.entries(HONJO_PROGRAMMES_2018)) {
    const parentId = lookup(nodes, item, '実施項目');
    await addNodes(
      db,
      auth,
      outlineId,
      parentId,
      programmes.map((title) => ({ title })),
      nodes,
    );
  }
  return nodes;
}

async function addNodes(db: Db, auth: Auth, outlineId: string, parentId: string | null, specs: DemoFrameworkNode[], into: NodeIds) {
  for (const spec of specs) {
    const request = CreateFrameworkNodeRequestSchema.parse({ parentId, title: spec.title, description: spec.description ?? '' });
    const node = await addFrameworkNode({ db, auth, outlineId, request });
    if (into.has(spec.title) && !spec.children) throw new Error(`demo data: programme 「${spec.title}」 appears twice`);
    into.set(spec.title, node.id);
    if (spec.children) await addNodes(db, auth, outlineId, node.id, spec.children, into);
  }
}

/** Names to ids for a demo plan: framework nodes and departments by title, earlier plans by title. */
export interface DemoLookups {
  nodes: NodeIds;
  departments: Map<string, string>;
  predecessors?: Map<string, string> | undefined;
}

/** The sheet a person would enter for a demo plan, number left blank for the server to suggest. */
export function demoPlanRequest(plan: DemoPlan, { nodes, departments, predecessors }: DemoLookups): CreatePlanRequest {
  return CreatePlanRequestSchema.parse({
    number: '',
    title: plan.title,
    frameworkNodeId: lookup(nodes, plan.programme, '改革プログラム'),
    relistedNodeIds: (plan.relistedUnder ?? []).map((title) => lookup(nodes, title, '改革プログラム')),
    leadDepartmentId: lookup(departments, plan.lead, '課'),
    collaboratingDepartmentIds: (plan.collaborators ?? []).map((name) => lookup(departments, name, '課')),
    currentSituation: plan.currentSituation,
    aim: plan.aim,
    actions: plan.actions,
    kind: plan.kind,
    startFiscalYear: plan.startFiscalYear,
    endFiscalYear: plan.endFiscalYear,
    schedule: scheduleRows(plan.schedule),
    targets: plan.targets.map((target) => ({
      id: randomUUID(),
      indicator: target.indicator,
      unit: target.unit,
      direction: target.direction,
      baseline: target.baseline,
      baselineFiscalYear: target.baselineFiscalYear,
      values: Object.entries(target.values).map(([year, value]) => ({ fiscalYear: Number(year), value })),
    })),
    noTargetReason: plan.noTargetReason ?? '',
    financialEffects: plan.financialEffects ?? [],
    citizenEffect: plan.citizenEffect,
    sdgGoals: plan.sdgGoals,
    tags: plan.tags,
    predecessorPlanId: plan.carriesOver ? lookup(predecessors ?? new Map(), plan.carriesOver, '引継ぎ元の計画') : null,
  });
}

/** Files the plans in order; returns their ids by title, for the next outline's lineage. */
async function addPlans(db: Db, auth: Auth, options: DemoLookups & { outlineId: string; plans: DemoPlan[] }): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const plan of options.plans) {
    const saved = await createPlan({ db, auth, outlineId: options.outlineId, request: demoPlanRequest(plan, options) });
    if (ids.has(plan.title)) throw new Error(`demo data: plan 「${plan.title}」 appears twice`);
    ids.set(plan.title, saved.id);
  }
  return ids;
}
