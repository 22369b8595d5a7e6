import { randomUUID } from 'node:crypto';
import type { OutlineStatus, Plan, PlanSheet, Target } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { insertFrameworkNode, insertOutline } from '../features/outline/outline.repository.js';
import { createPlan } from '../features/plan/plan.service.js';
import type { Factories } from './factories.js';

/** A framework node: its title, or its title and children. */
export type FrameworkSpec = string | { title: string; children?: FrameworkSpec[] };

/** 基本方針 → 実施項目 → 改革プログラム, two of each: codes 1, 1-1, 1-1-1 … 2-2-2. */
export const DEFAULT_FRAMEWORK: FrameworkSpec[] = [1, 2].map((p) => ({
  title: `基本方針${p}`,
  children: [1, 2].map((i) => ({ title: `実施項目${p}-${i}`, children: [1, 2].map((g) => `改革プログラム${p}-${i}-${g}`) })),
}));

/** A plan sheet with every field filled plainly; `overrides` set what a test is about. */
export function planSheet(overrides: Partial<PlanSheet> & Pick<PlanSheet, 'frameworkNodeId' | 'leadDepartmentId'>): PlanSheet {
  return {
    number: '',
    title: '窓口手続のオンライン化',
    relistedNodeIds: [],
    collaboratingDepartmentIds: [],
    currentSituation: '窓口での紙の申請が多く、待ち時間が長い。',
    aim: '市民が来庁せずに手続できるようにする。',
    actions: '申請様式を見直し、電子申請を導入する。',
    kind: 'improvement',
    startFiscalYear: 2023,
    endFiscalYear: 2027,
    schedule: [],
    targets: [],
    noTargetReason: '',
    financialEffects: [],
    citizenEffect: '',
    sdgGoals: [],
    tags: [],
    predecessorPlanId: null,
    ...overrides,
  };
}

/** A numerical target with a value for each fiscal year given. */
export function target(input: Partial<Target> & { values?: Target['values'] } = {}): Target {
  return {
    id: randomUUID(),
    indicator: '電子申請の件数',
    unit: '件',
    direction: 'increase',
    baseline: 100,
    baselineFiscalYear: 2022,
    values: [{ fiscalYear: 2027, value: 500 }],
    ...input,
  };
}

export function createPlanFactories(db: Kysely<Database>, base: Factories) {
  /** An outline with a framework; `nodes` maps each node's code ('2-1-3') to its id. */
  async function createOutlineWithFramework(input: {
    municipalityId: string;
    title?: string;
    startFiscalYear?: number;
    endFiscalYear?: number;
    status?: OutlineStatus;
    framework?: FrameworkSpec[];
  }) {
    const startFiscalYear = input.startFiscalYear ?? 2023;
    const id = await insertOutline(db, {
      municipalityId: input.municipalityId,
      title: input.title ?? `行政改革大綱${randomUUID().slice(0, 6)}`,
      theme: '',
      startFiscalYear,
      endFiscalYear: input.endFiscalYear ?? startFiscalYear + 4,
      status: input.status ?? 'in_force',
      predecessorId: null,
      frameworkLevels: null,
    });
    const nodes: Record<string, string> = {};
    const add = async (specs: FrameworkSpec[], parentId: string | null, prefix: string, depth: number) => {
      for (const [position, spec] of specs.entries()) {
        const title = typeof spec === 'string' ? spec : spec.title;
        const code = `${prefix}${position + 1}`;
        nodes[code] = await insertFrameworkNode(db, { municipalityId: input.municipalityId, outlineId: id, parentId, depth, position, title });
        if (typeof spec !== 'string' && spec.children) await add(spec.children, nodes[code], `${code}-`, depth + 1);
      }
    };
    await add(input.framework ?? DEFAULT_FRAMEWORK, null, '', 0);
    return { id, nodes };
  }

  /** A plan saved through the service as a secretariat user (a new one unless `actorId` is given). */
  async function createPlanFor(input: {
    municipalityId: string;
    outlineId: string;
    frameworkNodeId: string;
    leadDepartmentId: string;
    actorId?: string;
    sheet?: Partial<PlanSheet>;
  }): Promise<Plan> {
    const actorId = input.actorId ?? (await base.createUser({ municipalityId: input.municipalityId })).id;
    return createPlan({
      db,
      auth: { userId: actorId, municipalityId: input.municipalityId, tokenHash: '', csrfToken: '', roles: [{ role: 'secretariat', departmentId: null }] },
      outlineId: input.outlineId,
      request: planSheet({ frameworkNodeId: input.frameworkNodeId, leadDepartmentId: input.leadDepartmentId, ...input.sheet }),
    });
  }

  return { createOutlineWithFramework, createPlan: createPlanFor };
}
