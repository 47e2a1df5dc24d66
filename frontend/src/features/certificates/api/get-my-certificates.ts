import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { certificateSchema, certificatesQueryKey } from './get-certificate';

export const getMyCertificates = (signal?: AbortSignal) => api.get('/api/me/certificates', z.array(certificateSchema), { signal });

export const getMyCertificatesQueryOptions = () =>
  queryOptions({
    queryKey: [...certificatesQueryKey, 'mine'],
    queryFn: ({ signal }) => getMyCertificates(signal),
  });

export const useMyCertificates = () => useQuery(getMyCertificatesQueryOptions());
