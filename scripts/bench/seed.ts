import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';

export interface SeedSize {
  leads: number;
  activities: number;
}

export interface Seeded {
  /** A lead owned by `owners[1]`, a report of `owners[0]`. */
  firstLeadId: number;
  /** A discount request on that lead waiting for `owners[0]`'s decision (step 1 of 1). */
  approvalRequestId: number;
}

/** Leads inserted per statement. */
const SEED_SLICE = 25_000;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Fills a team with `leads` leads (mixed English and Chinese names, every stage, several owners; `owners[0]`
 * manages the others) and `activities` activities spread over the last 60 days, with set-based SQL so a
 * million rows take seconds, plus one pending approval request for `owners[0]`.
 */
export async function seedTeam(
  db: Db,
  input: SeedSize & { teamId: string; owners: string[] },
): Promise<Seeded> {
  const { teamId, owners } = input;
  await db.execute(sql`insert into teams (team_id) values (${teamId}) on conflict do nothing`);
  for (const [index, userId] of owners.entries()) {
    await db.execute(sql`insert into members (team_id, user_id, role, manager_user_id, timezone, profile_fetched_at)
      values (${teamId}, ${userId}, ${index === 0 ? 'manager' : 'rep'}, ${index === 0 ? null : owners[0]}, 'Asia/Shanghai', now())
      on conflict do nothing`);
  }
  const ownerList = `{${owners.join(',')}}`;
  // In slices: one 200,000-row insert (every index of leads, trigram GINs included) outlasts the background
  // budget's statement timeout on a busy machine; the rows are the same either way.
  for (let from = 1; from <= input.leads; from += SEED_SLICE) {
    const to = Math.min(input.leads, from + SEED_SLICE - 1);
    await db.execute(sql`
    insert into leads (team_id, owner_user_id, created_by_user_id, company_name, contact_name, phone, email, stage,
      estimated_value, currency, intent, next_follow_up_on, search_text, last_activity_at, created_at)
    select ${teamId}, o.owner, o.owner,
      case when g % 2 = 0 then 'Company ' || g || ' Trading' else '北京第' || g || '科技有限公司' end,
      'Contact ' || g, '+86 138 ' || lpad((g % 100000000)::text, 8, '0'), 'buyer' || g || '@example.com',
      (array['new','contacted','needs_analysis','presentation','proposal','negotiation','contract','won','lost'])[1 + g % 9],
      (g % 500) * 1000, 'CNY', (array['high','medium','low'])[1 + g % 3],
      current_date + (g % 20) - 10,
      lower(case when g % 2 = 0 then 'Company ' || g || ' Trading' else '北京第' || g || '科技有限公司' end
        || ' contact ' || g || ' +86 138 ' || lpad((g % 100000000)::text, 8, '0') || ' buyer' || g || '@example.com'),
      now() - ((g % 60) || ' days')::interval, now() - ((g % 90) || ' days')::interval
    from generate_series(${from}::int, ${to}::int) g
    cross join lateral (select (${ownerList}::text[])[1 + g % ${owners.length}] as owner) o`);
  }
  const [first] = rowsOf<{ id: number }>(
    await db.execute(sql`select min(id)::int as id from leads where team_id = ${teamId}`),
  );
  const firstLeadId = first?.id ?? 1;
  // Every kind the digest counts (created, contacts, needs, demos, quotes, stage moves, won, lost) appears.
  await db.execute(sql`
    insert into activities (team_id, lead_id, actor_user_id, kind, note, from_stage, to_stage, occurred_at)
    select ${teamId}, l.id, l.owner_user_id,
      (array['call','visit','email','meeting','demo','quote_sent','note','stage_changed','created','needs_updated','won','lost'])[1 + g % 12],
      'Activity ' || g, case when g % 12 = 7 then 'contacted' end, case when g % 12 = 7 then 'proposal' end,
      now() - ((g % 1440) || ' hours')::interval
    from generate_series(1, ${input.activities}) g
    join leads l on l.team_id = ${teamId} and l.id = ${firstLeadId} + (g % ${input.leads})`);
  const details = JSON.stringify({
    kind: 'discount',
    percent: 10,
    targetPrice: null,
    listPrice: null,
    justification: 'benchmark',
    expiresOn: null,
  });
  const [request] = rowsOf<{ id: number }>(
    await db.execute(sql`
      insert into approval_requests (team_id, lead_id, kind, requester_user_id, status, current_step, step_count,
        details, channel_id, thread_ts, message_ts)
      values (${teamId}, ${firstLeadId}, 'discount', ${owners[1] ?? owners[0]}, 'pending', 1, 1, ${details}::jsonb,
        'C1', '1.1', '1.2')
      returning id::int as id`),
  );
  const approvalRequestId = request?.id ?? 0;
  await db.execute(sql`
    insert into approval_steps (team_id, request_id, revision, step, role, approver_user_id, status, activated_at,
      message_channel_id, message_ts)
    values (${teamId}, ${approvalRequestId}, 1, 1, 'manager', ${owners[0]}, 'pending', now(), 'C1', '1.2')`);
  await db.execute(sql`analyze`);
  return { firstLeadId, approvalRequestId };
}
