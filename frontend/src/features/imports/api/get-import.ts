import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

export const IMPORT_STATUSES = ['CHECKED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What a row of the file does once the import runs, in the order the summary tells them. */
export const ROW_OUTCOMES = [
  'NEW_ACCOUNT_ENROLLED',
  'NEW_ACCOUNT_WAITLISTED',
  'EXISTING_ACCOUNT_ENROLLED',
  'EXISTING_ACCOUNT_WAITLISTED',
  'ALREADY_ENROLLED',
  'INVALID',
] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

export const importSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  fileName: z.string(),
  /** "UTF-8", "UTF-8 (BOM)", "Windows-1252" or "XLSX": shown as the server names it. */
  encoding: z.string(),
  status: z.enum(IMPORT_STATUSES),
  /** Rows of data, the header not counted. */
  rows: z.number(),
  valid: z.number(),
  invalid: z.number(),
  /** Rows written so far, of `valid`, while RUNNING. */
  processed: z.number(),
  /** Outcomes no row has are left out. */
  outcomes: z.partialRecord(z.enum(ROW_OUTCOMES), z.number()),
  ignoredColumns: z.array(z.string()),
  /** Why a FAILED import stopped, in the server's words. */
  failure: z.nullish(z.string()),
  createdAt: z.string(),
  finishedAt: z.nullish(z.string()),
});
export type Import = z.infer<typeof importSchema>;
true satisfies Reads<'ImportDto', z.output<typeof importSchema>>;

export const importQueryKey = (importId: string) => ['imports', importId] as const;

export const getImport = (importId: string, signal?: AbortSignal) =>
  api.get(`/api/imports/${encodeURIComponent(importId)}`, importSchema, { signal });

/** How often a running import is asked how far it got. */
export const POLL_MS = 1000;

export const getImportQueryOptions = (importId: string) =>
  queryOptions({
    queryKey: importQueryKey(importId),
    queryFn: ({ signal }) => getImport(importId, signal),
    // A running import is polled until it ends, also after a reload: the URL holds its id.
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? POLL_MS : false),
    staleTime: 0,
  });

export const useImport = (importId: string) => useQuery(getImportQueryOptions(importId));
