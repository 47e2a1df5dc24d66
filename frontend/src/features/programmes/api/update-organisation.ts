import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateOrganisationInput } from './create-organisation';
import { organisationSchema, organisationsQueryKey, type Organisation } from './get-organisations';
import { programmesQueryKey } from './get-programmes';

/** Same body as creating one. 409 organisation.name-taken on field name when another has that name. */
export const updateOrganisation = ({ id, input }: { id: string; input: CreateOrganisationInput }) =>
  api.put(`/api/organisations/${encodeURIComponent(id)}`, input, organisationSchema);

export function useUpdateOrganisation(id: string, { onSuccess }: { onSuccess?: (organisation: Organisation) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrganisationInput) => updateOrganisation({ id, input }),
    onSuccess: (organisation) => {
      queryClient.setQueryData<Organisation[]>(organisationsQueryKey, (list) => list?.map((each) => (each.id === organisation.id ? organisation : each)));
      void queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      // Programmes carry their partners.
      void queryClient.invalidateQueries({ queryKey: programmesQueryKey });
      onSuccess?.(organisation);
    },
  });
}
