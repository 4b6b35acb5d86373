import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { createBackgroundDeps } from '../../src/deps.js';
import { teamDigest } from '../../src/features/digest/digest.usecases.js';
import { listLeads } from '../../src/features/leads/leads.usecases.js';
import type { Actor } from '../../src/features/team/team.types.js';
import { localDate } from '../../src/lib/time-zone.js';
import { createLogger } from '../../src/logger.js';
import { median } from './processes.js';
import { BENCH_TEAM, createBenchStore, type StoreKind } from './stores.js';

export interface QueryResult {
  store: StoreKind;
  query: string;
  median: number;
  min: number;
  max: number;
  /** Rows the query matched (leads found; for the digest, the activities in its window). */
  matched: number;
}

export const DIGEST_SIZE = { leads: 100_000, activities: 1_000_000 };

/** `/lead <text>` as reps type it: part of a name, number or e-mail, in Latin and in Chinese. */
export const SEARCHES = [
  { label: 'Latin, rare ("uyer4242@")', text: 'uyer4242@' },
  { label: 'Latin, common ("trading")', text: 'trading' },
  { label: 'CJK, rare ("第4243科")', text: '第4243科' },
  { label: 'CJK, common ("科技")', text: '科技' },
  { label: 'no match ("zzq")', text: 'zzq' },
];

const manager: Actor = {
  teamId: BENCH_TEAM,
  userId: 'U1',
  role: 'manager',
  isAdmin: false,
  locale: 'en',
  timezone: 'Asia/Shanghai',
};

export async function timed(
  runs: number,
  fn: () => Promise<number>,
): Promise<Omit<QueryResult, 'store' | 'query'>> {
  let matched = await fn(); // warm-up: first-run planning and cold buffers are not what a user waits for
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    matched = await fn();
    durations.push(performance.now() - started);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    median: round(median(durations)),
    min: round(Math.min(...durations)),
    max: round(Math.max(...durations)),
    matched,
  };
}

/** The team digest and `/lead <text>` searches over 100,000 leads and 1,000,000 activities, in this process. */
export async function measureQueries(kind: StoreKind, runs: number): Promise<QueryResult[]> {
  const store = await createBenchStore(kind, DIGEST_SIZE);
  const database = await store.open();
  try {
    const deps = benchDeps(database);
    const team = await deps.teams.ensureTeam(BENCH_TEAM);
    const now = new Date();
    const date = localDate(now, team.timezone);
    const results: QueryResult[] = [];
    const digest = await timed(runs, async () => {
      const numbers = await teamDigest({ digest: deps.digest, team, date, now });
      return numbers.reps.reduce((sum, rep) => sum + rep.contacts + rep.newProspects + rep.demos, 0);
    });
    results.push({ store: kind, query: 'team digest', ...digest });
    for (const search of SEARCHES) {
      const found = await timed(runs, async () => {
        const page = await listLeads({
          ...deps,
          actor: manager,
          filter: { kind: 'search', text: search.text },
        });
        return page.total;
      });
      results.push({ store: kind, query: `/lead ${search.label}`, ...found });
    }
    if (process.env.BENCH_EXPLAIN) await explainSearch(database, 'trading');
    return results;
  } finally {
    await database.close();
    await store.cleanup();
  }
}

/** The background budget (a minute a call): this measures durations, it must not cut a slow run short. */
function benchDeps(database: Database) {
  const logger = createLogger('silent');
  return createBackgroundDeps({
    config: { openai: {}, slack: {} } as Parameters<typeof createBackgroundDeps>[0]['config'],
    database,
    logger,
    clock: { now: () => new Date() },
  });
}

/** BENCH_EXPLAIN=1: the plan of the listing query, to see where a slow search spends its time. */
async function explainSearch(database: Database, text: string): Promise<void> {
  const result = (await database.db.execute(sql`explain analyze
    select *, count(*) over () from leads
    where team_id = ${BENCH_TEAM} and owner_user_id in ('U1','U2','U3','U4','U5')
      and search_text like ${`%${text}%`}
    order by last_activity_at desc, id desc limit 20`)) as unknown as { rows: Record<string, string>[] };
  console.error(result.rows.map((row) => Object.values(row)[0]).join('\n'));
}
