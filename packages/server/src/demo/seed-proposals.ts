import { CreateCallRequestSchema, ProposalTransitionRequestSchema } from '@gyokaku/contracts';
import { isRole, todayInJapan } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Auth, RoleGrantRow } from '../http/access.js';
import { answerNoProposal, createCall, fileProposal } from '../features/proposal/call.service.js';
import { transitionProposal } from '../features/proposal/proposal.service.js';
import { insertUser, replaceRoles } from '../features/users/user.repository.js';
import { HONJO_CALL, HONJO_CALL_STAFF, HONJO_NO_PROPOSAL, HONJO_PROPOSALS, type DemoProposal, type DemoProposalStage } from './honjo-proposals.js';
import { demoPlanRequest, lookup, type DemoLookups } from './seed-plans.js';
import { STEPS_TO } from './workflow-steps.js';

type Db = Kysely<Database>;

/** The Japan-time date `days` after today (before it when negative). */
export function japanDateInDays(days: number, now = new Date()): string {
  return todayInJapan(new Date(now.getTime() + days * 86_400_000));
}


export async function userAuth(db: Db, municipalityId: string, loginId: string): Promise<Auth> {
  const user = await db
    .selectFrom('app_user')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('login_id', '=', loginId)
    .executeTakeFirstOrThrow();
  const grants = await db.selectFrom('user_role').select(['role', 'department_id']).where('user_id', '=', user.id).execute();
  const roles: RoleGrantRow[] = grants.flatMap((g) => (isRole(g.role) ? [{ role: g.role, departmentId: g.department_id }] : []));
  return { userId: user.id, municipalityId, tokenHash: '', csrfToken: '', roles };
}

/**
 * The call for proposals into the draft outline, open from three weeks before the day the demo is
 * seeded to three weeks after, so that it is open whenever the demo is tried; and its proposals
 * and answers, each taken through the real services by the person whose step it is.
 */
export async function seedProposals(
  db: Db,
  options: DemoLookups & { secretariat: Auth; passwordHash: string; draftOutlineId: string; now?: Date },
): Promise<void> {
  const { secretariat, departments } = options;
  const { municipalityId } = secretariat;
  const now = options.now ?? new Date();
  for (const staff of HONJO_CALL_STAFF) {
    const userId = await insertUser(db, { municipalityId, loginId: staff.loginId, displayName: staff.displayName, passwordHash: options.passwordHash });
    await replaceRoles(db, municipalityId, userId, [{ role: staff.role, departmentId: lookup(departments, staff.department, '課') }]);
  }
  const [editor, approver, shuno, kankyo] = await Promise.all(['editor', 'approver', 'shuno', 'kankyo'].map((login) => userAuth(db, municipalityId, login)));
  // 市民課 has an editor and an approver; 収納課's head drafts and approves alone, as small departments do.
  const staffOf = (proposal: DemoProposal) =>
    proposal.lead === '市民課' ? { drafter: editor!, approver: approver!, secretariat } : { drafter: shuno!, approver: shuno!, secretariat };

  const call = await createCall({
    db,
    auth: secretariat,
    outlineId: options.draftOutlineId,
    request: CreateCallRequestSchema.parse({
      title: HONJO_CALL.title,
      instructions: HONJO_CALL.instructions,
      opensOn: japanDateInDays(-21, now),
      closesOn: japanDateInDays(21, now),
      answerRequired: true,
      departmentIds: HONJO_CALL.departments.map((name) => lookup(departments, name, '課')),
    }),
    now,
  });

  for (const proposal of HONJO_PROPOSALS) {
    const people = staffOf(proposal);
    const plan = await fileProposal({ db, auth: people.drafter, callId: call.id, request: demoPlanRequest(proposal, options) });
    for (const step of STEPS_TO[proposal.stage]) {
      const review = step.action === 'return' ? proposal.review : undefined;
      await transitionProposal({
        db,
        auth: people[step.by],
        planId: plan.id,
        request: ProposalTransitionRequestSchema.parse({ action: step.action, version: plan.version, ...review }),
      });
    }
  }

  await answerNoProposal({
    db,
    auth: kankyo!,
    callId: call.id,
    request: { departmentId: lookup(departments, HONJO_NO_PROPOSAL.department, '課'), note: HONJO_NO_PROPOSAL.note },
    now,
  });
}
