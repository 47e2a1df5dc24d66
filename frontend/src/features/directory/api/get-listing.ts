import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { ApiError } from '@/lib/problem';

export const SEEKING = ['PARTNERS', 'SUPPLIERS', 'EXPORT_MARKETS', 'CUSTOMERS', 'INVESTORS', 'MENTORS'] as const;
export const CONTACT_FIELDS = ['EMAIL', 'PHONE', 'WEBSITE', 'MARKETPLACES'] as const;
/** Languages a business can say it works in; the names come from the browser (Intl.DisplayNames). */
export const LISTING_LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt', 'sw', 'zh', 'ru', 'hi', 'bn'] as const;
export type Seeking = (typeof SEEKING)[number];
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const listingSchema = z.object({
  published: z.boolean(),
  businessName: z.string(),
  sector: z.nullish(z.string()),
  countryCode: z.nullish(z.string()),
  languages: z.array(z.string()),
  website: z.nullish(z.string()),
  marketplaces: z.array(z.string()),
  offers: z.nullish(z.string()),
  seeks: z.array(z.enum(SEEKING)),
  womenLed: z.boolean(),
  contactEmail: z.nullish(z.string()),
  contactPhone: z.nullish(z.string()),
  shown: z.array(z.enum(CONTACT_FIELDS)),
  /** Where the directory serves her logo; null without one. */
  logoUrl: z.nullish(z.string()),
});
export type Listing = z.infer<typeof listingSchema>;
true satisfies Reads<'ListingDto', z.output<typeof listingSchema>>;

export const listingQueryKey = ['directory', 'listing'] as const;

/** Her listing, or null before she wrote one (404). */
export const getListing = async (signal?: AbortSignal): Promise<Listing | null> => {
  try {
    return await api.get('/api/me/listing', listingSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
};

export const getListingQueryOptions = () => queryOptions({ queryKey: listingQueryKey, queryFn: ({ signal }) => getListing(signal) });

export const useListing = () => useQuery(getListingQueryOptions());
