import type {
  CreateDepartmentRequest,
  CreateDivisionRequest,
  Department,
  Division,
  UpdateDepartmentRequest,
  UpdateDivisionRequest,
} from '@gyokaku/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { organisationKey } from './use-organisation';

/**
 * Any change to divisions or departments redraws every cached view of the organisation; so does
 * a failure, because an edit conflict means our copy is outdated.
 */
function useOrganisationMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: organisationKey }),
  });
}

export function useCreateDivision() {
  return useOrganisationMutation((request: CreateDivisionRequest) => api.post<Division>('/divisions', request));
}

export function useUpdateDivision() {
  return useOrganisationMutation(({ id, ...request }: UpdateDivisionRequest & { id: string }) =>
    api.patch<Division>(`/divisions/${id}`, request),
  );
}

export function useCreateDepartment() {
  return useOrganisationMutation((request: CreateDepartmentRequest) => api.post<Department>('/departments', request));
}

export function useUpdateDepartment() {
  return useOrganisationMutation(({ id, ...request }: UpdateDepartmentRequest & { id: string }) =>
    api.patch<Department>(`/departments/${id}`, request),
  );
}
