import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { optionalText, requiredText } from '@/lib/validation';
import { organisationSchema, organisationsQueryKey, type Organisation } from './get-organisations';
import type { Sends } from '@/lib/api-contract';

/** The API's rule for a website, so the form says it before sending. */
const WEB_ADDRESS = /^https?:\/\/\S+$/;

export const createOrganisationInputSchema = z.object({
  name: requiredText(200),
  acronym: optionalText(30),
  website: z.pipe(
    optionalText(300),
    z.nullable(z.string().check(z.regex(WEB_ADDRESS, { error: 'validation.url' }))),
  ),
});
export type CreateOrganisationValues = z.input<typeof createOrganisationInputSchema>;
export type CreateOrganisationInput = z.output<typeof createOrganisationInputSchema>;
true satisfies Sends<'CreateOrganisationRequest', CreateOrganisationInput>;

/** 409 organisation.name-taken on field name when another has that name. */
export const createOrganisation = (input: CreateOrganisationInput) => api.post('/api/organisations', input, organisationSchema);

export function useCreateOrganisation({ onSuccess }: { onSuccess?: (organisation: Organisation) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: (organisation) => {
      queryClient.setQueryData<Organisation[]>(organisationsQueryKey, (list) => (list ? [...list, organisation] : list));
      void queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      onSuccess?.(organisation);
    },
  });
}
