import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* Nothing readable can be shown before the first translations arrive. */}
      <Suspense fallback={<div className="boot" aria-busy="true" />}>{children}</Suspense>
    </QueryClientProvider>
  );
}
