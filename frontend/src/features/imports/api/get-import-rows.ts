import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { ROW_OUTCOMES } from './get-import';
import type { Reads } from '@/lib/api-contract';

export const importErrorSchema = z.object({
  row: z.number(),
  column: z.string(),
  /** The server's English explanation, kept as detail under the translated messageKey. */
  message: z.string(),
  messageKey: z.string(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const importRowSchema = z.object({
  /** Line in the file; the header is line 1. */
  row: z.number(),
  email: z.nullish(z.string()),
  name: z.nullish(z.string()),
  countryCode: z.nullish(z.string()),
  gender: z.nullish(z.string()),
  outcome: z.enum(ROW_OUTCOMES),
  errors: z.array(importErrorSchema),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importRowPageSchema = z.object({
  items: z.array(importRowSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
export type ImportRowPage = z.infer<typeof importRowPageSchema>;
true satisfies Reads<'ImportErrorDto', z.output<typeof importErrorSchema>>;
true satisfies Reads<'ImportRowDto', z.output<typeof importRowSchema>>;
true satisfies Reads<'PageDto_ImportRowDto_', z.output<typeof importRowPageSchema>>;

export const IMPORT_ROWS_PAGE_SIZE = 50;

export type ImportRowsSearch = { invalidOnly: boolean; page: number };

export const getImportRows = (importId: string, { invalidOnly, page }: ImportRowsSearch, signal?: AbortSignal) =>
  api.get(`/api/imports/${encodeURIComponent(importId)}/rows`, importRowPageSchema, {
    query: { invalidOnly, page, size: IMPORT_ROWS_PAGE_SIZE },
    signal,
  });

export const getImportRowsQueryOptions = (importId: string, search: ImportRowsSearch) =>
  queryOptions({
    queryKey: ['imports', importId, 'rows', search],
    queryFn: ({ signal }) => getImportRows(importId, search, signal),
    // The rows of an upload never change; the next page replaces this one without a blank.
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

export const useImportRows = (importId: string, search: ImportRowsSearch) => useQuery(getImportRowsQueryOptions(importId, search));
