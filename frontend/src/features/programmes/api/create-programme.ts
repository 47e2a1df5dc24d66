import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { optionalText, requiredText } from '@/lib/validation';
import { programmeSchema, programmesQueryKey, type Programme } from './get-programmes';
import type { Sends } from '@/lib/api-contract';

const plainDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.required' }));

export const createProgrammeInputSchema = z
  .object({
    name: requiredText(200),
    description: optionalText(4000),
    startDate: plainDate(),
    endDate: plainDate(),
    leadOrganisation: optionalText(200),
    /** Partner organisations, by id. */
    partnerIds: z.array(z.string()),
  })
  .check(
    z.refine((value) => value.endDate >= value.startDate, { error: 'validation.date-order', path: ['endDate'] }),
  );
export type CreateProgrammeValues = z.input<typeof createProgrammeInputSchema>;
export type CreateProgrammeInput = z.output<typeof createProgrammeInputSchema>;
true satisfies Sends<'CreateProgrammeRequest', CreateProgrammeInput>;

export const createProgramme = (input: CreateProgrammeInput) => api.post('/api/programmes', input, programmeSchema);

export function useCreateProgramme({ onSuccess }: { onSuccess?: (programme: Programme) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: (programme) => {
      void queryClient.invalidateQueries({ queryKey: programmesQueryKey });
      onSuccess?.(programme);
    },
  });
}
