import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, storeTokens, tokenResponseSchema } from '@/lib/api-client';
import { ApiError } from '@/lib/problem';
import { newPasswordField } from '@/lib/validation';
import type { Sends } from '@/lib/api-contract';

export const acceptInvitationInputSchema = z
  .object({
    password: newPasswordField(),
    confirmation: z.string(),
  })
  .check(z.refine((value) => value.password === value.confirmation, { error: 'validation.password-mismatch', path: ['confirmation'] }));
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInputSchema>;

export type AcceptInvitationRequest = { token: string; password: string };
true satisfies Sends<'AcceptInvitationRequest', AcceptInvitationRequest>;

/** Sets the password of an account created for her (by an import) and signs her in: the answer is a login's. */
export const acceptInvitation = (request: AcceptInvitationRequest) =>
  api.post('/api/auth/invitations/accept', request, tokenResponseSchema, { auth: false });

/** The link's token is unknown, expired or already used: no password will make it work. */
export const isInvitationInvalid = (error: unknown) =>
  error instanceof ApiError && error.fieldErrors.some((fieldError) => fieldError.messageKey === 'auth.invitation-invalid');

export function useAcceptInvitation(token: string, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => acceptInvitation({ token, password }),
    onSuccess: (tokens) => {
      // As at sign-in: whoever used this device before, forget what she saw.
      queryClient.clear();
      storeTokens(tokens);
      onSuccess?.();
    },
  });
}
