import type { ProgressReport } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportsKey } from './use-report-rounds';

export const reportKey = (id: string) => [...reportsKey, 'report', id] as const;

export const fetchReport = (id: string) => api.get<ProgressReport>(`/reports/${encodeURIComponent(id)}`);

export function useReport(id: string) {
  return useQuery({ queryKey: reportKey(id), queryFn: () => fetchReport(id) });
}
