import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './playwright.config';
import { artifactsDir, environmentFile, readEnvironment, type E2eEnvironment } from './environment';
import { stopStarted } from './global-teardown';

const frontendDir = fileURLToPath(new URL('../', import.meta.url));
const backendTarget = join(frontendDir, '..', 'backend', 'target');
const spaDir = join(frontendDir, 'target', 'classes', 'public');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, accept: (response: Response) => boolean, seconds: number, what: string, log: string) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if (accept(await fetch(url))) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer ${url} within ${seconds}s; see ${log}`);
}

function findJar(): string {
  const jars = existsSync(backendTarget)
    ? readdirSync(backendTarget).filter((name) => /^backend-.*\.jar$/.test(name) && !name.startsWith('original-'))
    : [];
  if (jars.length !== 1) {
    throw new Error(`Expected exactly one backend-*.jar in ${backendTarget}, found ${jars.length ? jars.join(', ') : 'none'}. Build the backend first.`);
  }
  return join(backendTarget, jars[0]);
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, cwd = frontendDir): number {
  const out = openSync(logFile, 'w');
  // Its own process group, so teardown stops it and anything it started, and nothing else.
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
  child.unref();
  if (!child.pid) throw new Error(`Could not start ${command}`);
  return child.pid;
}

/**
 * The backend under test gets a database of its own: E2E_DATASOURCES_DEFAULT_URL (with _USERNAME
 * and _PASSWORD) when given, as CI does with MariaDB, otherwise the embedded H2 in its temporary
 * data directory. The integration tests' DATASOURCES_* are never inherited: that database already
 * has an administrator, so the one these tests sign in as would not be created.
 */
function databaseEnvironment(): NodeJS.ProcessEnv {
  const url = process.env.E2E_DATASOURCES_DEFAULT_URL;
  if (!url) {
    return { DATASOURCES_DEFAULT_URL: undefined, DATASOURCES_DEFAULT_USERNAME: undefined, DATASOURCES_DEFAULT_PASSWORD: undefined };
  }
  return {
    DATASOURCES_DEFAULT_URL: url,
    DATASOURCES_DEFAULT_USERNAME: process.env.E2E_DATASOURCES_DEFAULT_USERNAME ?? '',
    DATASOURCES_DEFAULT_PASSWORD: process.env.E2E_DATASOURCES_DEFAULT_PASSWORD ?? '',
    // Production rules apply off H2: the signing key must come from the environment.
    CAMPUS_JWT_SECRET: randomBytes(48).toString('base64url'),
  };
}

/** A previous run that died before its teardown may have left its backend running: stop it. */
function stopLeftovers() {
  if (!existsSync(environmentFile)) return;
  const previous = readEnvironment();
  const ours = previous.pids.filter((pid) => {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return commandLine.includes('backend-') || commandLine.includes('vite.js');
    } catch {
      return false;
    }
  });
  stopStarted({ ...previous, pids: ours }, 'SIGKILL');
}

export default async function globalSetup() {
  // Checked first: without a browser nothing below is worth starting.
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  mkdirSync(artifactsDir, { recursive: true });
  stopLeftovers();
  rmSync(environmentFile, { force: true });
  if (process.env.E2E_BASE_URL) return;
  // Should the runner exit without its teardown (a spec that does not compile, Ctrl-C), stop them anyway.
  process.once('exit', () => {
    if (existsSync(environmentFile)) stopStarted(readEnvironment(), 'SIGKILL');
  });

  const jar = process.env.E2E_BACKEND_JAR ?? findJar();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'etrade-campus-e2e-'));
  const environment: E2eEnvironment = {
    baseURL: `http://localhost:${port}`,
    adminEmail: 'admin@e2e.example.org',
    adminPassword: `e2e-${randomBytes(24).toString('base64url')}`,
    pids: [],
    dataDir,
  };
  const backendLog = join(artifactsDir, 'backend.log');
  environment.pids.push(
    start(
      'java',
      ['-jar', jar],
      {
        MICRONAUT_SERVER_PORT: String(port),
        CAMPUS_DATA_DIR: dataDir,
        CAMPUS_ADMIN_EMAIL: environment.adminEmail,
        CAMPUS_ADMIN_PASSWORD: environment.adminPassword,
        ...databaseEnvironment(),
      },
      backendLog,
    ),
  );
  writeFileSync(environmentFile, JSON.stringify(environment, null, 2));
  await waitFor(`${environment.baseURL}/health`, (response) => response.status === 200, 60, 'The backend', backendLog);

  // A backend built before the SPA serves no page, and one built before the last `npm run build`
  // serves an older one: either way, put the SPA from this checkout in front of it.
  const home = await fetch(`${environment.baseURL}/`).then((response) => (response.ok ? response.text() : ''), () => '');
  const builtIndex = join(spaDir, 'index.html');
  const newerSpaHere = existsSync(builtIndex) && statSync(builtIndex).mtimeMs > statSync(jar).mtimeMs;
  if (!home.includes('id="root"') || newerSpaHere) {
    if (!existsSync(join(spaDir, 'index.html'))) throw new Error(`The backend serves no SPA and ${spaDir} is empty: run npm run build first.`);
    const previewPort = await freePort();
    const previewLog = join(artifactsDir, 'vite-preview.log');
    environment.pids.push(
      start(
        process.execPath,
        [join(frontendDir, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(previewPort), '--strictPort'],
        { BACKEND_URL: environment.baseURL },
        previewLog,
      ),
    );
    environment.baseURL = `http://127.0.0.1:${previewPort}`;
    writeFileSync(environmentFile, JSON.stringify(environment, null, 2));
    await waitFor(`${environment.baseURL}/health`, (response) => response.status === 200, 30, 'vite preview', previewLog);
    console.log(`e2e: backend jar without SPA, or with an older one; serving target/classes/public at ${environment.baseURL} in front of it`);
  } else {
    console.log(`e2e: backend and SPA at ${environment.baseURL}`);
  }
}
