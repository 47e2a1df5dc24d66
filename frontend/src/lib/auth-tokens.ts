/**
 * Where the session lives: the access and refresh tokens are kept in localStorage so that a reload
 * or a new tab stays signed in. This is the simple choice the project made on purpose; it means any
 * script running on the page could read them, so the SPA loads no third-party scripts.
 */
const ACCESS_KEY = 'etc.accessToken';
const REFRESH_KEY = 'etc.refreshToken';

export type Tokens = { accessToken: string; refreshToken: string };

const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function notify() {
  listeners.forEach((listener) => listener());
}

export const authTokens = {
  getAccessToken: () => read(ACCESS_KEY),
  getRefreshToken: () => read(REFRESH_KEY),
  isSignedIn: () => read(REFRESH_KEY) !== null,
  set(tokens: Tokens) {
    localStorage.setItem(ACCESS_KEY, tokens.accessToken);
    localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
    notify();
  },
  clear() {
    localStorage.removeItem(ACCESS_KEY);
    localStorage.removeItem(REFRESH_KEY);
    notify();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Signing in or out in another tab changes this one too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === ACCESS_KEY || event.key === REFRESH_KEY) notify();
  });
}
