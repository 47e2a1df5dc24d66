import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

export const certificateSchema = z.object({
  code: z.string(),
  valid: z.boolean(),
  holderName: z.string(),
  activityTitle: z.string(),
  programmeName: z.string(),
  /** Plain dates, YYYY-MM-DD. */
  startDate: z.string(),
  endDate: z.string(),
  issuedAt: z.string(),
  revokedAt: z.nullish(z.string()),
  revocationReason: z.nullish(z.string()),
  /** The public page that says whether it is valid (the certificate's QR code leads there). */
  verifyUrl: z.string(),
});
export type Certificate = z.infer<typeof certificateSchema>;
true satisfies Reads<'CertificateDto', z.output<typeof certificateSchema>>;

export const certificatesQueryKey = ['certificates'] as const;

/** Public: anyone holding the code may check it, signed in or not. */
export const getCertificate = (code: string, signal?: AbortSignal) =>
  api.get(`/api/certificates/${encodeURIComponent(code)}`, certificateSchema, { signal, auth: false });

export const getCertificateQueryOptions = (code: string) =>
  queryOptions({
    queryKey: [...certificatesQueryKey, 'code', code],
    queryFn: ({ signal }) => getCertificate(code, signal),
    retry: false,
  });

export const useCertificate = (code: string) => useQuery(getCertificateQueryOptions(code));
