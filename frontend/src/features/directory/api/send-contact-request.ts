import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads, Sends } from '@/lib/api-contract';

export const contactRequestSchema = z.object({
  id: z.string(),
  businessId: z.string(),
  businessName: z.string(),
  senderName: z.string(),
  senderCountryCode: z.nullish(z.string()),
  /** Null until the business replied. */
  senderEmail: z.nullish(z.string()),
  message: z.string(),
  createdAt: z.string(),
  reply: z.nullish(z.string()),
  repliedAt: z.nullish(z.string()),
});
export type ContactRequest = z.infer<typeof contactRequestSchema>;
true satisfies Reads<'ContactRequestDto', z.output<typeof contactRequestSchema>>;

export type ContactMessage = { message: string };
true satisfies Sends<'ContactRequest', ContactMessage>;

export const contactRequestsQueryKey = ['directory', 'contact-requests'] as const;

/** 409 directory.own-listing, 429 directory.too-many-contacts (10 a day). */
export const sendContactRequest = ({ businessId, message }: { businessId: string; message: string }) =>
  api.post(`/api/directory/${encodeURIComponent(businessId)}/contact`, { message } satisfies ContactMessage, contactRequestSchema);

export function useSendContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendContactRequest, onSuccess: () => void queryClient.invalidateQueries({ queryKey: contactRequestsQueryKey }) });
}
