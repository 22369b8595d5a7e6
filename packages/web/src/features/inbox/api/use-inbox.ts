import type { InboxCounts, InboxResponse, NotificationListResponse } from '@gyokaku/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client';

export const inboxKey = ['inbox'] as const;

// Modest polling: a task that lands while the user reads a page shows in the navigation within a minute.
const COUNTS_INTERVAL_MS = 60_000;

export function useInboxCounts() {
  return useQuery({
    queryKey: [...inboxKey, 'counts'],
    queryFn: () => api.get<InboxCounts>('/inbox/counts'),
    refetchInterval: COUNTS_INTERVAL_MS,
  });
}

export function useInboxTasks() {
  return useQuery({ queryKey: [...inboxKey, 'tasks'], queryFn: () => api.get<InboxResponse>('/inbox') });
}

export function useNotifications(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...inboxKey, 'notifications', page, pageSize],
    queryFn: () => api.get<NotificationListResponse>(withQuery('/notifications', { page, pageSize })),
    placeholderData: keepPreviousData,
  });
}

/** Marks the given notifications read, or all of them when `ids` is omitted. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[] | undefined) => api.post<{ unread: number }>('/notifications/read', ids ? { ids } : {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKey }),
  });
}
