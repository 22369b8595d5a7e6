import type { ReportDrillDownQuerySchema, ReportListItem, RoundDashboard, TargetTrajectory } from '@gyokaku/contracts';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, withQuery } from '../../../lib/api-client';
import { reportsKey } from './use-report-rounds';

export type DrillDownQuery = z.input<typeof ReportDrillDownQuerySchema>;

export function useRoundDashboard(id: string) {
  return useQuery({
    queryKey: [...reportsKey, 'dashboard', id],
    queryFn: () => api.get<RoundDashboard>(`/report-rounds/${encodeURIComponent(id)}/dashboard`),
  });
}

/** The reports behind one figure of the dashboard, counted by the server's own rules. */
export function useDrillDown(id: string, query: DrillDownQuery) {
  return useQuery({
    queryKey: [...reportsKey, 'drill-down', id, query],
    queryFn: () => api.get<{ items: ReportListItem[] }>(withQuery(`/report-rounds/${encodeURIComponent(id)}/reports`, { ...query })),
  });
}

/** Each numerical target of a plan, year by year: the value set against the actual reported. */
export function usePlanTrajectory(planId: string) {
  return useQuery({
    queryKey: [...reportsKey, 'trajectory', planId],
    queryFn: () => api.get<TargetTrajectory>(`/plans/${encodeURIComponent(planId)}/trajectory`),
    enabled: planId !== '',
  });
}
