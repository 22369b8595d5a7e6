import type { NodeEvaluationRequest } from '@gyokaku/contracts';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { findFrameworkNode } from '../outline/outline.repository.js';
import { roundNotFound, settingsOf } from './report-round.service.js';
import { findRound } from './report.repository.js';

type Db = Kysely<Database>;

/**
 * The HQ's evaluation of a framework node as a whole (e.g. per 取組事項), at the one level the
 * municipality evaluates at. Saved over the version the member saw, so two members never silently
 * overwrite each other.
 */
export async function evaluateNode(db: Db, auth: Auth, roundId: string, nodeId: string, request: NodeEvaluationRequest) {
  return db.transaction().execute(async (trx) => {
    const round = await findRound(trx, auth.municipalityId, roundId, true);
    if (!round) throw roundNotFound();
    const node = await findFrameworkNode(trx, auth.municipalityId, nodeId);
    if (!node || node.outline_id !== round.outline_id) throw notFound('体系の項目');
    const settings = await settingsOf(trx, auth.municipalityId);
    if (settings.hqEvaluationDepth !== node.depth) {
      throw new AppError(409, 'node_evaluation_not_enabled', 'この階層の項目は推進本部の評価の対象として設定されていません。');
    }
    if (!settings.evaluationScale.some((grade) => grade.code === request.evaluation)) {
      throw new AppError(422, 'validation_failed', '入力内容に誤りがあります。', [
        { path: ['evaluation'], code: 'invalid_settings_code', message: '評価は設定された評価区分から選んでください。' },
      ]);
    }
    const before = await trx
      .selectFrom('node_evaluation')
      .selectAll()
      .where('municipality_id', '=', auth.municipalityId)
      .where('round_id', '=', roundId)
      .where('framework_node_id', '=', nodeId)
      .forUpdate()
      .executeTakeFirst();
    if ((before?.version ?? null) !== request.version) throw editConflict();
    const saved = before
      ? await trx
          .updateTable('node_evaluation')
          .set({ evaluation: request.evaluation, comment: request.comment, version: sql`version + 1`, updated_at: sql`now()`, updated_by: auth.userId })
          .where('municipality_id', '=', auth.municipalityId)
          .where('round_id', '=', roundId)
          .where('framework_node_id', '=', nodeId)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('node_evaluation')
          .values({ municipality_id: auth.municipalityId, round_id: roundId, framework_node_id: nodeId, evaluation: request.evaluation, comment: request.comment, updated_by: auth.userId })
          .returningAll()
          .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'hq_evaluated',
      entityType: 'node_evaluation',
      entityId: nodeId,
      ...(before ? { before: { evaluation: before.evaluation, comment: before.comment } } : {}),
      after: { roundId, evaluation: request.evaluation, comment: request.comment },
    });
    return { nodeId, evaluation: saved.evaluation, comment: saved.comment, version: saved.version };
  });
}
