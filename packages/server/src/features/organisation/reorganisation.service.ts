import { dayBefore, validateReorganisation } from '@gyokaku/domain';
import type { CreateReorganisationRequestSchema, Reorganisation } from '@gyokaku/contracts';
import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { handOverPlans } from '../plan/plan-handover.js';
import {
  endDepartments,
  findDepartments,
  findDivisions,
  insertDepartment,
  insertLinks,
  insertReorganisation,
  listReorganisations,
  moveDepartmentRoles,
} from './organisation.repository.js';

type Request = z.output<typeof CreateReorganisationRequestSchema>;

const invalid = (message: string) => new AppError(422, 'invalid_reorganisation', message);
const inForceOn = (row: { valid_from: string; valid_to: string | null }, date: string) =>
  row.valid_from <= date && (row.valid_to === null || row.valid_to >= date);

/**
 * Renames, merges or splits departments on a date: the old departments end the day before,
 * the new ones start on it, and lineage links let plans follow them to their successors.
 */
export async function reorganise(options: { db: Kysely<Database>; auth: Auth; request: Request }): Promise<Reorganisation> {
  const { db, auth, request } = options;
  validateReorganisation({
    kind: request.kind,
    fromIds: request.fromDepartmentIds,
    toNames: request.to.map((t) => t.name),
    effectiveDate: request.effectiveDate,
  });
  const primaries = request.kind === 'split' ? request.to.filter((t) => t.primary) : request.to;
  if (primaries.length !== 1) throw invalid('分割では、計画を引き継ぐ新しい組織を1つ選んでください。');
  const lastDay = dayBefore(request.effectiveDate);
  const { municipalityId } = auth;

  return db.transaction().execute(async (trx) => {
    const from = await findDepartments(trx, municipalityId, request.fromDepartmentIds);
    if (from.length !== request.fromDepartmentIds.length) throw invalid('改編前の組織が見つかりません。');
    // An old department must exist before the date and not have ended (nor been handed on) already.
    if (from.some((d) => d.valid_from > lastDay || d.valid_to !== null)) {
      throw new AppError(422, 'department_ended', '改編前の組織に、既に廃止・改編済みのもの、または施行日以降に設置されたものが含まれています。');
    }
    const divisionIds = [...new Set(request.to.map((t) => t.divisionId))];
    const divisions = await findDivisions(trx, municipalityId, divisionIds);
    if (divisions.length !== divisionIds.length || divisions.some((d) => !inForceOn(d, request.effectiveDate))) {
      throw invalid('改編後の部が見つからないか、施行日に存在しません。');
    }

    const reorganisation = await insertReorganisation(trx, { municipalityId, ...request });
    await endDepartments(trx, municipalityId, request.fromDepartmentIds, lastDay);
    const created: (Awaited<ReturnType<typeof insertDepartment>> & { primary: boolean })[] = [];
    for (const to of request.to) {
      const department = await insertDepartment(trx, {
        municipalityId,
        divisionId: to.divisionId,
        name: to.name,
        validFrom: request.effectiveDate,
        position: from[0]!.position,
      });
      created.push({ ...department, primary: primaries[0] === to });
    }
    await insertLinks(
      trx,
      from.flatMap((f) =>
        created.map((c) => ({
          municipalityId,
          reorganisationId: reorganisation.id,
          predecessorId: f.id,
          successorId: c.id,
          primary: c.primary,
        })),
      ),
    );
    const heir = created.find((c) => c.primary)!;
    await moveDepartmentRoles(trx, municipalityId, request.fromDepartmentIds, heir.id);
    const handedOver = await handOverPlans(trx, {
      municipalityId,
      actorId: auth.userId,
      fromDepartmentIds: request.fromDepartmentIds,
      toDepartmentId: heir.id,
      reason: `組織改編（${request.effectiveDate}施行）により${from.map((d) => d.name).join('・')}から${heir.name}へ引継ぎ`,
    });
    await recordAudit(trx, {
      municipalityId,
      actorId: auth.userId,
      action: 'reorganised',
      entityType: 'reorganisation',
      entityId: reorganisation.id,
      before: { departments: from.map((d) => ({ id: d.id, name: d.name, validTo: null })) },
      after: {
        kind: request.kind,
        effectiveDate: request.effectiveDate,
        endedOn: lastDay,
        departments: created.map((c) => ({ id: c.id, name: c.name, primary: c.primary })),
        note: request.note,
        plansHandedOver: handedOver,
      },
    });
    const all = await listReorganisations(trx, municipalityId);
    return all.find((r) => r.id === reorganisation.id)!;
  });
}
