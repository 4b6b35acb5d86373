import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, COMMANDS } from '../../src/slack/ids.js';
import { leadListHeaders } from '../../src/slack/views/leads/lead-list.js';
import { pendingPaymentHeaders } from '../../src/slack/views/ledger/pending-payments.js';
import { quoteListHeaders } from '../../src/slack/views/quotes/quote-list.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { dataBlockProblems } from '../helpers/fake-slack-data-blocks.js';
import { DRIVERS } from '../helpers/test-db.js';
import { slackLimitViolations } from '../helpers/view-limits.js';

type Json = Record<string, unknown>;
type Cell = { type: string; text?: string; value?: number };
const LEADS = 5000;
const PAYMENTS = 200;
const QUOTES = 500;
const NAME = '华东精密机械设备制造集团股份有限公司上海浦东新区分公司';
const quoted = (text: string) => JSON.stringify(text).slice(1, -1);

/*
 * 5,000 leads of one rep, 200 payment reports waiting for finance and 500 quotes, named at full length in
 * Chinese: `/lead list mine`, `/lead list stale`, `/payment pending` and `/quote list` each answer with one data
 * table Slack accepts (the fake refuses what Slack refuses), its headers, numbers as raw_number, the line that
 * says how many of how many it shows, and a plain-text fallback.
 */
