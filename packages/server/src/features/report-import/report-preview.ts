import type { ReportColumnMapping } from '@gyokaku/contracts';
import { normalizePlanNumber } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { loadImportContext, type ImportContext } from '../plan-import/import-context.js';
import { headedSheet, readColumns, type ImportColumn } from '../plan-import/rows-columns.js';
import { loadWorkbook } from '../plan-import/workbook-file.js';
import { reportablePlanIds } from '../report/imported-round.js';
import { indicatorColumns, indicatorKey, suggestReportMapping } from './report-columns.js';
import type { StoredReportPreview } from './report-import.repository.js';
import { parseReportRows } from './report-rows-parse.js';

type Db = Kysely<Database>;

export interface ReadSheet {
  context: ImportContext;
  columns: ImportColumn[];
  mapping: ReportColumnMapping;
  preview: StoredReportPreview;
}

const NO_HEADER = '見出しの行が見つかりません。1行目（またはその近く）に「番号」「進捗状況」「自己評価」などの見出しを入れてください。';

/**
 * Reads a round's sheet against the outline as it is now: its columns, the mapping (the one
 * suggested by the headings unless given), every row matched to its plan and checked, and the
 * plans due to report that year that no row names. Nothing is written.
 */
export async function readReportSheet(
  db: Db,
  options: { auth: Auth; outlineId: string; fiscalYear: number; file: Buffer; mapping?: ReportColumnMapping },
): Promise<ReadSheet> {
  const { auth, fiscalYear } = options;
  const context = await loadImportContext(db, auth, options.outlineId);
  const { sheet, headerRow } = headedSheet(await loadWorkbook(options.file), NO_HEADER);
  const columns = readColumns(sheet, headerRow);
  const plans = [...context.plans.values()];
  const indicators = new Set(plans.flatMap((plan) => plan.sheet.targets.map((target) => indicatorKey(target.indicator))).filter(Boolean));
  const suggestedMapping = suggestReportMapping(columns, indicators);
  const mapping = options.mapping ?? suggestedMapping;
  const reportable = new Set(
    await reportablePlanIds(db, {
      municipalityId: auth.municipalityId,
      outlineId: context.outline.id,
      fiscalYear,
      cancelledCodes: context.municipality.settings.cancelledStatusCodes,
    }),
  );
  const byIndicator = indicatorColumns(columns, mapping, indicators);
  const items = parseReportRows(sheet, {
    headerRow,
    mapping,
    columns,
    indicatorColumns: byIndicator,
    context: {
      fiscalYear,
      settings: context.municipality.settings,
      plansByNumber: new Map(plans.map((plan) => [normalizePlanNumber(plan.sheet.number), { id: plan.id, sheet: plan.sheet }])),
      reportable,
    },
  });
  const listed = new Set(items.map((item) => item.planId));
  const notInSheet = plans
    .filter((plan) => reportable.has(plan.id) && !listed.has(plan.id))
    .map((plan) => ({ planId: plan.id, number: plan.sheet.number, title: plan.sheet.title }));
  return { context, columns, mapping, preview: { sheet: sheet.name, suggestedMapping, indicatorColumns: byIndicator, items, notInSheet } };
}
