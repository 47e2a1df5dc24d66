import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { SEEKING, type Seeking } from './get-listing';

export const directoryEntrySchema = z.object({
  id: z.string(),
  businessName: z.string(),
  sector: z.nullish(z.string()),
  countryCode: z.nullish(z.string()),
  countryName: z.nullish(z.string()),
  languages: z.array(z.string()),
  offers: z.nullish(z.string()),
  seeks: z.array(z.enum(SEEKING)),
  womenLed: z.boolean(),
  /** The contact details are null unless the owner chose to show them. */
  website: z.nullish(z.string()),
  marketplaces: z.nullish(z.array(z.string())),
  contactEmail: z.nullish(z.string()),
  contactPhone: z.nullish(z.string()),
  /** Her own business: no contact form for it. */
  mine: z.boolean(),
  logoUrl: z.nullish(z.string()),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
true satisfies Reads<'DirectoryEntryDto', z.output<typeof directoryEntrySchema>>;

export const directoryPageSchema = z.object({
  items: z.array(directoryEntrySchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
true satisfies Reads<'PageDto_DirectoryEntryDto_', z.output<typeof directoryPageSchema>>;

export type DirectorySearch = {
  q?: string;
  sector?: string;
  country?: string;
  /** M49 region or sub-region code. */
  region?: string;
  womenLed?: boolean;
  seeks?: Seeking;
  page?: number;
};

export const DIRECTORY_PAGE_SIZE = 20;

/** Reads the search from the page's URL; a value the API cannot use is left out. */
export function directorySearchFromParams(params: URLSearchParams): DirectorySearch {
  const text = (key: string) => params.get(key)?.trim().slice(0, 200) || undefined;
  const country = params.get('country') ?? '';
  const region = params.get('region') ?? '';
  const seeks = params.get('seeks') ?? '';
  const page = Number(params.get('page'));
  return {
    q: text('q'),
    sector: text('sector'),
    country: /^[A-Z]{2}$/.test(country) ? country : undefined,
    region: /^\d{3}$/.test(region) ? region : undefined,
    womenLed: params.get('womenLed') === 'true' || undefined,
    seeks: (SEEKING as readonly string[]).includes(seeks) ? (seeks as Seeking) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : undefined,
  };
}

export const searchDirectory = (search: DirectorySearch, signal?: AbortSignal) =>
  api.get('/api/directory', directoryPageSchema, { query: { ...search, page: search.page ?? 0, size: DIRECTORY_PAGE_SIZE }, signal });

export const searchDirectoryQueryOptions = (search: DirectorySearch) =>
  queryOptions({ queryKey: ['directory', 'search', search], queryFn: ({ signal }) => searchDirectory(search, signal), placeholderData: keepPreviousData });

export const useDirectorySearch = (search: DirectorySearch) => useQuery(searchDirectoryQueryOptions(search));
