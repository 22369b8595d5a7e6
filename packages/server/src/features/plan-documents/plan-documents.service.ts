import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DocumentMunicipality, DocumentOutline, DocumentPlan } from '../../documents/document-inputs.js';
import type { Auth } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { presentOutlineDetail } from '../outline/outline-detail.js';
import { readPlan } from '../plan/plan-read.js';
import { listOutlinePlansForDocuments } from './plan-documents.repository.js';

type Db = Kysely<Database>;

async function municipalityOf(db: Db, auth: Auth): Promise<DocumentMunicipality> {
  const municipality = await findMunicipality(db, auth.municipalityId);
  if (!municipality) throw notFound('自治体');
  return municipality;
}

/** One plan with its outline: read exactly as the plan screen reads it (404 outside the municipality). */
export async function loadPlanSheet({ db, auth, planId }: { db: Db; auth: Auth; planId: string }): Promise<{
  plan: DocumentPlan;
  outline: DocumentOutline;
  municipality: DocumentMunicipality;
}> {
  const plan = await readPlan(db, auth, planId);
  const [outline, municipality] = await Promise.all([
    presentOutlineDetail(db, auth.municipalityId, plan.outlineId),
    municipalityOf(db, auth),
  ]);
  return { plan, outline, municipality };
}

/** An outline with all its plans, for the booklet, the workbook and the CSV. */
export async function loadOutlinePlans({ db, auth, outlineId }: { db: Db; auth: Auth; outlineId: string }): Promise<{
  outline: DocumentOutline;
  plans: DocumentPlan[];
  municipality: DocumentMunicipality;
}> {
  const outline = await presentOutlineDetail(db, auth.municipalityId, outlineId);
  const [plans, municipality] = await Promise.all([
    listOutlinePlansForDocuments(db, { municipalityId: auth.municipalityId, outlineId: outline.id }),
    municipalityOf(db, auth),
  ]);
  return { outline, plans, municipality };
}
