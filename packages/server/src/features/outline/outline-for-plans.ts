import type { FrameworkTreeNode } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { findOutline, listFrameworkNodeRows, type OutlineRow } from './outline.repository.js';

type Db = Kysely<Database>;

export const outlineClosed = () =>
  new AppError(409, 'outline_closed', 'この行政改革大綱は終了しているため、変更できません。');

export interface OutlineForPlans {
  id: string;
  title: string;
  status: OutlineRow['status'];
  startFiscalYear: number;
  endFiscalYear: number;
  nodes: FrameworkTreeNode[];
}

/** What the plan feature needs of an outline: period, status and framework. Undefined unless the municipality's. */
export async function outlineForPlans(
  db: Db,
  options: { municipalityId: string; outlineId: string; lock?: 'update' | 'share' },
): Promise<OutlineForPlans | undefined> {
  const outline = await findOutline(db, options.municipalityId, options.outlineId, options.lock);
  if (!outline) return undefined;
  const nodes = await listFrameworkNodeRows(db, options.municipalityId, options.outlineId);
  return {
    id: outline.id,
    title: outline.title,
    status: outline.status,
    startFiscalYear: outline.start_fiscal_year,
    endFiscalYear: outline.end_fiscal_year,
    nodes: nodes.map((n) => ({ id: n.id, parentId: n.parent_id, position: n.position, title: n.title })),
  };
}
