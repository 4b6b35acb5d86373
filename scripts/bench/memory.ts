import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { FakeSlack } from '../../test/helpers/fake-slack.js';
import { TEST_SIGNING_SECRET } from '../../test/helpers/slack-request.js';
import { type Scenario, scenarios } from './ack-latency.js';
import { openLoop } from './open-loop.js';
import { median, stop, waitForHealthy } from './processes.js';
import { settled, startReplyCounter } from './reply-counter.js';
import type { Seeded } from './seed.js';
import { createBenchStore, type StoreKind } from './stores.js';

export type Runtime = 'compiled' | 'tsx';

export interface MemoryResult {
  /** `pglite`, `postgres`, or `bare Bolt (floor)`. */
  store: StoreKind | 'bare Bolt (floor)';
  runtime: Runtime;
  /** `node --version` of the processes measured (the first `node` on PATH when run through npm). */
  node: string;
  /** The Node options the package script passes (`npm run serve` / `npm start`), as the process got them. */
  flags: string;
  /** Resident memory 5 s after the health check first answered 200, median of the runs (MB). */
  idleMb: number;
  /** Of which anonymous memory (JS heap, WASM heap and buffers, native allocations). */
  anonMb: number;
  /** Of which file-backed pages (node binary, shared libraries, mapped files). */
  fileMb: number;
  /** Highest resident memory sampled every 0.5 s through the load (every scenario at `rate`), median of runs. */
  peakMb: number;
  /** Resident memory once the load's work has finished and 5 s passed, median of the runs. */
  afterLoadMb: number;
}

export const MEMORY_SIZE = { leads: 10_000, activities: 100_000 };

/** `npm run build` output: dist/src/main.js. */
export const scriptOf = (runtime: Runtime) => (runtime === 'tsx' ? 'src/main.ts' : 'dist/src/main.js');

/**
 * The arguments `npm start` / `npm run serve` give node, read from package.json so that the benchmark measures
 * exactly what the scripts run (`exec node <flags> <script>`); for the floor, the same flags and its own script.
 */
export function packageScriptArgs(runtime: Runtime, script = scriptOf(runtime)): string[] {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const command = scripts[runtime === 'tsx' ? 'start' : 'serve'] ?? '';
  const words = command.split(/\s+/).filter(Boolean);
  const args = words.slice(words.indexOf('node') + 1);
  const own = args.indexOf(scriptOf(runtime));
  if (own < 0) throw new Error(`package.json's script does not run ${scriptOf(runtime)}: ${command}`);
  args[own] = script;
  return args;
}

function statusMb(pid: number): { rss: number; anon: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) =>
    Math.round(Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  return { rss: field('VmRSS'), anon: field('RssAnon'), file: field('RssFile') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resident memory of Salesflow on a store with 10,000 leads and 100,000 activities, and of the bare Bolt floor,
 * started as the package scripts start them (compiled: `npm run serve`, tsx: `npm start`) on the Node that runs
 * the benchmark, each started `runs` times: idle, then through `loadSeconds` of each request scenario at `rate`
 * requests/s, and after that load.
 */
export async function measureMemory(input: {
  runs: number;
  runtimes: Runtime[];
  rate: number;
  loadSeconds: number;
}): Promise<MemoryResult[]> {
  const slack = await new FakeSlack().start();
  for (let i = 1; i <= 20; i++)
    slack.addUser({ id: `U${i}`, tz: 'Asia/Shanghai', locale: i % 2 ? 'en-US' : 'zh-CN' });
  const results: MemoryResult[] = [];
  const measure = async (
    store: MemoryResult['store'],
    runtime: Runtime,
    args: string[],
    env: Record<string, string>,
    seeded: Seeded,
  ) => {
    const samples: Sample[] = [];
    for (let run = 0; run < input.runs; run++)
      samples.push(await sampleProcess({ args, env, slack, seeded, ...input }));
    const of = (key: keyof Sample) => median(samples.map((s) => s[key]));
    const result: MemoryResult = {
      store,
      runtime,
      node: process.version,
      flags: args.filter((a) => a.startsWith('--') && a !== '--import').join(' '),
      idleMb: of('rss'),
      anonMb: of('anon'),
      fileMb: of('file'),
      peakMb: of('peak'),
      afterLoadMb: of('after'),
    };
    results.push(result);
    // Printed at once, so a part that fails later (a store that cannot be seeded) loses none of these.
    console.error(`[bench] memory ${JSON.stringify(result)}`);
  };
  try {
    for (const kind of ['pglite', 'postgres'] as const) {
      const store = await createBenchStore(kind, MEMORY_SIZE);
      try {
        for (const runtime of input.runtimes) {
          // The floor needs no store: it is measured once per runtime, beside the first store.
          if (kind === 'pglite') {
            const floor =
              runtime === 'tsx' ? 'scripts/bench/bare-bolt.ts' : 'dist/scripts/bench/bare-bolt.js';
            await measure('bare Bolt (floor)', runtime, packageScriptArgs(runtime, floor), {}, store.seeded);
          }
          await measure(kind, runtime, packageScriptArgs(runtime), store.env, store.seeded);
        }
      } finally {
        await store.cleanup();
      }
    }
  } finally {
    await slack.stop();
  }
  return results;
}

interface Sample {
  rss: number;
  anon: number;
  file: number;
  peak: number;
  after: number;
}

async function sampleProcess(input: {
  args: string[];
  env: Record<string, string>;
  slack: FakeSlack;
  seeded: Seeded;
  rate: number;
  loadSeconds: number;
}): Promise<Sample> {
  const port = Number(process.env.BENCH_MEMORY_PORT ?? 3930);
  const child: ChildProcess = spawn(process.execPath, input.args, {
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: FakeSlack.botToken,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: input.slack.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SCHEDULER_ENABLED: 'false',
      ...input.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid as number;
  const counter = await startReplyCounter();
  try {
    // Salesflow answers /healthz; the floor answers any unknown path with 404 once it listens.
    await waitForHealthy(
      `http://127.0.0.1:${port}/healthz`,
      120_000,
      (status) => status === 200 || status === 404,
    );
    await sleep(5000);
    const idle = statusMb(pid);
    let peak = idle.rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, statusMb(pid).rss);
    }, 500);
    try {
      const url = `http://127.0.0.1:${port}/slack/events`;
      const all = scenarios(counter.urlFor('load'), input.seeded);
      for (const scenario of all as Scenario[])
        await openLoop({ url, body: scenario.body, rate: input.rate, seconds: input.loadSeconds });
      await settled(() => counter.replies('load').length);
    } finally {
      clearInterval(sampler);
    }
    await sleep(5000);
    return { ...idle, peak, after: statusMb(pid).rss };
  } finally {
    await counter.close();
    await stop(child);
  }
}
