import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { contactRequestSchema, contactRequestsQueryKey, type ContactMessage } from './send-contact-request';

/** Received by her business, or (sent) the ones she sent. */
export const getContactRequests = (sent: boolean, signal?: AbortSignal) =>
  api.get('/api/me/contact-requests', z.array(contactRequestSchema), { query: { sent: sent || undefined }, signal });

export const getContactRequestsQueryOptions = (sent: boolean) =>
  queryOptions({ queryKey: [...contactRequestsQueryKey, sent ? 'sent' : 'received'], queryFn: ({ signal }) => getContactRequests(sent, signal) });

export const useContactRequests = (sent: boolean) => useQuery(getContactRequestsQueryOptions(sent));

/** Answers with the request, now carrying the sender's e-mail; 409 directory.already-replied. */
export const replyToContactRequest = ({ id, message }: { id: string; message: string }) =>
  api.post(`/api/contact-requests/${encodeURIComponent(id)}/reply`, { message } satisfies ContactMessage, contactRequestSchema);

export function useReplyToContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: replyToContactRequest, onSuccess: () => void queryClient.invalidateQueries({ queryKey: contactRequestsQueryKey }) });
}
