import type { CommentField, ProposalComment } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database, ProposalCommentTable } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function insertProposalComments(
  db: Db,
  comments: {
    municipalityId: string;
    planId: string;
    planVersion: number;
    authorId: string;
    authorRole: ProposalCommentTable['author_role'];
    items: readonly { field: CommentField | null; body: string }[];
  },
): Promise<string[]> {
  if (comments.items.length === 0) return [];
  const rows = await db
    .insertInto('proposal_comment')
    .values(
      comments.items.map((item) => ({
        municipality_id: comments.municipalityId,
        plan_id: comments.planId,
        plan_version: comments.planVersion,
        field: item.field,
        body: item.body,
        author_id: comments.authorId,
        author_role: comments.authorRole,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * The proposal's comments, oldest first, with their authors' names. Comments written in one step
 * share its time: the whole-proposal comment comes before those on single fields.
 */
export async function listProposalComments(db: Db, query: { municipalityId: string; planId: string; ids?: readonly string[] }): Promise<ProposalComment[]> {
  const rows = await db
    .selectFrom('proposal_comment as c')
    .innerJoin('app_user as u', (join) => join.onRef('u.id', '=', 'c.author_id').onRef('u.municipality_id', '=', 'c.municipality_id'))
    .select(['c.id', 'c.field', 'c.body', 'u.display_name', 'c.author_role', 'c.plan_version', 'c.created_at'])
    .where('c.municipality_id', '=', query.municipalityId)
    .where('c.plan_id', '=', query.planId)
    .$if(query.ids !== undefined, (qb) => qb.where('c.id', 'in', [...query.ids!]))
    .orderBy('c.created_at')
    .orderBy('c.field', (ob) => ob.nullsFirst())
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    field: row.field as CommentField | null,
    body: row.body,
    authorName: row.display_name,
    authorRole: row.author_role,
    planVersion: row.plan_version,
    createdAt: new Date(row.created_at).toISOString(),
  }));
}
