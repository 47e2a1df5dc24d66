import { vi } from 'vitest';

export function jsonResponse(body: unknown, init: ResponseInit = {}) {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });
}

export function problemResponse(
  status: number,
  problem: { messageKey?: string; detail?: string; title?: string; errors?: { field: string; message?: string; messageKey?: string }[] },
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify({ type: 'about:blank', title: problem.title ?? 'Error', status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

type Handler = (request: { url: string; method: string; headers: Headers; body: unknown }) => Response | Promise<Response>;

/** Replaces fetch with a function of the request; returns the mock to inspect the calls. */
export function mockFetch(handler: Handler) {
  const mock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    return handler({ url: String(input), method: init.method ?? 'GET', headers: new Headers(init.headers), body });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}
