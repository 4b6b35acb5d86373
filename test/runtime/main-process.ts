import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FakeSlack } from '../helpers/fake-slack.js';
import { TEST_SIGNING_SECRET } from '../helpers/slack-request.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(repoRoot, 'src', 'main.ts');
// An absolute loader URL, so the process can run in a scratch folder (where a developer's .env cannot leak in).
const TSX = pathToFileURL(path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** A `node src/main.ts` process (what `npm start` runs), with its output captured. */
export interface MainProcess {
  child: ChildProcess;
  port: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  healthz(): Promise<number>;
  /** Sends SIGTERM (if still running) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
  /**
   * SIGKILL to every process it started (`npm` and the node under it), as a container runtime's kill does;
   * resolves once all of them are gone.
   */
  killAll(): Promise<void>;
}

const running = new Set<MainProcess>();

/** Kills whatever a failed test left running, so no orphan process holds a port or a data folder. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((app) => app.killAll()));
}

export function scratchFolder(prefix = 'salesflow-runtime-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Settings for a process talking to `slack`, on the embedded store in `dataDir`. */
export function appEnv(slack: FakeSlack, dataDir: string, port: number): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: FakeSlack.botToken,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'info',
    SCHEDULER_ENABLED: 'false',
  };
}

/**
 * Starts main.ts with exactly `env` (plus PATH and HOME), in `cwd` (a scratch folder unless given). With
 * `via: 'npm start'` it runs the README's `npm start` in the repository instead (in a process group of its own,
 * so `killAll` reaches the node under npm); settings a developer's `.env` could add are set empty (unset).
 */
export function startMain(
  env: Record<string, string>,
  options: { cwd?: string; via?: 'node' | 'npm start' } = {},
): MainProcess {
  let out = '';
  let err = '';
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const viaNpm = options.via === 'npm start';
  const child = viaNpm
    ? spawn('npm', ['--silent', 'start'], {
        cwd: repoRoot,
        env: {
          ...base,
          // npm must find the node running the tests; empty means unset, and a set variable wins over .env.
          PATH: `${path.dirname(process.execPath)}${path.delimiter}${base.PATH}`,
          SLACK_APP_TOKEN: '',
          DATABASE_URL: '',
          OPENAI_API_KEY: '',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
    : spawn(process.execPath, ['--import', TSX, MAIN], {
        cwd: options.cwd ?? scratchFolder(),
        env: { ...base, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  let done = false;
  const port = Number(env.PORT ?? 3000);

  const app: MainProcess = {
    child,
    port,
    exited,
    stdout: () => out,
    stderr: () => err,
    async waitForOutput(pattern, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out + err)) {
        if (done) throw new Error(`process exited before ${pattern}:\n${out}\n${err}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${out}\n${err}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async healthz() {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        await response.text();
        return response.status;
      } catch {
        return 0; // not listening (yet)
      }
    },
    async stop(signal = 'SIGTERM') {
      if (!done) child.kill(signal);
      return exited;
    },
    async killAll() {
      if (!viaNpm || !child.pid) {
        if (!done) child.kill('SIGKILL');
        await exited;
        return;
      }
      // The node under npm is not our child: signal its whole group, then wait until the group is empty.
      const group = -child.pid;
      const signal = (name: NodeJS.Signals | 0) => {
        try {
          process.kill(group, name);
          return true;
        } catch {
          return false; // no process left in the group
        }
      };
      signal('SIGKILL');
      const deadline = Date.now() + 10_000;
      while (signal(0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      await exited;
    },
  };
  running.add(app);
  void exited.then(() => {
    done = true;
    running.delete(app);
  });
  return app;
}

/** Polls `probe` until it returns true, or fails after `timeoutMs`. */
export async function eventually(probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
