import type { AuditLogResponse } from '@gyokaku/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';

interface AuditLogQuery {
  page: number;
  pageSize: number;
  entityType?: string | undefined;
}

export function useAuditLog(query: AuditLogQuery) {
  return useQuery({
    queryKey: ['audit-log', query],
    queryFn: () => api.get<AuditLogResponse>(withQuery('/audit-log', { ...query })),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
