import type {
  CreateFrameworkNodeRequest,
  FrameworkNode,
  MoveFrameworkNodeRequest,
  UpdateFrameworkNodeRequest,
} from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** A node change renumbers its siblings and their subtrees, so the whole outline is fetched again. */
function useFrameworkMutation<TVariables, TResult>(outlineId: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['outlines', outlineId] }),
  });
}

export function useAddFrameworkNode(outlineId: string) {
  return useFrameworkMutation(outlineId, (request: CreateFrameworkNodeRequest) =>
    api.post<FrameworkNode>(`/outlines/${outlineId}/nodes`, request),
  );
}

export function useRenameFrameworkNode(outlineId: string) {
  return useFrameworkMutation(outlineId, ({ id, ...request }: UpdateFrameworkNodeRequest & { id: string }) =>
    api.patch<FrameworkNode>(`/framework-nodes/${id}`, request),
  );
}

export function useMoveFrameworkNode(outlineId: string) {
  return useFrameworkMutation(outlineId, ({ id, ...request }: MoveFrameworkNodeRequest & { id: string }) =>
    api.post<FrameworkNode>(`/framework-nodes/${id}/move`, request),
  );
}

export function useDeleteFrameworkNode(outlineId: string) {
  return useFrameworkMutation(outlineId, (id: string) => api.delete<void>(`/framework-nodes/${id}`));
}
