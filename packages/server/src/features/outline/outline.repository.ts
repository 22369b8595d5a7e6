import type { FrameworkNode, OutlineStatus, OutlineSummary } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function listOutlines(
  db: Db,
  query: { municipalityId: string; defaultLevels: string[]; id?: string },
): Promise<OutlineSummary[]> {
  const rows = await db
    .selectFrom('outline')
    .selectAll()
    .where('municipality_id', '=', query.municipalityId)
    .$if(query.id !== undefined, (qb) => qb.where('id', '=', query.id!))
    .orderBy('start_fiscal_year', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    theme: r.theme,
    startFiscalYear: r.start_fiscal_year,
    endFiscalYear: r.end_fiscal_year,
    status: r.status,
    predecessorId: r.predecessor_id,
    frameworkLevels: (r.framework_levels as string[] | null) ?? query.defaultLevels,
    version: r.version,
  }));
}

export async function listFrameworkNodes(db: Db, municipalityId: string, outlineId: string): Promise<FrameworkNode[]> {
  const rows = await db
    .selectFrom('framework_node')
    .select(['id', 'parent_id', 'depth', 'position', 'title', 'description'])
    .where('municipality_id', '=', municipalityId)
    .where('outline_id', '=', outlineId)
    .orderBy('depth')
    .orderBy('position')
    .execute();
  return rows.map(({ parent_id, ...node }) => ({ ...node, parentId: parent_id }));
}

export interface NewOutline {
  municipalityId: string;
  title: string;
  theme: string;
  startFiscalYear: number;
  endFiscalYear: number;
  status: OutlineStatus;
  predecessorId: string | null;
  frameworkLevels: string[] | null;
}

export async function insertOutline(db: Db, outline: NewOutline): Promise<string> {
  const row = await db
    .insertInto('outline')
    .values({
      municipality_id: outline.municipalityId,
      title: outline.title,
      theme: outline.theme,
      start_fiscal_year: outline.startFiscalYear,
      end_fiscal_year: outline.endFiscalYear,
      status: outline.status,
      predecessor_id: outline.predecessorId,
      framework_levels: outline.frameworkLevels ? JSON.stringify(outline.frameworkLevels) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFrameworkNode(
  db: Db,
  node: { municipalityId: string; outlineId: string; parentId: string | null; depth: number; position: number; title: string },
): Promise<string> {
  const row = await db
    .insertInto('framework_node')
    .values({
      municipality_id: node.municipalityId,
      outline_id: node.outlineId,
      parent_id: node.parentId,
      depth: node.depth,
      position: node.position,
      title: node.title,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
