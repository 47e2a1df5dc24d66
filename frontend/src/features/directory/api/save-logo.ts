import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import { listingQueryKey, listingSchema } from './get-listing';

/** The server's limit, checked here first to spare the upload; it also checks the image's bytes. */
export const MAX_LOGO_BYTES = 300 * 1024;
export const LOGO_ACCEPT = 'image/png,image/jpeg,image/webp';

/** The messageKey of what is wrong with the file before sending it, or null. */
export function logoFileError(file: File | undefined): string | null {
  if (!file) return 'validation.required';
  if (file.size > MAX_LOGO_BYTES) return 'directory.logo-too-large';
  if (!LOGO_ACCEPT.split(',').includes(file.type)) return 'directory.logo-type';
  return null;
}

export const saveLogo = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post('/api/me/listing/logo', form, listingSchema);
};

/** Answers with the listing, now without a logo. */
export const deleteLogo = () => apiRequest('/api/me/listing/logo', { method: 'DELETE' }, listingSchema);

function useLogoMutation<T>(mutationFn: (input: T) => ReturnType<typeof saveLogo>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (listing) => {
      queryClient.setQueryData(listingQueryKey, listing);
      void queryClient.invalidateQueries({ queryKey: ['directory', 'search'] });
    },
  });
}

export const useSaveLogo = () => useLogoMutation(saveLogo);
export const useDeleteLogo = () => useLogoMutation<void>(() => deleteLogo());
