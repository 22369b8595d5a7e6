import { DEFAULT_MUNICIPALITY_SETTINGS, type RoleGrant } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Auth } from '../http/access.js';
import { hashPassword } from '../features/auth/password.js';
import { insertMunicipality } from '../features/municipality/municipality.repository.js';
import { insertDepartment, insertDivision } from '../features/organisation/organisation.repository.js';
import { reorganise } from '../features/organisation/reorganisation.service.js';
import { insertFrameworkNode, insertOutline } from '../features/outline/outline.repository.js';
import { insertUser, replaceRoles } from '../features/users/user.repository.js';
import { HONJO_DIVISIONS, HONJO_REORGANISATION } from './honjo-organisation.js';
import { HONJO_OUTLINES } from './honjo-outlines.js';
import { seedReformProgramme } from './seed-plans.js';
import { seedProposals } from './seed-proposals.js';
import { seedReports } from './seed-reports.js';

export const DEMO_PASSWORD = 'gyokaku-demo';
export const DEMO_MUNICIPALITY_CODE = '112119';
/** 本庄市 and 児玉町 merged on 10 January 2006. */
const MERGER_DATE = '2006-01-10';

const DEMO_USERS: { loginId: string; displayName: string; role: RoleGrant['role']; department?: string }[] = [
  { loginId: 'secretariat', displayName: '山田 花子', role: 'secretariat' },
  { loginId: 'editor', displayName: '佐藤 健一', role: 'department_editor', department: '市民課' },
  { loginId: 'approver', displayName: '鈴木 一郎', role: 'department_approver', department: '市民課' },
  { loginId: 'hq', displayName: '本庄 太郎', role: 'hq_member' },
  { loginId: 'council', displayName: '高橋 美和', role: 'council_member' },
];

/**
 * The reference city with its organisation, one demo user per role, its three past outlines, the
 * draft of the next one, plans in both the current and the draft outline, an open call for
 * proposals into the draft with proposals at every stage of the review, and the current outline's
 * progress reports of four full years and a first half still under way.
 * Does nothing when the city already exists, so every start of `npm start` may call it.
 */
export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  const existing = await db.selectFrom('municipality').select('id').where('code', '=', DEMO_MUNICIPALITY_CODE).executeTakeFirst();
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { secretariat, departmentIds } = await db.transaction().execute((trx) => seedCity(trx, passwordHash));
  // Through the real service, so the demo's lineage and audit entry are exactly what the UI produces.
  const { from, to, ...change } = HONJO_REORGANISATION;
  const divisionId = departmentIds.get(from)!.divisionId;
  await reorganise({
    db,
    auth: secretariat,
    request: { ...change, fromDepartmentIds: [departmentIds.get(from)!.id], to: [{ name: to, divisionId, primary: true }] },
  });
  const programme = await seedReformProgramme(db, secretariat);
  await seedProposals(db, { ...programme, secretariat, passwordHash });
  await seedReports(db, { secretariat, departments: programme.departments, passwordHash });
  return true;
}

async function seedCity(db: Kysely<Database>, passwordHash: string) {
  const municipalityId = await insertMunicipality(db, {
    code: DEMO_MUNICIPALITY_CODE,
    name: '本庄市',
    settings: DEFAULT_MUNICIPALITY_SETTINGS,
  });
  const departmentIds = new Map<string, { id: string; divisionId: string }>();
  for (const division of HONJO_DIVISIONS) {
    const { id: divisionId } = await insertDivision(db, { municipalityId, name: division.name, validFrom: MERGER_DATE });
    for (const name of division.departments) {
      const department = await insertDepartment(db, { municipalityId, divisionId, name, validFrom: MERGER_DATE });
      departmentIds.set(name, { id: department.id, divisionId });
    }
  }
  let secretariat: Auth | undefined;
  for (const user of DEMO_USERS) {
    const userId = await insertUser(db, { municipalityId, ...user, passwordHash });
    const departmentId = user.department ? departmentIds.get(user.department)!.id : null;
    await replaceRoles(db, municipalityId, userId, [{ role: user.role, departmentId }]);
    if (user.role === 'secretariat') {
      secretariat = { municipalityId, userId, tokenHash: '', csrfToken: '', roles: [{ role: 'secretariat', departmentId: null }] };
    }
  }
  await seedOutlines(db, municipalityId);
  return { secretariat: secretariat!, departmentIds };
}

async function seedOutlines(db: Kysely<Database>, municipalityId: string): Promise<void> {
  let predecessorId: string | null = null;
  for (const outline of HONJO_OUTLINES) {
    const outlineId: string = await insertOutline(db, { municipalityId, ...outline, predecessorId });
    for (const [position, heading] of outline.framework.entries()) {
      const parentId = await insertFrameworkNode(db, {
        municipalityId,
        outlineId,
        parentId: null,
        depth: 0,
        position,
        title: heading.title,
      });
      for (const [itemPosition, title] of heading.items.entries()) {
        await insertFrameworkNode(db, { municipalityId, outlineId, parentId, depth: 1, position: itemPosition, title });
      }
    }
    predecessorId = outlineId;
  }
}
