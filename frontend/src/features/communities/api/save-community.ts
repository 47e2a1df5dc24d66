import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { optionalText, requiredText } from '@/lib/validation';
import { communitiesQueryKey, communitySchema, JOIN_POLICIES, type Community } from './get-communities';

export const communityInputSchema = z.object({
  name: requiredText(120),
  description: optionalText(2000),
  /** '' for none: the form's select; sent as null. */
  regionCode: z.pipe(
    z.string(),
    z.transform((value: string) => (value === '' ? null : value)),
  ),
  joinPolicy: z.enum(JOIN_POLICIES),
});
export type CommunityFormValues = z.input<typeof communityInputSchema>;
export type CommunityInput = z.output<typeof communityInputSchema>;
true satisfies Sends<'CommunityRequest', CommunityInput>;

export const createCommunity = (input: CommunityInput) => api.post('/api/communities', input, communitySchema);

/** 409 community.name-taken (field name); 400 on regionCode. Managers and administrators only. */
export function useCreateCommunity({ onSuccess }: { onSuccess?: (community: Community) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCommunity,
    onSuccess: (community) => {
      void queryClient.invalidateQueries({ queryKey: communitiesQueryKey });
      onSuccess?.(community);
    },
  });
}
