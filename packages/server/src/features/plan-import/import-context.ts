import type { MunicipalitySettings, PlanSheet } from '@gyokaku/contracts';
import type { ProposalState } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { createSheetContext, type SheetContext } from '../../documents/plan-sheet-body.js';
import type { Auth } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { outlineForPlans, type OutlineForPlans } from '../outline/outline-for-plans.js';
import { listDepartments, listOutlinePlans, type ImportDepartment } from './plan-import.repository.js';

type Db = Kysely<Database>;

export interface ExistingPlan {
  id: string;
  version: number;
  sheet: PlanSheet;
  proposalState: ProposalState | null;
}

/** What writing and reading a workbook of one outline needs, loaded once per request. */
export interface ImportContext {
  municipality: { name: string; settings: MunicipalitySettings };
  outline: OutlineForPlans;
  /** Framework codes (`1-1-1`) and the municipality's year style, as the printed documents use them. */
  sheetContext: SheetContext;
  /** Every department the municipality ever had: plans may still name an ended one. */
  departments: ImportDepartment[];
  /** Every plan of the outline, by id: version and sheet read together, so a download never pairs a sheet with a newer version. */
  plans: Map<string, ExistingPlan>;
}

export async function loadImportContext(db: Db, auth: Auth, outlineId: string): Promise<ImportContext> {
  const { municipalityId } = auth;
  const [outline, municipality, departments, plans] = await Promise.all([
    outlineForPlans(db, { municipalityId, outlineId }),
    findMunicipality(db, municipalityId),
    listDepartments(db, municipalityId),
    listOutlinePlans(db, { municipalityId, outlineId }),
  ]);
  if (!outline || !municipality) throw notFound('行政改革大綱');
  return {
    municipality,
    outline,
    sheetContext: createSheetContext({ outline: { ...outline, theme: '', frameworkLevels: municipality.settings.frameworkLevels }, municipality }),
    departments,
    plans: new Map(plans.map((plan) => [plan.id, plan])),
  };
}
