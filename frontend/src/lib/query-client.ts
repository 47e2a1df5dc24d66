import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from './problem';

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    staleTime: 60 * 1000,
    // A 4xx will not change by asking again; network blips and 5xx get two more tries.
    retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 2,
  },
  mutations: {
    retry: false,
  },
} satisfies DefaultOptions;

export const createQueryClient = () => new QueryClient({ defaultOptions: queryConfig });

export type QueryConfig<T extends (...args: never[]) => unknown> = Omit<ReturnType<T>, 'queryKey' | 'queryFn'>;
