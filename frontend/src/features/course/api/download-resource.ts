import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Resource } from './get-course';

/** The file needs the bearer token, so it is fetched like any call, then handed to the browser as a file. */
export async function downloadResource(resource: Resource) {
  const blob = await apiRequest<Blob>(`/api/resources/${encodeURIComponent(resource.id)}`, {
    // The server declares files as octet-stream whatever their type, and refuses a narrower Accept (406).
    headers: { Accept: 'application/octet-stream, application/problem+json' },
    responseType: 'blob',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = resource.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const useDownloadResource = () => useMutation({ mutationFn: downloadResource });