describe.each(DRIVERS)('record lists as Slack data tables (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-03-02T02:00:00Z'));
  const t = translator('en');

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    for (const id of ['U_MGR', 'U_REP', 'U_FIN']) app.addUser({ id, locale: 'en-US', tz: 'Asia/Shanghai' });
    const db = app.database.db;
    const team = app.teamId;
    await db.execute(sql`insert into teams (team_id) values (${team}) on conflict do nothing`);
    await db.execute(sql`
      insert into members (team_id, user_id, role, manager_user_id, timezone, profile_fetched_at)
      values (${team}, 'U_MGR', 'manager', null, 'Asia/Shanghai', ${clock.now()}),
        (${team}, 'U_REP', 'rep', 'U_MGR', 'Asia/Shanghai', ${clock.now()}),
        (${team}, 'U_FIN', 'finance', null, 'Asia/Shanghai', ${clock.now()})
      on conflict do nothing`);
    // Last activity from 1 March back to 30 days before it; values in yuan; every seventh without a value.
    // In batches: one statement stays within the app's statement timeout on a busy machine.
    for (let from = 1; from <= LEADS; from += 1000)
      await db.execute(sql`
      insert into leads (team_id, owner_user_id, created_by_user_id, company_name, contact_name, stage,
        estimated_value, currency, next_follow_up_on, search_text, last_activity_at, created_at)
      select ${team}, 'U_REP', 'U_REP', ${NAME} || g, '联系人' || g, 'proposal',
        case when g % 7 = 0 then null else g * 1000.5 end, 'CNY', date '2026-03-10',
        'lead ' || g, timestamptz '2026-03-01T00:00:00Z' - ((g % 30) || ' days')::interval,
        timestamptz '2026-01-01T00:00:00Z'
      from generate_series(${from}::int, ${Math.min(LEADS, from + 999)}::int) g`);
    await db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, invoiced_minor, approved_at)
      select ${team}, 'HT-2026-' || lpad(g::text, 4, '0'), 2026, g, g, g, 'U_REP', ${NAME} || g,
        10000000 + g, 'CNY', 3000, 'signed', 0, 0, timestamptz '2026-01-01'
      from generate_series(1, ${PAYMENTS}) g`);
    // Reported on 20 February (Shanghai): 10 days waiting on 2 March.
    await db.execute(sql`
      insert into contract_payments (team_id, contract_id, amount_minor, currency, received_on, status,
        reported_by_user_id, created_at, updated_at)
      select team_id, id, 100000 + seq, 'CNY', date '2026-02-19', 'reported', 'U_REP',
        timestamptz '2026-02-20T02:00:00Z' + (seq || ' minutes')::interval, timestamptz '2026-02-20T02:00:00Z'
      from contracts where team_id = ${team}`);
    await db.execute(sql`
      insert into quotes (team_id, number, year, seq, lead_id, owner_user_id, currency, status, current_version,
        valid_until, language, created_by_user_id, created_at)
      select ${team}, 'BJ-2026-' || lpad(g::text, 4, '0'), 2026, g, l.id, 'U_REP', 'CNY', 'sent', 1 + g % 3,
        date '2026-04-01', 'zh-CN', 'U_REP', timestamptz '2026-01-01T00:00:00Z' + (g || ' minutes')::interval
      from generate_series(1, ${QUOTES}) g
      join leads l on l.team_id = ${team} and l.company_name = ${NAME} || g`);
  }, 180_000);
  afterAll(() => app?.stop());

  const answer = async (user: string, command: string, text: string): Promise<Json> => {
    const started = performance.now();
    const sent = await app.command(user, command, text);
    console.log('LIST_MS', command, text, Math.round(performance.now() - started));
    return (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId))).body;
  };

  const tableOf = (body: Json): Cell[][] => {
    expect(dataBlockProblems(body.blocks, '/blocks', 'message')).toEqual([]);
    expect(slackLimitViolations(body, 'message')).toEqual([]);
    const tables = (body.blocks as Json[]).filter((block) => block.type === 'data_table');
    expect(tables).toHaveLength(1);
    return tables[0]?.rows as Cell[][];
  };

  it('/lead list mine over 5,000 leads: a table of the first page, newest activity first, value as raw_number, "showing 1–20 of 5,000"', async () => {
    const body = await answer('U_REP', COMMANDS.lead, 'list mine');
    const rows = tableOf(body);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(leadListHeaders(t));
    expect(rows).toHaveLength(21);
    // Activity on 1 March: g = 4980 (¥4,982,490.00), then 4950 (¥4,952,475.00).
    expect(rows[1]?.[1]?.text).toBe(`${`${NAME}4980`.slice(0, 23)}…`);
    expect(rows[1]?.[4]).toEqual({ type: 'raw_number', value: 498_249_000, text: '¥4,982,490.00' });
    expect(rows[2]?.[4]).toEqual({ type: 'raw_number', value: 495_247_500, text: '¥4,952,475.00' });
    expect(rows[1]?.[6]?.text).toBe('2026-03-01');
    const said = JSON.stringify(body.blocks);
    expect(said).toContain(quoted(t('lists.leads.shown', { from: 1, to: 20, total: LEADS })));
    expect(said).toContain(`"action_id":"${ACTIONS.leadOpen}"`);
    expect(said).toContain(`"action_id":"${ACTIONS.leadListPage}_1"`);
    expect(String(body.text)).toContain(
      t('leads.list.title', { title: t('leads.list.titleMine'), total: LEADS }),
    );
    expect(String(body.text)).toContain(t('lists.leads.openHint'));
  });

  it('"Open a lead…" under the table shows the chosen lead’s card', async () => {
    const found = await app.database.db.execute(
      sql`select id::int as id from leads where team_id = ${app.teamId} and company_name = ${`${NAME}4950`}`,
    );
    const [row] = (found as unknown as { rows: { id: number }[] }).rows;
    const clicked = await app.action(
      'U_REP',
      {
        type: 'static_select',
        action_id: ACTIONS.leadOpen,
        selected_option: { text: { type: 'plain_text', text: `#${row?.id}` }, value: String(row?.id) },
      },
      { isEphemeral: true },
    );
    const card = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === clicked.responseId));
    expect(JSON.stringify(card.body)).toContain(`#${row?.id}`);
    expect(JSON.stringify(card.body)).toContain(`${NAME}4950`);
  });

  it('/lead list stale: days idle as a number instead of the next follow-up', async () => {
    const body = await answer('U_REP', COMMANDS.lead, 'list stale');
    const rows = tableOf(body);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(leadListHeaders(t, true));
    // No activity in the last 7 days (since 23 February 02:00 UTC): the newest moved on 23 February at 00:00 UTC.
    expect(rows[1]?.[6]?.text).toBe('2026-02-23');
    expect(rows[1]?.[7]).toEqual({ type: 'raw_number', value: 7, text: '7' });
  });

  it('/payment pending with 200 reports: finance gets the table, a totals row of all 200, "the oldest N of 200" and buttons', async () => {
    const body = await answer('U_FIN', COMMANDS.payment, 'pending');
    const rows = tableOf(body);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(pendingPaymentHeaders(t));
    expect(rows[1]?.[0]?.text).toBe('HT-2026-0001');
    expect(rows[1]?.[3]).toEqual({ type: 'raw_number', value: 100_001, text: '¥1,000.01' });
    expect(rows[1]?.[6]).toEqual({ type: 'raw_number', value: 10, text: '10' });
    const total = rows.at(-1) ?? [];
    expect(total[0]?.text).toBe(t('common.table.total', { currency: 'CNY' }));
    expect(total[1]?.value).toBe(PAYMENTS);
    expect(total[3]?.value).toBe(PAYMENTS * 100_000 + (PAYMENTS * (PAYMENTS + 1)) / 2);
    const shown = rows.length - 2;
    expect(shown).toBeLessThan(PAYMENTS);
    const said = JSON.stringify(body.blocks);
    expect(said).toContain(quoted(t('lists.payments.shown', { shown, total: PAYMENTS })));
    expect(said.split(`"action_id":"${ACTIONS.paymentConfirm}"`).length - 1).toBe(20);
    expect(String(body.text)).toContain(t('ledger.payment.pendingTitle', { count: PAYMENTS }));
  });

  it('/quote list mine over 500 quotes: the newest first, version and total as raw_number, "showing N of 500"', async () => {
    const body = await answer('U_REP', COMMANDS.quote, 'list mine');
    const rows = tableOf(body);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(quoteListHeaders(t));
    expect(rows[1]?.[0]?.text).toBe('BJ-2026-0500');
    expect(rows[1]?.[1]).toEqual({ type: 'raw_number', value: 3, text: 'v3' });
    expect(rows[1]?.[4]).toEqual({ type: 'raw_number', value: 0, text: '¥0.00' });
    const shown = rows.length - 1;
    expect(shown).toBeLessThanOrEqual(100);
    expect(JSON.stringify(body.blocks)).toContain(quoted(t('lists.quotes.shown', { shown, total: QUOTES })));
    expect(String(body.text)).toContain(t('quotes.list.title', { count: QUOTES }));
    expect(String(body.text)).toContain('BJ-2026-0500');
  });

  it('a manager reads the rep’s leads with Chinese headers, within the same limits', async () => {
    await app.database.db.execute(
      sql`update members set language = 'zh-CN' where team_id = ${app.teamId} and user_id = 'U_MGR'`,
    );
    const zh = translator('zh-CN');
    const body = await answer('U_MGR', COMMANDS.lead, 'list team');
    expect(tableOf(body)[0]?.map((cell) => cell.text)).toEqual(leadListHeaders(zh));
    const quotes = await answer('U_MGR', COMMANDS.quote, 'list team');
    expect(tableOf(quotes)[0]?.map((cell) => cell.text)).toEqual(quoteListHeaders(zh));
  });
});
