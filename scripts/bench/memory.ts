import { readFileSync } from 'node:fs';
import { FakeSlack } from '../../test/helpers/fake-slack.js';
import { TEST_SIGNING_SECRET } from '../../test/helpers/slack-request.js';
import { median, spawnNode, stop, waitForHealthy } from './processes.js';
import { createBenchStore, type StoreKind } from './stores.js';

export type Runtime = 'compiled' | 'tsx';

export interface MemoryResult {
  store: StoreKind;
  runtime: Runtime;
  /** Resident memory 5 s after the health check first answered 200, median of the runs (MB). */
  idleMb: number;
  /** Of which anonymous memory (JS heap, WASM heap and buffers, native allocations). */
  anonMb: number;
  /** Of which file-backed pages (node binary, shared libraries, mapped files). */
  fileMb: number;
}

export const MEMORY_SIZE = { leads: 10_000, activities: 100_000 };

/** `npm run build` output: dist/src/main.js. */
export const scriptOf = (runtime: Runtime) => (runtime === 'tsx' ? 'src/main.ts' : 'dist/src/main.js');

function statusMb(pid: number): { rss: number; anon: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) =>
    Math.round(Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  return { rss: field('VmRSS'), anon: field('RssAnon'), file: field('RssFile') };
}

/**
 * Idle resident memory of Salesflow on a store with 10,000 leads and 100,000 activities, started through the
 * tsx loader (`npm start`) and as compiled JavaScript, each started `runs` times.
 */
export async function measureIdleMemory(runs: number, runtimes: Runtime[]): Promise<MemoryResult[]> {
  const slack = await new FakeSlack().start();
  const results: MemoryResult[] = [];
  try {
    for (const kind of ['pglite', 'postgres'] as const) {
      const store = await createBenchStore(kind, MEMORY_SIZE);
      try {
        for (const runtime of runtimes) {
          const samples = [];
          for (let run = 0; run < runs; run++)
            samples.push(await idleSample(scriptOf(runtime), store.env, slack));
          results.push({
            store: kind,
            runtime,
            idleMb: median(samples.map((s) => s.rss)),
            anonMb: median(samples.map((s) => s.anon)),
            fileMb: median(samples.map((s) => s.file)),
          });
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

async function idleSample(script: string, env: Record<string, string>, slack: FakeSlack) {
  const port = 3930;
  const { child } = await spawnNode(
    script,
    {
      SLACK_BOT_TOKEN: FakeSlack.botToken,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SCHEDULER_ENABLED: 'false',
      ...env,
    },
    null,
  );
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return statusMb(child.pid as number);
  } finally {
    await stop(child);
  }
}
