import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { participationQuery, type ReportFilters, type ReportGroup } from './get-participation';

export type ExportFormat = 'csv' | 'xlsx';

const ACCEPT: Record<ExportFormat, string> = {
  csv: 'text/csv, application/problem+json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json',
};

export type ExportRequest = {
  format: ExportFormat;
  filters: ReportFilters;
  groupBy: ReportGroup;
  language: string;
  /** Hides the cells under 5 people, for figures shared outside the programme team. */
  suppressSmall: boolean;
};

/** The files need the bearer token, so they are fetched like any call, then handed to the browser as a file. */
export async function downloadParticipation({ format, filters, groupBy, language, suppressSmall }: ExportRequest) {
  const blob = await apiRequest<Blob>(`/api/reports/participation.${format}`, {
    query: { ...participationQuery(filters, groupBy, language), suppressSmall },
    headers: { Accept: ACCEPT[format] },
    responseType: 'blob',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `participation-by-${groupBy}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const useDownloadParticipation = () => useMutation({ mutationFn: downloadParticipation });
