import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { measureTarget, type OpenLoopRow, type SaturationRow } from './ack-latency.js';
import { measureCustomerSearch } from './customer-search.js';
import { measureQueries, type QueryResult } from './digest-search.js';
import { type FanoutResult, fanoutSettings, measureFanout } from './fanout.js';
import { type ImportBenchResult, measureImport } from './import.js';
import { type MemoryResult, measureMemory, type Runtime, scriptOf } from './memory.js';
import { spawnNode, startNeighbour, stop } from './processes.js';
import { measureProductSearch } from './product-search.js';
import { measureQuotePdf, type QuotePdfResult } from './quote-pdf.js';
import { writeReport } from './report.js';
import { createBenchStore } from './stores.js';

/**
 * `npm run bench`: acknowledgement latency at an open-loop rate and replies delivered at saturation (Salesflow on
 * PGlite and Postgres against a bare Bolt floor, BENCH_RATE requests/s (100), BENCH_LEADS leads (1,000)), the
 * digest and search over 100,000 leads, a rate-limited fan-out through the outbox, idle memory, and the import of
 * a 10,000-row file, `/product` over 5,000 products, and the quote PDF.
 * BENCH_ONLY=latency,queries,products,fanout,memory,import,quote-pdf picks parts; BENCH_IMPORT_ROWS (10000) sizes
 * the import; BENCH_QUOTE_RUNS (5) the fresh processes per quote PDF size; BENCH_SECONDS (30) and BENCH_RUNS (3)
 * size the latency runs; BENCH_QUERY_RUNS (9) the digest and search, and `/product`; BENCH_RUNTIME=compiled|tsx how
 * Salesflow is started under load; BENCH_NEIGHBOUR=1 runs the latency part beside a process burning one core;
 * BENCH_FANOUT_* (see fanout.ts) the fan-out; BENCH_DATABASE_URL the Postgres server (a database is created and dropped on it). The memory part starts Salesflow and the floor as the package
 * scripts do, on the Node first on PATH, BENCH_RUNS times per store and runtime (BENCH_MEMORY_RUNTIMES,
 * `compiled,tsx`), idle and through BENCH_MEMORY_SECONDS (10) of each request scenario at BENCH_RATE.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const queryRuns = Number(process.env.BENCH_QUERY_RUNS ?? 9);
const runtime = (process.env.BENCH_RUNTIME ?? 'compiled') as Runtime;
const only = new Set(
  (process.env.BENCH_ONLY ?? 'latency,queries,products,fanout,memory,import,quote-pdf').split(','),
);
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const quoteRuns = Number(process.env.BENCH_QUOTE_RUNS ?? 5);
const rate = Number(process.env.BENCH_RATE ?? 100);
const requestLeads = Number(process.env.BENCH_LEADS ?? 1_000);
const saturationRates = (process.env.BENCH_SATURATION_RATES ?? '150,300,600')
  .split(',')
  .filter(Boolean)
  .map(Number);
const loads: string[] = [];
const noteLoad = (part: string) =>
  loads.push(
    `${part}: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')}`,
  );

/** Compiles to dist/ (as `npm run build`), for `node dist/src/main.js` (`npm run serve`). */
function build(): void {
  console.error('[bench] compiling to dist/');
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
      stdio: 'ignore',
    });
  } catch {
    // Type errors elsewhere in the tree do not stop tsc from emitting; a missing entry point does.
  }
  if (!existsSync('dist/src/main.js')) throw new Error('tsc did not produce dist/src/main.js');
}

const latency: OpenLoopRow[] = [];
const saturation: SaturationRow[] = [];
const loadedMemory: { target: string; idleMb: number; loadedMb: number }[] = [];
const queries: QueryResult[] = [];
const fanout: FanoutResult[] = [];
let memory: MemoryResult[] = [];
const imports: ImportBenchResult[] = [];
let quotePdf: QuotePdfResult[] = [];

// BENCH_BUILD=0 reuses dist/ (several Node versions in a row measure the same build).
if (
  process.env.BENCH_BUILD !== '0' &&
  (only.has('memory') || (only.has('latency') && runtime === 'compiled'))
)
  build();

if (only.has('latency')) {
  const neighbour = process.env.BENCH_NEIGHBOUR === '1' ? startNeighbour() : null;
  noteLoad(neighbour ? 'latency (beside a neighbour burning one core)' : 'latency');
  const { child: slack, line } = await spawnNode('scripts/bench/fake-slack-process.ts', {});
  const { apiUrl } = JSON.parse(line) as { apiUrl: string };
  try {
    for (const kind of ['pglite', 'postgres'] as const) {
      const store = await createBenchStore(kind, { leads: requestLeads, activities: requestLeads * 10 });
      try {
        const common = { slackApiUrl: apiUrl, seeded: store.seeded, seconds, runs, rate, saturationRates };
        if (kind === 'pglite') {
          // The floor needs no store; it runs once, beside the first.
          const floor = await measureTarget({
            ...common,
            target: 'bare Bolt (floor)',
            script: 'scripts/bench/bare-bolt.ts',
            env: {},
            port: 3901,
          });
          latency.push(...floor.openLoop);
          saturation.push(...floor.saturation);
        }
        const target = `Salesflow on ${kind} (${runtime})`;
        const measured = await measureTarget({
          ...common,
          target,
          script: scriptOf(runtime),
          env: store.env,
          port: 3902,
        });
        latency.push(...measured.openLoop);
        saturation.push(...measured.saturation);
        loadedMemory.push({ target, idleMb: measured.idleMb, loadedMb: measured.loadedMb });
      } finally {
        await store.cleanup();
      }
    }
  } finally {
    await stop(slack);
    if (neighbour) await stop(neighbour);
  }
}

if (only.has('queries')) {
  noteLoad('queries');
  for (const kind of ['pglite', 'postgres'] as const)
    queries.push(...(await measureQueries(kind, queryRuns)));
}

if (only.has('products')) {
  noteLoad('products');
  for (const kind of ['pglite', 'postgres'] as const)
    queries.push(...(await measureProductSearch(kind, queryRuns)));
}

// Not in the default set (seeding 200,000 leads twice is long): BENCH_ONLY=customers.
if (only.has('customers')) {
  noteLoad('customers');
  for (const kind of ['pglite', 'postgres'] as const)
    queries.push(...(await measureCustomerSearch(kind, queryRuns)));
}

if (only.has('fanout')) {
  noteLoad('fanout');
  for (const kind of ['pglite', 'postgres'] as const)
    fanout.push(await measureFanout(kind, fanoutSettings()));
}

if (only.has('import')) {
  noteLoad('import');
  for (const kind of ['pglite', 'postgres'] as const) imports.push(await measureImport(kind, importRows));
}

if (only.has('quote-pdf')) {
  noteLoad('quote-pdf');
  quotePdf = await measureQuotePdf(quoteRuns);
}

if (only.has('memory')) {
  noteLoad('memory');
  memory = await measureMemory({
    runs: Math.max(1, runs),
    runtimes: (process.env.BENCH_MEMORY_RUNTIMES ?? 'compiled,tsx').split(',') as Runtime[],
    rate,
    loadSeconds: Number(process.env.BENCH_MEMORY_SECONDS ?? 10),
  });
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeReport({
  machine,
  seconds,
  runs,
  queryRuns,
  loads,
  rate,
  requestLeads,
  latency,
  saturation,
  loadedMemory,
  queries,
  fanout,
  memory,
  imports,
  quotePdf,
});
for (const table of [latency, saturation, loadedMemory, queries, fanout, memory, imports, quotePdf])
  if (table.length) console.table(table);
