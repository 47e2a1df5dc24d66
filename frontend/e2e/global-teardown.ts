import { existsSync, rmSync } from 'node:fs';
import { environmentFile, readEnvironment, type E2eEnvironment } from './environment';

/** Signals the process groups global-setup started, by their ids only, and removes the data dir. */
export function stopStarted({ pids, dataDir }: Pick<E2eEnvironment, 'pids' | 'dataDir'>, signal: NodeJS.Signals) {
  for (const pid of [...pids].reverse()) {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }
  if (signal === 'SIGKILL' && dataDir) rmSync(dataDir, { recursive: true, force: true });
}

export default async function globalTeardown() {
  if (!existsSync(environmentFile)) return;
  const environment = readEnvironment();
  stopStarted(environment, 'SIGTERM');
  // A moment to stop cleanly, then make sure.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  stopStarted(environment, 'SIGKILL');
  rmSync(environmentFile, { force: true });
}
