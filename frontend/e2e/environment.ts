import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What global-setup tells the tests: where the app runs and how to sign in as its administrator. */
export type E2eEnvironment = {
  baseURL: string;
  adminEmail: string;
  adminPassword: string;
  /** Processes global-setup started, for global-teardown to stop. */
  pids: number[];
  /** The backend's fresh data directory, removed at teardown. */
  dataDir?: string;
};

export const artifactsDir = fileURLToPath(new URL('../e2e-artifacts/', import.meta.url));
export const environmentFile = `${artifactsDir}e2e-environment.json`;

export function readEnvironment(): E2eEnvironment {
  if (process.env.E2E_BASE_URL && !existsSync(environmentFile)) {
    return {
      baseURL: process.env.E2E_BASE_URL,
      adminEmail: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.example.org',
      adminPassword: process.env.E2E_ADMIN_PASSWORD ?? '',
      pids: [],
    };
  }
  return JSON.parse(readFileSync(environmentFile, 'utf8')) as E2eEnvironment;
}
