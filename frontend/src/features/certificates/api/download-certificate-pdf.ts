import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** The PDF needs the bearer token, so it is fetched like any call, then handed to the browser as a file. */
export async function downloadCertificatePdf(code: string) {
  const blob = await apiRequest<Blob>(`/api/certificates/${encodeURIComponent(code)}/pdf`, {
    headers: { Accept: 'application/pdf, application/problem+json' },
    responseType: 'blob',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `certificate-${code}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const useDownloadCertificatePdf = () => useMutation({ mutationFn: downloadCertificatePdf });
