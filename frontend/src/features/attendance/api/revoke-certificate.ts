import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads, Sends } from '@/lib/api-contract';
import { requiredText } from '@/lib/validation';
import { attendanceQueryKey } from './get-attendance-sheet';

/** Revoking a certificate always says why; the reason shows on its public verification page. */
export const revokeCertificateInputSchema = z.object({
  reason: requiredText(500),
});
export type RevokeCertificateInput = z.output<typeof revokeCertificateInputSchema>;
true satisfies Sends<'RevokeRequest', RevokeCertificateInput>;

/** The part of the certificate this feature reads back. */
const revokedCertificateSchema = z.object({
  code: z.string(),
  valid: z.boolean(),
  revokedAt: z.nullish(z.string()),
  revocationReason: z.nullish(z.string()),
});
true satisfies Reads<'CertificateDto', z.output<typeof revokedCertificateSchema>>;

export const revokeCertificate = ({ code, input }: { code: string; input: RevokeCertificateInput }) =>
  api.post(`/api/certificates/${encodeURIComponent(code)}/revoke`, input, revokedCertificateSchema);

/** Managers only; the completions are read again, where she no longer has a certificate. */
export function useRevokeCertificate(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCertificate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...attendanceQueryKey, 'activity', activityId, 'completions'] }),
  });
}
