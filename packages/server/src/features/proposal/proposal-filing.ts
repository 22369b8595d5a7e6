import { callPhase, todayInJapan } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { hasRole } from '../../http/access.js';
import { AppError, notFound } from '../../http/app-error.js';

type Db = Kysely<Database>;

export const callNotOpen = () =>
  new AppError(409, 'call_not_open', 'この募集は受付期間外のため、新しい提案を登録できません。事務局にお問い合わせください。');

/**
 * Whether a new proposal may be filed into the call: the call is the municipality's and for this
 * outline, the lead department is one it addresses, and it is open today (Japan time). The
 * secretariat may file late on a department's behalf; departments may not.
 */
export async function assertCanFileInto(
  db: Db,
  options: { auth: Auth; callId: string; outlineId: string; leadDepartmentId: string; now?: Date },
): Promise<void> {
  const { auth, callId } = options;
  const call = await db
    .selectFrom('proposal_call')
    .select(['outline_id', 'opens_on', 'closes_on'])
    .where('municipality_id', '=', auth.municipalityId)
    .where('id', '=', callId)
    .executeTakeFirst();
  if (!call || call.outline_id !== options.outlineId) throw notFound('募集');
  const addressed = await db
    .selectFrom('proposal_call_department')
    .select('department_id')
    .where('municipality_id', '=', auth.municipalityId)
    .where('call_id', '=', callId)
    .where('department_id', '=', options.leadDepartmentId)
    .executeTakeFirst();
  if (!addressed) {
    throw new AppError(422, 'invalid_reference', '主担当課がこの募集の対象に含まれていません。', [
      { path: ['leadDepartmentId'], code: 'department_not_addressed', message: '主担当課がこの募集の対象に含まれていません。' },
    ]);
  }
  const phase = callPhase({ opensOn: call.opens_on, closesOn: call.closes_on }, todayInJapan(options.now ?? new Date()));
  if (phase !== 'open' && !hasRole(auth, 'secretariat')) throw callNotOpen();
}
