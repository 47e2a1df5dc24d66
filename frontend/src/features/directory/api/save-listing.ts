import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { listingQueryKey, listingSchema, type ContactField, type Seeking } from './get-listing';

export type ListingInput = {
  /** Her consent to appear in the directory; false withdraws the listing at once. */
  published: boolean;
  businessName: string;
  sector: string | null;
  /** null: the country of her profile. */
  countryCode: string | null;
  languages: string[];
  website: string | null;
  marketplaces: string[];
  offers: string | null;
  seeks: Seeking[];
  womenLed: boolean;
  contactEmail: string | null;
  contactPhone: string | null;
  shown: ContactField[];
};
true satisfies Sends<'ListingRequest', ListingInput>;

/** 400 with field errors ("website", "languages[0]"...). */
export const saveListing = (input: ListingInput) => api.put('/api/me/listing', input, listingSchema);

export const deleteListing = () => api.delete('/api/me/listing');

export function useSaveListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveListing,
    onSuccess: (listing) => {
      queryClient.setQueryData(listingQueryKey, listing);
      void queryClient.invalidateQueries({ queryKey: ['directory', 'search'] });
    },
  });
}

export function useDeleteListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteListing,
    onSuccess: () => {
      queryClient.setQueryData(listingQueryKey, null);
      void queryClient.invalidateQueries({ queryKey: ['directory', 'search'] });
    },
  });
}
