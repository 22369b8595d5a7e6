import type {
  ChangeOutlineStatusRequest,
  CreateOutlineRequest,
  ExtendPeriodRequest,
  OutlineDetailResponse,
  UpdateOutlineRequest,
} from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/**
 * Every change to an outline redraws the list and the detail; so does a failure, because an edit
 * conflict means our copy is outdated.
 */
function useOutlineMutation<TVariables>(mutationFn: (variables: TVariables) => Promise<OutlineDetailResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['outlines'] }),
  });
}

export function useCreateOutline() {
  return useOutlineMutation((request: CreateOutlineRequest) => api.post<OutlineDetailResponse>('/outlines', request));
}

export function useUpdateOutline() {
  return useOutlineMutation(({ id, ...request }: UpdateOutlineRequest & { id: string }) =>
    api.patch<OutlineDetailResponse>(`/outlines/${id}`, request),
  );
}

export function useChangeOutlineStatus() {
  return useOutlineMutation(({ id, ...request }: ChangeOutlineStatusRequest & { id: string }) =>
    api.post<OutlineDetailResponse>(`/outlines/${id}/status`, request),
  );
}

export function useExtendOutline() {
  return useOutlineMutation(({ id, ...request }: ExtendPeriodRequest & { id: string }) =>
    api.post<OutlineDetailResponse>(`/outlines/${id}/extend`, request),
  );
}
