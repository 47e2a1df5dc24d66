import * as z from 'zod/mini';

/** Anything that checks an answer's shape: the zod schema of an endpoint. */
export type Schema<T> = { parse(data: unknown): T };
import { authTokens } from './auth-tokens';
import { ApiError, NetworkError, toApiError } from './problem';
import type { Reads } from './api-contract';

/** What login and refresh answer (snake_case, as OAuth 2.0 token responses are). */
export const tokenResponseSchema = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.string(),
  expires_in: z.optional(z.number()),
  username: z.optional(z.string()),
  roles: z.optional(z.array(z.string())),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;
true satisfies Reads<'TokenResponse', z.output<typeof tokenResponseSchema>>;

export function storeTokens(response: TokenResponse) {
  authTokens.set({ accessToken: response.access_token, refreshToken: response.refresh_token });
}

type Query = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** false for the calls that must not carry a token nor trigger a refresh (login, register...). */
  auth?: boolean;
  headers?: Record<string, string>;
  /** 'text' hands back the body as it came (a CSV file), 'blob' the bytes (a PDF), instead of parsing JSON. */
  responseType?: 'json' | 'text' | 'blob';
};

let onSessionExpired: () => void = () => {};

/** The app decides what "session expired" means for the user (go to sign-in). */
export function setSessionExpiredHandler(handler: () => void) {
  onSessionExpired = handler;
}

function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, options: RequestOptions, accessToken: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  // A form (a file upload) is sent as multipart: the browser writes its Content-Type and boundary.
  const multipart = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
}

let refreshInFlight: Promise<boolean> | null = null;

async function exchangeRefreshToken(): Promise<boolean> {
  const refreshToken = authTokens.getRefreshToken();
  if (!refreshToken) return false;
  // A network failure throws: being offline is not being signed out, so the tokens stay.
  const response = await send('/api/auth/refresh', { method: 'POST', body: { refresh_token: refreshToken } }, null);
  if (!response.ok) {
    // Another tab may have rotated the token meanwhile; only a token nobody replaced is dead.
    if (authTokens.getRefreshToken() === refreshToken) authTokens.clear();
    return false;
  }
  const parsed = tokenResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return false;
  storeTokens(parsed.data);
  return true;
}

/**
 * Refresh tokens rotate, so two refreshes with the same token would sign the user out. All requests
 * that hit a 401 together share one refresh; across tabs, a Web Lock serialises them and a tab
 * that finds the token already rotated by another simply uses the new one.
 */
export function refreshAccessToken(): Promise<boolean> {
  if (refreshInFlight) return refreshInFlight;
  const before = authTokens.getRefreshToken();
  const run = async (): Promise<boolean> => {
    const now = authTokens.getRefreshToken();
    return now !== null && now !== before ? true : exchangeRefreshToken();
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const attempt = (locks ? (locks.request('etc.token-refresh', run) as unknown as Promise<boolean>) : run()).finally(() => {
    refreshInFlight = null;
  });
  refreshInFlight = attempt;
  return attempt;
}

async function parseBody<T>(response: Response, schema?: Schema<T>, responseType: RequestOptions['responseType'] = 'json'): Promise<T> {
  if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
  if (responseType === 'blob') return (await response.blob()) as T;
  const text = await response.text();
  if (responseType === 'text') return schema ? schema.parse(text) : (text as T);
  const json: unknown = text ? JSON.parse(text) : undefined;
  return schema ? schema.parse(json) : (json as T);
}

/**
 * Calls the API. Non-2xx answers become an ApiError carrying the problem+json body. A 401 on an
 * authenticated call refreshes the access token once and retries; when that fails the session is
 * over and the app is told.
 */
export async function apiRequest<T = unknown>(path: string, options: RequestOptions = {}, schema?: Schema<T>): Promise<T> {
  const useAuth = options.auth !== false;
  const tokenUsed = useAuth ? authTokens.getAccessToken() : null;
  let response = await send(path, options, tokenUsed);

  if (response.status === 401 && useAuth && authTokens.getRefreshToken()) {
    const current = authTokens.getAccessToken();
    const renewed = current !== null && current !== tokenUsed ? true : await refreshAccessToken();
    if (renewed) response = await send(path, options, authTokens.getAccessToken());
  }
  if (response.status === 401 && useAuth) {
    const error = await toApiError(response);
    authTokens.clear();
    onSessionExpired();
    throw error;
  }

  if (!response.ok) throw await toApiError(response);
  return parseBody(response, schema, options.responseType);
}

export const api = {
  get: <T>(path: string, schema?: Schema<T>, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    apiRequest(path, { ...options, method: 'GET' }, schema),
  post: <T>(path: string, body?: unknown, schema?: Schema<T>, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    apiRequest(path, { ...options, method: 'POST', body }, schema),
  put: <T>(path: string, body?: unknown, schema?: Schema<T>, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    apiRequest(path, { ...options, method: 'PUT', body }, schema),
  delete: (path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}) => apiRequest<void>(path, { ...options, method: 'DELETE' }),
};

export { ApiError, NetworkError };
