import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { createBackgroundDeps } from '../../src/deps.js';
import { findProducts } from '../../src/features/products/products.usecases.js';
import type { Actor } from '../../src/features/team/team.types.js';
import { createLogger } from '../../src/logger.js';
import { type QueryResult, timed } from './digest-search.js';
import { BENCH_TEAM, createBenchStore, type StoreKind } from './stores.js';

/** The catalogue `/product <text>` searches: codes, English and Chinese names, a price on the default list each. */
export const CATALOGUE_SIZE = 5_000;

/** What people type: a code exactly, part of a code, a common word in either language, a rare one, nothing. */
export const PRODUCT_SEARCHES = [
  { label: 'code, exact ("SKU-04242")', text: 'SKU-04242' },
  { label: 'code, start ("SKU-042")', text: 'SKU-042' },
  { label: 'Latin, common ("pump", 1,000 matches)', text: 'pump' },
  { label: 'CJK, common ("水泵", 1,000 matches)', text: '水泵' },
  { label: 'CJK, rare ("型号4243")', text: '型号4243' },
  { label: 'no match ("zzq")', text: 'zzq' },
];

/** A rep: the reader who never sees floor prices, so the search does everything a rep's does. */
const rep: Actor = {
  teamId: BENCH_TEAM,
  userId: 'U2',
  role: 'rep',
  isAdmin: false,
  locale: 'zh-CN',
  timezone: 'Asia/Shanghai',
};

/** 5,000 products and their prices, set-based: five kinds of product, each in English and Chinese. */
async function seedCatalogue(database: Database, size: number): Promise<void> {
  await database.db.execute(sql`
    insert into price_lists (team_id, name, kind, currency, is_default, created_by_user_id)
    values (${BENCH_TEAM}, '标准价目表', 'standard', 'CNY', true, 'U1')`);
  await database.db.execute(sql`
    insert into products (team_id, sku, name_en, name_zh, unit, tax_rate_bp, currency, floor_price_minor,
                          created_by_user_id)
    select ${BENCH_TEAM}, 'SKU-' || lpad(n::text, 5, '0'),
           (array['Water pump', 'Check valve', 'Servo motor', 'Power cable', 'Pressure sensor'])[1 + n % 5]
             || ' model ' || n,
           (array['水泵', '止回阀', '伺服电机', '电力电缆', '压力传感器'])[1 + n % 5] || '型号' || n,
           (array['台', '个', '套', '米', '只'])[1 + n % 5], 1300, 'CNY', 50000 + n, 'U1'
    from generate_series(1, ${size}) as n`);
  await database.db.execute(sql`
    insert into price_list_items (team_id, price_list_id, product_id, price_minor)
    select p.team_id, l.id, p.id, 100000 + p.id
    from products p join price_lists l on l.team_id = p.team_id and l.is_default
    where p.team_id = ${BENCH_TEAM}`);
  await database.db.execute(sql`analyze products`);
  await database.db.execute(sql`analyze price_list_items`);
}

/**
 * `/product <text>` over a 5,000-product catalogue: the use case the command runs once Slack has its ack (the exact
 * code, the search, the default list's prices, the rep's view without floors), in this process, per store.
 */
export async function measureProductSearch(kind: StoreKind, runs: number): Promise<QueryResult[]> {
  const store = await createBenchStore(kind, { leads: 10, activities: 10 });
  const database = await store.open();
  try {
    await seedCatalogue(database, CATALOGUE_SIZE);
    const logger = createLogger('silent');
    // The background budget (a minute a call), as for the lead search: this measures durations, it must not cut one short.
    const deps = createBackgroundDeps({
      config: { openai: {}, slack: {} } as Parameters<typeof createBackgroundDeps>[0]['config'],
      database,
      logger,
      clock: { now: () => new Date() },
    });
    const results: QueryResult[] = [];
    for (const search of PRODUCT_SEARCHES) {
      const found = await timed(runs, async () => {
        const answer = await findProducts({ ...deps, actor: rep, text: search.text });
        return answer.kind === 'one' ? 1 : answer.total;
      });
      results.push({ store: kind, query: `/product ${search.label}`, ...found });
    }
    return results;
  } finally {
    await database.close();
    await store.cleanup();
  }
}
