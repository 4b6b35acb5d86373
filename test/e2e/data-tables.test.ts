import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTeam } from '../../scripts/bench/seed.js';
import { translator } from '../../src/i18n/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { COMMANDS } from '../../src/slack/ids.js';
import { ledgerHeaders } from '../../src/slack/views/ledger/ledger-list.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { dataBlockProblems } from '../helpers/fake-slack-data-blocks.js';
import { DRIVERS } from '../helpers/test-db.js';
import { slackLimitViolations } from '../helpers/view-limits.js';

type Json = Record<string, unknown>;
type Cell = { type: string; text?: string; value?: number };
const CONTRACTS = 1200;
const CUSTOMER = '华东精密机械设备制造集团股份有限公司上海浦东新区分公司';

/*
 * 1,200 contracts of one rep (the builders are tested with 5,000 in test/slack/views/data-table.test.ts), customers named at full length in Chinese, half with an installment overdue: the
 * ledger answers with one data table Slack accepts (the fake refuses what Slack refuses), its headers, numbers
 * as raw_number and a totals row of all of them, and says how much of them the message shows.
 */
describe.each(DRIVERS)('the contract ledger as a Slack data table (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-03-02T02:00:00Z'));

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    for (const id of ['U_MGR', 'U_REP']) app.addUser({ id, locale: 'en-US', tz: 'Asia/Shanghai' });
    await seedTeam(app.database.db, {
      teamId: app.teamId,
      owners: ['U_MGR', 'U_REP'],
      leads: 10,
      activities: 0,
    });
    const db = app.database.db;
    await db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, invoiced_minor, approved_at)
      select ${app.teamId}, 'HT-2026-' || lpad(g::text, 4, '0'), 2026, g, g, g, 'U_REP', ${CUSTOMER} || g,
        10000000 + g, 'CNY', 3000, 'signed', 3000000, 1000000, timestamptz '2026-01-01' + (g || ' minutes')::interval
      from generate_series(1, ${CONTRACTS}) g`);
    await db.execute(sql`
      insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
      select team_id, id, 1, date '2026-02-20', 7000000 + seq, case when seq % 2 = 0 then 7000000 + seq else 0 end, false
      from contracts where team_id = ${app.teamId}`);
  }, 120_000);
  afterAll(() => app?.stop());

  const ledger = async (user: string, text: string): Promise<Json> => {
    const started = performance.now();
    const sent = await app.command(user, COMMANDS.contract, text);
    console.log('LEDGER_MS', user, Math.round(performance.now() - started));
    return (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId))).body;
  };

  it('/contract ledger mine: one data table with the ledger’s headers, raw_number money and the totals row of all 1,200', async () => {
    const t = translator('en');
    const body = await ledger('U_REP', 'ledger mine');
    const blocks = body.blocks as Json[];
    expect(dataBlockProblems(blocks, '/blocks', 'message')).toEqual([]);
    expect(slackLimitViolations(body, 'message')).toEqual([]);
    expect(String(body.text)).toContain(t('ledger.list.heading.mine'));
    const tables = blocks.filter((block) => block.type === 'data_table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]?.rows as Cell[][];
    expect(rows[0]?.map((cell) => cell.text)).toEqual(ledgerHeaders(t));
    // Newest first: HT-2026-1200 leads; its money sorts by minor units and reads in yuan.
    const first = rows[1] ?? [];
    expect(first[0]?.text).toBe('HT-2026-1200');
    expect(first.slice(3, 9).map((cell) => cell.type)).toEqual(Array(6).fill('raw_number'));
    expect(first[3]).toEqual({ type: 'raw_number', value: 10_001_200, text: '¥100,012.00' });
    // 1200 is even: paid. 1199 is odd: its installment of 20 February is 10 days overdue on 2 March.
    expect(first[8]?.value).toBe(0);
    expect(rows[2]?.[8]).toEqual({ type: 'raw_number', value: 10, text: '10' });
    const total = rows.at(-1) ?? [];
    expect(total[0]?.text).toBe(t('common.table.total', { currency: 'CNY' }));
    expect(total[1]?.value).toBe(CONTRACTS);
    expect(total[3]?.value).toBe(CONTRACTS * 10_000_000 + (CONTRACTS * (CONTRACTS + 1)) / 2);
    expect(total[4]?.value).toBe(CONTRACTS * 3_000_000);
    expect(total[7]?.value).toBe(CONTRACTS * 1_000_000);
    // The long names fill Slack's character budget before 100 rows: the message says so and offers the CSV.
    const shown = rows.length - 2;
    expect(shown).toBeLessThan(100);
    const said = JSON.stringify(blocks);
    expect(said).toContain(
      JSON.stringify(t('ledger.table.more', { page: 1, shown, count: CONTRACTS })).slice(1, -1),
    );
    expect(said).toContain(t('ledger.list.page', { page: 1, pages: 12, count: CONTRACTS }));
  });

  it('a manager sees the rep’s contracts in Chinese headers, within the same limits', async () => {
    await app.database.db.execute(
      sql`update members set language = 'zh-CN' where team_id = ${app.teamId} and user_id = 'U_MGR'`,
    );
    const t = translator('zh-CN');
    const body = await ledger('U_MGR', 'ledger team');
    const rows = (body.blocks as Json[]).find((block) => block.type === 'data_table')?.rows as Cell[][];
    expect(dataBlockProblems(body.blocks, '/blocks', 'message')).toEqual([]);
    expect(rows[0]?.map((cell) => cell.text)).toEqual(ledgerHeaders(t));
    expect(rows.at(-1)?.[0]?.text).toBe(t('common.table.total', { currency: 'CNY' }));
    expect(rows.at(-1)?.[1]?.value).toBe(CONTRACTS);
  });
});
