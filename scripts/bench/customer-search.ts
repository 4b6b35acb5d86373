import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { createBackgroundDeps } from '../../src/deps.js';
import { findCustomers } from '../../src/features/customers/customers.usecases.js';
import { listLeads } from '../../src/features/leads/leads.usecases.js';
import type { Actor } from '../../src/features/team/team.types.js';
import { createLogger } from '../../src/logger.js';
import { type QueryResult, timed } from './digest-search.js';
import { BENCH_TEAM, createBenchStore, type StoreKind } from './stores.js';

/** Issue 22's size: 50,000 customers owning 200,000 leads (four each). */
export const CUSTOMER_BOOK = { customers: 50_000, leads: 200_000 };

/** Leads linked per statement while seeding. */
const LINK_SLICE = 20_000;

/** What people type, as for `/lead` (section 2): a rare and a common word in each script, a number, nothing. */
export const CUSTOMER_SEARCHES = [
  { label: 'Latin, rare ("company 4242 ")', text: 'company 4242 ' },
  { label: 'Latin, common ("trading", 25,000 matches)', text: 'trading' },
  { label: 'CJK, rare ("第4243科")', text: '第4243科' },
  { label: 'CJK, common ("科技", 25,000 matches)', text: '科技' },
  { label: 'by number ("#4242")', text: '#4242' },
  { label: 'no match ("zzq")', text: 'zzq' },
];

/** A manager who sees all five owners: the widest scope short of finance, as the `/lead` search is measured. */
const manager: Actor = {
  teamId: BENCH_TEAM,
  userId: 'U1',
  role: 'manager',
  isAdmin: false,
  locale: 'en',
  timezone: 'Asia/Shanghai',
};

/** 50,000 customers named as the seeded leads are, and every seeded lead filed under one (set-based). */
async function seedCustomers(database: Database): Promise<void> {
  const db = database.backgroundDb;
  await db.execute(sql`
    insert into customers (team_id, name, owner_user_id)
    select ${BENCH_TEAM},
      case when g % 2 = 0 then 'Company ' || g || ' Trading' else '北京第' || g || '科技有限公司' end,
      (array['U1','U2','U3','U4','U5'])[1 + g % 5]
    from generate_series(1, ${CUSTOMER_BOOK.customers}) g`);
  // In slices of 20,000 leads: one 200,000-row update (every index of leads rewritten, trigram GINs included)
  // outlasts the background budget's statement timeout on a busy machine (section 9: 100,000 rows took 44 s).
  const rows = (await db.execute(
    sql`select min(id)::bigint as lo, max(id)::bigint as hi from leads where team_id = ${BENCH_TEAM}`,
  )) as unknown as { rows: { lo: string; hi: string }[] };
  const lo = Number(rows.rows[0]?.lo ?? 0);
  const hi = Number(rows.rows[0]?.hi ?? 0);
  for (let from = lo; from <= hi; from += LINK_SLICE)
    await db.execute(sql`
      update leads set customer_id = c.id
      from customers c
      where leads.team_id = ${BENCH_TEAM} and c.team_id = ${BENCH_TEAM}
        and leads.id >= ${from} and leads.id < ${from + LINK_SLICE}
        and c.id = (select min(id) from customers) + (leads.id % ${CUSTOMER_BOOK.customers})`);
  await db.execute(sql`analyze`);
}

/**
 * `/customer <text>` over 50,000 customers and 200,000 leads — the use case the command runs once Slack has its ack
 * (scope, search, total) — next to `/lead <text>` on the same store in the same run, per store.
 */
export async function measureCustomerSearch(kind: StoreKind, runs: number): Promise<QueryResult[]> {
  const store = await createBenchStore(kind, { leads: CUSTOMER_BOOK.leads, activities: 10 });
  const database = await store.open();
  try {
    const started = Date.now();
    await seedCustomers(database);
    console.error(
      `[bench] ${kind}: 50,000 customers linked in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    const deps = createBackgroundDeps({
      config: { openai: {}, slack: {} } as Parameters<typeof createBackgroundDeps>[0]['config'],
      database,
      logger: createLogger('silent'),
      clock: { now: () => new Date() },
    });
    const results: QueryResult[] = [];
    for (const search of CUSTOMER_SEARCHES) {
      const customers = await timed(runs, async () => {
        try {
          const found = await findCustomers({ ...deps, actor: manager, ref: search.text });
          return found.kind === 'one' ? 1 : found.total;
        } catch {
          return 0; // "no customer matches" is an answer too
        }
      });
      results.push({ store: kind, query: `/customer ${search.label}`, ...customers });
      const leads = await timed(runs, async () => {
        const page = await listLeads({
          ...deps,
          actor: manager,
          filter: { kind: 'search', text: search.text },
        });
        return page.total;
      });
      results.push({ store: kind, query: `/lead ${search.label}`, ...leads });
    }
    return results;
  } finally {
    await database.close();
    await store.cleanup();
  }
}
