import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';

/**
 * Contracts of five reps (two per lead, in six statuses, one in seven in USD), three installments each (one in two
 * paid, some partly, some overdue on 2026-03-02), a reported payment on one contract in ten.
 */
export async function seedLedger(db: Database['db'], teamId: string, count: number): Promise<void> {
  await db.execute(sql`
    insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
      amount_minor, currency, upfront_bp, status, collected_minor, invoiced_minor, approved_at)
    select ${teamId}, 'HT-2026-' || lpad(g::text, 5, '0'), 2026, g, (g + 1) / 2, g, 'U' || (1 + g % 5),
      '华东精密机械设备制造集团股份有限公司' || g, 9000000 + g, case when g % 7 = 0 then 'USD' else 'CNY' end, 3000,
      (array['approved','signed','delivering','delivered','closed','cancelled'])[1 + g % 6], 3000000, 1000000,
      timestamptz '2026-01-01' + (g || ' minutes')::interval
    from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
    select c.team_id, c.id, s, date '2025-10-01' + ((c.seq * 7 + s * 41) % 200), 3000000 + s,
      case when (c.seq + s) % 2 = 0 then 3000000 + s when (c.seq + s) % 3 = 0 then 1000 else 0 end, s = 1
    from contracts c, generate_series(1, 3) s where c.team_id = ${teamId}`);
  await db.execute(sql`
    insert into contract_payments (team_id, contract_id, amount_minor, currency, received_on, status, reported_by_user_id)
    select team_id, id, 50000, currency, date '2026-02-01', 'reported', owner_user_id
    from contracts where team_id = ${teamId} and seq % 10 = 0`);
  if (!process.env.NO_ANALYZE) await db.execute(sql`analyze`);
}
