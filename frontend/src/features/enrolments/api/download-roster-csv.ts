import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { EnrolmentStatus } from './get-my-enrolments';

/** The CSV needs the bearer token, so it is fetched like any call, then handed to the browser as a file. */
export async function downloadRosterCsv(activityId: string, status?: EnrolmentStatus) {
  const text = await apiRequest<string>(`/api/activities/${encodeURIComponent(activityId)}/enrolments.csv`, {
    query: { status },
    headers: { Accept: 'text/csv, application/problem+json' },
    responseType: 'text',
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `enrolments-${activityId}${status ? `-${status.toLowerCase()}` : ''}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const useDownloadRosterCsv = (activityId: string) =>
  useMutation({ mutationFn: (status?: EnrolmentStatus) => downloadRosterCsv(activityId, status) });
