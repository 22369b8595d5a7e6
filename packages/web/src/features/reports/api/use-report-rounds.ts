import type { ReportRound, ReportRoundListResponse } from '@gyokaku/contracts';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';

/** Everything about reporting rounds, reports and their figures lives under one key: a saved report changes all of it. */
export const reportsKey = ['reports'] as const;

const roundKey = (id: string) => [...reportsKey, 'round', id] as const;
const fetchRound = (id: string) => api.get<ReportRound>(`/report-rounds/${encodeURIComponent(id)}`);

/** Rounds the user may see, newest first (departments: those with a report of theirs), optionally of one outline. */
export function useReportRounds(outlineId?: string) {
  return useQuery({
    queryKey: [...reportsKey, 'rounds', outlineId ?? 'all'],
    queryFn: () => api.get<ReportRoundListResponse>(withQuery('/report-rounds', { outlineId })),
  });
}

/** One round with its reports (departments: their own only). */
export function useReportRound(id: string) {
  return useQuery({ queryKey: roundKey(id), queryFn: () => fetchRound(id) });
}

/** Several rounds at once, for the home page's list of reports still to be filled in. */
export function useReportRoundDetails(ids: readonly string[]) {
  return useQueries({ queries: ids.map((id) => ({ queryKey: roundKey(id), queryFn: () => fetchRound(id) })) });
}
