import type {
  CreateDepartmentRequest,
  CreateDivisionRequest,
  Department,
  Division,
  UpdateDepartmentRequest,
  UpdateDivisionRequest,
} from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import {
  findDepartmentIdsInForce,
  findDepartments,
  findDivisions,
  insertDepartment,
  insertDivision,
  listOrganisation,
  updateDepartment,
  updateDivision,
} from './organisation.repository.js';

type Db = Kysely<Database>;
interface Change<T> {
  db: Db;
  auth: Auth;
  request: T;
}

const validityError = () => new AppError(422, 'invalid_date', '終了日は開始日より後の日付にしてください。');

async function present(db: Db, municipalityId: string) {
  return listOrganisation(db, { municipalityId, asOf: '9999-12-31', includeEnded: true });
}

async function presentDivision(db: Db, municipalityId: string, id: string): Promise<Division> {
  return (await present(db, municipalityId)).divisions.find((d) => d.id === id)!;
}

async function presentDepartment(db: Db, municipalityId: string, id: string): Promise<Department> {
  return (await present(db, municipalityId)).departments.find((d) => d.id === id)!;
}

export async function createDivision({ db, auth, request }: Change<CreateDivisionRequest>): Promise<Division> {
  return db.transaction().execute(async (trx) => {
    const row = await insertDivision(trx, { municipalityId: auth.municipalityId, ...request });
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'created',
      entityType: 'division',
      entityId: row.id,
      after: request,
    });
    return presentDivision(trx, auth.municipalityId, row.id);
  });
}

export async function editDivision({ db, auth, request, id }: Change<UpdateDivisionRequest> & { id: string }) {
  return db.transaction().execute(async (trx) => {
    const [before] = await findDivisions(trx, auth.municipalityId, [id]);
    if (!before) throw notFound('部');
    if (request.validTo !== null && request.validTo < before.valid_from) throw validityError();
    const row = await updateDivision(trx, { municipalityId: auth.municipalityId, id, ...request });
    if (!row) throw editConflict();
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'updated',
      entityType: 'division',
      entityId: id,
      before: { name: before.name, validTo: before.valid_to },
      after: { name: row.name, validTo: row.valid_to },
    });
    return presentDivision(trx, auth.municipalityId, id);
  });
}

async function requireDivisionOn(db: Db, municipalityId: string, divisionId: string, date: string) {
  const [division] = await findDivisions(db, municipalityId, [divisionId]);
  if (!division) throw notFound('部');
  if (division.valid_from > date || (division.valid_to !== null && division.valid_to < date)) {
    throw new AppError(422, 'invalid_date', '選んだ部は、その日付には存在しません。');
  }
}

export async function createDepartment({ db, auth, request }: Change<CreateDepartmentRequest>): Promise<Department> {
  return db.transaction().execute(async (trx) => {
    await requireDivisionOn(trx, auth.municipalityId, request.divisionId, request.validFrom);
    const row = await insertDepartment(trx, { municipalityId: auth.municipalityId, ...request });
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'created',
      entityType: 'department',
      entityId: row.id,
      after: request,
    });
    return presentDepartment(trx, auth.municipalityId, row.id);
  });
}

export async function editDepartment({ db, auth, request, id }: Change<UpdateDepartmentRequest> & { id: string }) {
  return db.transaction().execute(async (trx) => {
    const [before] = await findDepartments(trx, auth.municipalityId, [id]);
    if (!before) throw notFound('組織');
    if (request.validTo !== null && request.validTo < before.valid_from) throw validityError();
    if (request.divisionId !== before.division_id) {
      await requireDivisionOn(trx, auth.municipalityId, request.divisionId, before.valid_from);
    }
    const row = await updateDepartment(trx, { municipalityId: auth.municipalityId, id, ...request });
    if (!row) throw editConflict();
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'updated',
      entityType: 'department',
      entityId: id,
      before: { name: before.name, divisionId: before.division_id, validTo: before.valid_to },
      after: { name: row.name, divisionId: row.division_id, validTo: row.valid_to },
    });
    return presentDepartment(trx, auth.municipalityId, id);
  });
}

/** Which of `ids` are departments of the municipality in force on `date` (for role grants and, later, plans). */
export const departmentsInForce = (db: Db, options: { municipalityId: string; ids: string[]; date: string }) =>
  findDepartmentIdsInForce(db, options.municipalityId, options.ids, options.date);
