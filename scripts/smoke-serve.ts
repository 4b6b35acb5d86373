import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeSlack } from '../test/helpers/fake-slack.js';
import { TEST_SIGNING_SECRET } from '../test/helpers/slack-request.js';
import { freePort, scratchFolder } from '../test/runtime/main-process.js';

/**
 * Smoke test of the compiled build on the Node.js that runs this script (CI runs it once per version, after
 * `npm run build`): `npm run serve` with that Node first on PATH, against the fake Slack Web API, on the
 * embedded store in a scratch folder. It passes when /healthz answers 200, the server really runs on this
 * Node, and SIGTERM (sent to npm, as a container runtime would) ends it with exit code 0.
 *
 *   npm run build && node --import tsx scripts/smoke-serve.ts
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BOOT_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function healthz(port: number): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: '' }; // not listening yet
  }
}

/**
 * The process running dist/src/main.js under `npm` and its Node version, read from /proc (Linux); elsewhere
 * null, and the version is not checked.
 */
function findServer(npmPid: number): { pid: number; version: string } | null {
  if (!existsSync('/proc/self/stat')) return null;
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in field 2 may hold spaces and parentheses; the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const descendsFromNpm = (pid: number) => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p))
      if (p === npmPid) return true;
    return false;
  };
  for (const pid of parentOf.keys()) {
    if (!descendsFromNpm(pid)) continue;
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (!command.includes('dist/src/main.js')) continue;
    const version = execFileSync(readlinkSync(`/proc/${pid}/exe`), ['--version'], {
      encoding: 'utf8',
    }).trim();
    return { pid, version };
  }
  throw new Error('no dist/src/main.js process found under npm');
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function exitOf(child: ChildProcess): Promise<number | string> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
}

async function smoke(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'dist', 'src', 'main.js')))
    throw new Error('dist/src/main.js is missing: run `npm run build` first');
  const slack = await new FakeSlack().start();
  const dataDir = scratchFolder('salesflow-smoke-');
  const port = await freePort();
  let output = '';
  const started = Date.now();
  const npm = spawn('npm', ['run', 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      // `npm run serve` runs `node dist/src/main.js`: this Node must be the one found first.
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      SLACK_BOT_TOKEN: FakeSlack.botToken,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // Empty means unset, and a set variable wins over a developer's .env: HTTP mode, embedded store, no AI.
      SLACK_APP_TOKEN: '',
      DATABASE_URL: '',
      OPENAI_API_KEY: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  npm.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  npm.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = exitOf(npm);
  let stopped = false;
  void exited.then(() => {
    stopped = true;
  });
  let server: { pid: number; version: string } | null = null;
  try {
    let health = await healthz(port);
    while (health.status !== 200) {
      if (stopped) throw new Error('npm run serve exited before /healthz answered 200');
      if (Date.now() - started > BOOT_TIMEOUT_MS) throw new Error('/healthz did not answer 200 in time');
      await sleep(200);
      health = await healthz(port);
    }
    const readyMs = Date.now() - started;
    if (!slack.callsTo('auth.test').length)
      throw new Error('the server never called auth.test on the fake Slack');
    server = findServer(npm.pid as number);
    if (server && server.version !== process.version)
      throw new Error(`the server ran on Node ${server.version}, not ${process.version}`);

    const stopping = Date.now();
    npm.kill('SIGTERM');
    const timeout = new Promise<string>((resolve) =>
      setTimeout(resolve, STOP_TIMEOUT_MS, 'still running').unref(),
    );
    const code = await Promise.race([exited, timeout]);
    if (code !== 0) throw new Error(`after SIGTERM npm run serve ended with ${code}, not exit code 0`);
    if (server && isRunning(server.pid))
      throw new Error(`npm exited but the server (pid ${server.pid}) still runs`);
    process.stdout.write(
      `smoke-serve on Node ${process.version}: /healthz 200 after ${(readyMs / 1000).toFixed(1)} s ` +
        `(${health.body}), server on Node ${server?.version ?? 'not checked (no /proc)'}, ` +
        `SIGTERM → exit code 0 after ${((Date.now() - stopping) / 1000).toFixed(1)} s\n`,
    );
  } catch (error) {
    process.stderr.write(`--- npm run serve output ---\n${output}\n----------------------------\n`);
    throw error;
  } finally {
    // Leave nothing behind: a server orphaned by npm would hold the port, the data folder and our pipes.
    if (server && isRunning(server.pid)) process.kill(server.pid, 'SIGKILL');
    if (!stopped) {
      npm.kill('SIGKILL');
      await exited;
    }
    npm.stdout?.destroy();
    npm.stderr?.destroy();
    await slack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  await smoke();
} catch (error) {
  process.stderr.write(`smoke-serve on Node ${process.version} FAILED: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
