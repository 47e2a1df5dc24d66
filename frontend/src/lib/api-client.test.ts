import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { api, ApiError, NetworkError, setSessionExpiredHandler } from './api-client';
import { authTokens } from './auth-tokens';

const tokens = (n: number) => ({ access_token: `access-${n}`, refresh_token: `refresh-${n}`, token_type: 'Bearer', expires_in: 3600 });

describe('api client', () => {
  const sessionExpired = vi.fn();
  beforeEach(() => {
    sessionExpired.mockClear();
    setSessionExpiredHandler(sessionExpired);
  });
  afterEach(() => setSessionExpiredHandler(() => {}));

  describe('errors', () => {
    it('turns a problem+json answer into an ApiError with its messageKey and field errors', async () => {
      mockFetch(() =>
        problemResponse(400, {
          detail: 'Validation failed',
          messageKey: 'problem.validation',
          errors: [{ field: 'password', message: 'too common', messageKey: 'validation.password-common' }],
        }),
      );

      const error = await api.post('/api/auth/register', { email: 'a@b.org' }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.status).toBe(400);
      expect(apiError.messageKey).toBe('problem.validation');
      expect(apiError.problem.detail).toBe('Validation failed');
      expect(apiError.fieldErrors).toEqual([{ field: 'password', message: 'too common', messageKey: 'validation.password-common' }]);
    });

    it('reads Retry-After on a 429', async () => {
      mockFetch(() => problemResponse(429, { messageKey: 'auth.throttled' }, { 'Retry-After': '42' }));

      const error = (await api.post('/api/auth/login', {}, undefined, { auth: false }).catch((e: unknown) => e)) as ApiError;

      expect(error.messageKey).toBe('auth.throttled');
      expect(error.retryAfterSeconds).toBe(42);
    });

    it('gives a messageKey from the status when the body is not a problem', async () => {
      mockFetch(() => new Response('<html>Bad gateway</html>', { status: 404, headers: { 'Content-Type': 'text/html' } }));

      const error = (await api.get('/api/nothing').catch((e: unknown) => e)) as ApiError;

      expect(error.status).toBe(404);
      expect(error.messageKey).toBe('problem.not-found');
      expect(error.fieldErrors).toEqual([]);
    });

    it('reports an unreachable server as a NetworkError', async () => {
      vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));

      await expect(api.get('/health', undefined, { auth: false })).rejects.toBeInstanceOf(NetworkError);
    });

    it('validates a successful answer against the endpoint schema', async () => {
      mockFetch(() => jsonResponse({ unexpected: true }));
      const schema = { parse: (data: unknown) => { if (!(data as { status?: string }).status) throw new Error('bad shape'); return data; } };

      await expect(api.get('/health', schema, { auth: false })).rejects.toThrow('bad shape');
    });
  });

  describe('answers without a body', () => {
    it('resolves a 204 No Content to undefined without asking the schema', async () => {
      mockFetch(() => new Response(null, { status: 204 }));
      const schema = { parse: vi.fn((data: unknown) => data) };

      await expect(api.put('/api/me/password', { currentPassword: 'a', newPassword: 'b' }, schema)).resolves.toBeUndefined();
      expect(schema.parse).not.toHaveBeenCalled();
    });

    it('resolves an empty 200 to undefined', async () => {
      mockFetch(() => new Response('', { status: 200 }));

      await expect(api.post('/api/auth/logout', { refresh_token: 'r' }, undefined, { auth: false })).resolves.toBeUndefined();
    });
  });

  describe('authentication', () => {
    it('sends the access token as a Bearer header', async () => {
      authTokens.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
      const fetchMock = mockFetch(() => jsonResponse({ id: 'u1' }));

      await api.get('/api/me');

      expect(new Headers(fetchMock.mock.calls[0][1]!.headers).get('Authorization')).toBe('Bearer access-1');
    });

    it('refreshes once for concurrent 401s, stores the rotated tokens and retries every request', async () => {
      authTokens.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
      let refreshes = 0;
      const fetchMock = mockFetch(async ({ url, headers, body }) => {
        if (url === '/api/auth/refresh') {
          refreshes += 1;
          expect(body).toEqual({ refresh_token: 'refresh-1' });
          await new Promise((resolve) => setTimeout(resolve, 10));
          return jsonResponse(tokens(2));
        }
        return headers.get('Authorization') === 'Bearer access-2'
          ? jsonResponse({ url })
          : problemResponse(401, { messageKey: 'problem.unauthorized' });
      });

      const results = await Promise.all([api.get('/api/me'), api.get('/api/users'), api.get('/api/countries')]);

      expect(results).toEqual([{ url: '/api/me' }, { url: '/api/users' }, { url: '/api/countries' }]);
      expect(refreshes).toBe(1);
      expect(authTokens.getAccessToken()).toBe('access-2');
      expect(authTokens.getRefreshToken()).toBe('refresh-2');
      expect(fetchMock).toHaveBeenCalledTimes(7);
      expect(sessionExpired).not.toHaveBeenCalled();
    });

    it('retries with a token another request already renewed instead of refreshing again', async () => {
      authTokens.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
      const fetchMock = mockFetch(({ url, headers }) => {
        if (url === '/api/auth/refresh') throw new Error('must not refresh');
        // Meanwhile, another request refreshed.
        authTokens.set({ accessToken: 'access-2', refreshToken: 'refresh-2' });
        return headers.get('Authorization') === 'Bearer access-2' ? jsonResponse({ ok: true }) : problemResponse(401, {});
      });

      await expect(api.get('/api/me')).resolves.toEqual({ ok: true });
      expect(fetchMock).toHaveBeenCalledTimes(2);
    });

    it('signs out and reports an expired session when the refresh is refused', async () => {
      authTokens.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
      mockFetch(({ url }) =>
        url === '/api/auth/refresh' ? problemResponse(401, { messageKey: 'problem.unauthorized' }) : problemResponse(401, { messageKey: 'problem.unauthorized' }),
      );

      const error = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;

      expect(error.status).toBe(401);
      expect(authTokens.getAccessToken()).toBeNull();
      expect(authTokens.getRefreshToken()).toBeNull();
      expect(sessionExpired).toHaveBeenCalledTimes(1);
    });

    it('does not refresh for calls made without authentication, such as a wrong password', async () => {
      const fetchMock = mockFetch(() => problemResponse(401, { messageKey: 'auth.invalid-credentials' }));

      const error = (await api.post('/api/auth/login', {}, undefined, { auth: false }).catch((e: unknown) => e)) as ApiError;

      expect(error.messageKey).toBe('auth.invalid-credentials');
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(sessionExpired).not.toHaveBeenCalled();
    });
  });
});
