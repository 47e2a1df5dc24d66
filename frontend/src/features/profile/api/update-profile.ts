import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { BUSINESS_STAGES, GENDERS, meQueryKey, meSchema, SALES_CHANNELS } from '@/lib/auth';
import { optionalText } from '@/lib/validation';
import type { Sends } from '@/lib/api-contract';

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.pipe(
    z.union([z.literal(''), z.enum(values)]),
    z.transform((value) => (value === '' ? null : (value as T[number]))),
  );

/** "" = not said, as a select with a blank first option reports it. */
const optionalBoolean = z.pipe(
  z.enum(['', 'true', 'false']),
  z.transform((value) => (value === '' ? null : value === 'true')),
);

/** What the form holds (strings, as inputs give them) and what the API gets (typed, nulls for blanks). */
export const profileInputSchema = z.object({
  countryCode: z.pipe(
    z.string().check(z.regex(/^([A-Z]{2})?$/, { error: 'validation.unknown-country' })),
    z.transform((value: string) => (value === '' ? null : value)),
  ),
  gender: optionalEnum(GENDERS),
  businessName: optionalText(200),
  sector: optionalText(100),
  businessStage: optionalEnum(BUSINESS_STAGES),
  womenLed: optionalBoolean,
  womenOwned: optionalBoolean,
  employees: z.pipe(
    z.string().check(z.trim(), z.regex(/^\d{0,7}$/, { error: 'validation.out-of-range' })),
    z.transform((value: string) => (value === '' ? null : Number(value))),
  ),
  onlineSalesChannels: z.array(z.enum(SALES_CHANNELS)),
  exporting: optionalBoolean,
});
export type ProfileFormValues = z.input<typeof profileInputSchema>;
export type UpdateProfileInput = z.output<typeof profileInputSchema>;
true satisfies Sends<'ProfileDto', UpdateProfileInput>;

export const updateProfile = (input: UpdateProfileInput) => api.put('/api/me/profile', input, meSchema);

export function useUpdateProfile({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      onSuccess?.();
    },
  });
}
