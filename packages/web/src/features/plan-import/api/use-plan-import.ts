import type { ColumnMapping, CommitPlanImportResponse, PlanImport, PlanImportFormat } from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';
import { plansKey } from '../../plans/api/use-plans';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import as the server holds it now; after a refused commit it names the plans that moved on. */
export const fetchPlanImport = (importId: string) => api.get<PlanImport>(`/plan-imports/${importId}`);

interface UploadRequest {
  file: File;
  format: PlanImportFormat;
}

/** Sends the workbook; the answer is a preview (or, for a row sheet, its columns to map). Nothing is saved yet. */
export function useUploadPlanImport(outlineId: string, callId: string | undefined) {
  return useMutation({
    mutationFn: ({ file, format }: UploadRequest) =>
      api.upload<PlanImport>(withQuery(`/outlines/${outlineId}/plan-imports`, { format, fileName: file.name, callId }), file, XLSX_TYPE),
  });
}

export function useSetColumnMapping() {
  return useMutation({
    mutationFn: ({ importId, mapping }: { importId: string; mapping: ColumnMapping }) =>
      api.put<PlanImport>(`/plan-imports/${importId}/mapping`, { mapping }),
  });
}

/** All or nothing on the server; afterwards every list, count and sheet of the outline may have changed. */
export function useCommitPlanImport(outlineId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => api.post<CommitPlanImportResponse>(`/plan-imports/${importId}/commit`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: plansKey }),
        queryClient.invalidateQueries({ queryKey: ['outlines', outlineId] }),
      ]),
  });
}
