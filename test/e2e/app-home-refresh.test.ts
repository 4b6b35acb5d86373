import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { createHomeRefresher, type HomeRefresher } from '../../src/jobs/home-refresher.js';
import { createOutboxClient } from '../../src/jobs/outbox-sender.js';
import { fixedClock } from '../../src/lib/clock.js';
import { HOME_BLOCKS } from '../../src/slack/home/home-ids.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { encodeHandoverValue } from '../../src/slack/leads/handover-command-parser.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { createLead, setUpOrg } from './approvals-helpers.js';

type Json = Record<string, unknown>;
const en = translator('en');
const zh = translator('zh-CN');
const quoted = (text: string) => JSON.stringify(text).slice(1, -1);

/*
 * App Home refreshed when what it shows changes: people who opened Home get it re-published once per 30 s at
 * most after a change that concerns them (finance for money, the rep and her managers), never those who never
 * looked; finance acts on its payments from Home with the DM's buttons, and the Home follows at once.
 * The refresher is driven pass by pass on the test's clock: no test waits on the wall clock.
 */
describe.each(DRIVERS)('App Home refreshed when its data changes (%s)', (driver) => {
  let app: TestApp;
  let refresher: HomeRefresher;
  const clock = fixedClock(new Date('2026-03-02T02:00:00Z'));

  const publishes = (user: string) =>
    app.slack.callsTo('views.publish').filter((call) => call.args.user_id === user);
  const counts = (users: string[]) => users.map((user) => publishes(user).length);
  const lastHome = (user: string): { blocks: Json[]; text: string } => {
    const view = publishes(user).at(-1)?.args.view as { blocks: Json[] } | undefined;
    return { blocks: view?.blocks ?? [], text: JSON.stringify(view?.blocks ?? []) };
  };
  const open = (user: string) =>
    app.callFrom(
      () => app.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' }),
      'views.publish',
    );
  const report = (amount = '1000') =>
    app.command('U_REP', COMMANDS.payment, `HT-2026-0001 ${amount} 2026-03-01`);
  const refreshAfter = async (ms: number) => {
    clock.advance(ms);
    return refresher.refreshOnce();
  };
  const paymentRows = (blocks: Json[]) =>
    blocks.filter((block) => String(block.block_id ?? '').startsWith(`${HOME_BLOCKS.paymentRow}_`));
  const confirmOf = (row: Json | undefined) =>
    (row?.elements as { action_id: string; value: string }[] | undefined)?.find(
      (element) => element.action_id === ACTIONS.paymentConfirm,
    );
  const statusOf = async (paymentId: string) => {
    const result = (await app.database.db.execute(
      sql`select status, confirmed_by_user_id from contract_payments where id = ${Number(paymentId)}`,
    )) as unknown as { rows: { status: string; confirmed_by_user_id: string | null }[] };
    return result.rows[0];
  };

  beforeAll(async () => {
    app = await startTestApp({
      driver,
      clock,
      // The production refresher on the app's own background dependencies, not started: each test runs its passes.
      backgroundJobs: (deps) => {
        refresher = createHomeRefresher({ deps, client: createOutboxClient(deps.config, deps.logger) });
        return [];
      },
    });
    await setUpOrg(app);
    app.addUser({ id: 'U_FIN2', locale: 'zh-CN', tz: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, 'U_FIN2', { role: 'finance', language: 'zh-CN' });
    await app.deps.teams.updateTeam(app.teamId, { currency: 'CNY' });
    await app.database.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, invoiced_minor, approved_at)
      values (${app.teamId}, 'HT-2026-0001', 2026, 1, 1, 9001, 'U_REP', 'Refresh Co', 10000000, 'CNY', 0, 'signed',
        0, 0, timestamptz '2026-01-01')`);
    // Everyone but the peer and the director has looked at Home once.
    for (const user of ['U_FIN', 'U_FIN2', 'U_MGR', 'U_REP']) await open(user);
  }, 60_000);
  afterAll(() => app?.stop());

  it('a payment reported re-publishes finance’s Home once the debounce is over, with the new count, and never the Home of someone who never opened it', async () => {
    const users = ['U_FIN', 'U_FIN2', 'U_MGR', 'U_REP', 'U_PEER', 'U_DIR'];
    clock.advance(31_000);
    const before = counts(users);
    await report();
    await refreshAfter(29_000);
    expect(counts(users)).toEqual(before);
    await refreshAfter(1_000);
    // Finance (both), the rep's manager and the rep; not her peer, not the director who never opened Home.
    expect(counts(users)).toEqual(before.map((n, i) => n + (i < 4 ? 1 : 0)));
    expect(lastHome('U_FIN').text).toContain(quoted(en('home.finance.pending', { count: 1 })));
    expect(lastHome('U_FIN2').text).toContain(quoted(zh('home.finance.pending', { count: 1 })));
    await refreshAfter(60_000);
    expect(counts(users)).toEqual(before.map((n, i) => n + (i < 4 ? 1 : 0)));
  });

  it('fifty payments reported in a burst re-publish each Home once, with the true count', async () => {
    const users = ['U_FIN', 'U_FIN2', 'U_MGR', 'U_REP', 'U_PEER'];
    clock.advance(31_000);
    const before = counts(users);
    for (let i = 0; i < 50; i += 1) {
      await report('100');
      clock.advance(200);
    }
    await refreshAfter(30_000);
    expect(counts(users)).toEqual(before.map((n, i) => n + (i < 4 ? 1 : 0)));
    const { text, blocks } = lastHome('U_FIN');
    expect(text).toContain(quoted(en('home.finance.pending', { count: 51 })));
    expect(text).toContain(quoted(en('home.finance.pendingMore', { count: 46 })));
    expect(paymentRows(blocks)).toHaveLength(5);
    expect(lastHome('U_FIN2').text).toContain(quoted(zh('home.finance.pendingMore', { count: 46 })));
    await refreshAfter(60_000);
    expect(counts(users)).toEqual(before.map((n, i) => n + (i < 4 ? 1 : 0)));
  });

  it('finance confirms a payment from its Home: it is confirmed, that Home is re-published at once, the others at the next refresh', async () => {
    clock.advance(31_000);
    const confirm = confirmOf(paymentRows(lastHome('U_FIN').blocks)[0]);
    expect(confirm?.value).toMatch(/^\d+$/);
    const [fin, fin2, rep] = counts(['U_FIN', 'U_FIN2', 'U_REP']);
    await app.action(
      'U_FIN',
      { action_id: confirm?.action_id ?? '', value: confirm?.value },
      { view: { id: 'VHOME_FIN', type: 'home' } },
    );
    expect((await statusOf(confirm?.value ?? '0'))?.status).toBe('confirmed');
    expect(publishes('U_FIN')).toHaveLength((fin ?? 0) + 1);
    expect(lastHome('U_FIN').text).toContain(quoted(en('home.finance.pending', { count: 50 })));
    await refreshAfter(30_000);
    // The clicker's Home is current already; the other finance user's and the rep's follow.
    expect(counts(['U_FIN', 'U_FIN2', 'U_REP'])).toEqual([(fin ?? 0) + 1, (fin2 ?? 0) + 1, (rep ?? 0) + 1]);
    expect(lastHome('U_FIN2').text).toContain(quoted(zh('home.finance.pending', { count: 50 })));
  });

  it('two finance users confirming the same payment from their Homes at once: one confirms it, the other is told who did and sees the queue as it is', async () => {
    clock.advance(31_000);
    const confirm = confirmOf(paymentRows(lastHome('U_FIN').blocks)[0]);
    expect(confirmOf(paymentRows(lastHome('U_FIN2').blocks)[0])?.value).toBe(confirm?.value);
    const before = { U_FIN: publishes('U_FIN').length, U_FIN2: publishes('U_FIN2').length };
    const dmsBefore = app.slack.callsTo('chat.postMessage').length;
    const click = (user: string) =>
      app.action(
        user,
        { action_id: ACTIONS.paymentConfirm, value: confirm?.value },
        { view: { id: `VHOME_${user}`, type: 'home' } },
      );
    await Promise.all([click('U_FIN'), click('U_FIN2')]);
    const decided = await statusOf(confirm?.value ?? '0');
    expect(decided?.status).toBe('confirmed');
    const winner = decided?.confirmed_by_user_id ?? '';
    const loser = winner === 'U_FIN' ? 'U_FIN2' : 'U_FIN';
    expect(['U_FIN', 'U_FIN2']).toContain(winner);
    const told = app.slack
      .callsTo('chat.postMessage')
      .slice(dmsBefore)
      .filter((call) => call.args.channel === loser)
      .map((call) => String(call.args.text));
    const refusal = (loser === 'U_FIN2' ? zh : en)('ledger.error.paymentDecidedBy', {
      status: '',
      user: '',
      when: '',
    });
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`<@${winner}>`);
    expect(told[0]).toContain(refusal.slice(refusal.indexOf('`/payment pending`')));
    // Both Homes re-published at once, both showing the payment gone from the queue (49 left).
    expect(publishes('U_FIN')).toHaveLength(before.U_FIN + 1);
    expect(publishes('U_FIN2')).toHaveLength(before.U_FIN2 + 1);
    expect(lastHome(loser).text).not.toContain(`"${HOME_BLOCKS.paymentRow}_${confirm?.value}"`);
    expect(lastHome('U_FIN').text).toContain(quoted(en('home.finance.pending', { count: 49 })));
    const collected = (await app.database.db.execute(
      sql`select collected_minor from contracts where team_id = ${app.teamId} and number = 'HT-2026-0001'`,
    )) as unknown as { rows: { collected_minor: number | string }[] };
    // ¥1,000 and ¥100 confirmed, each once.
    expect(Number(collected.rows[0]?.collected_minor)).toBe(110_000);
  });

  it('a Home that Slack refuses with a rate limit is published again once Retry-After has passed', async () => {
    clock.advance(31_000);
    await report('100');
    app.slack.failNext('views.publish', { status: 429, error: 'ratelimited', retryAfterSeconds: 20 });
    const before = counts(['U_FIN', 'U_FIN2', 'U_MGR', 'U_REP']);
    const first = await refreshAfter(30_000);
    expect(first.rateLimited).toBeGreaterThanOrEqual(1);
    expect(first.published).toBe(0);
    // Paused until Retry-After: a pass before it claims nothing.
    expect((await refreshAfter(10_000)).claimed).toBe(0);
    const second = await refreshAfter(10_000);
    expect(second.published).toBe(4);
    const after = counts(['U_FIN', 'U_FIN2', 'U_MGR', 'U_REP']);
    // The refused call is recorded too: each Home published once more, one of them tried twice.
    expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('finance rejects a payment from its Home with a reason: it is rejected and that Home re-published at once, without the payment', async () => {
    clock.advance(31_000);
    const row = paymentRows(lastHome('U_FIN').blocks)[0];
    const reject = (row?.elements as { action_id: string; value: string }[] | undefined)?.find(
      (element) => element.action_id === ACTIONS.paymentReject,
    );
    const modal = await app.viewFrom(() =>
      app.action(
        'U_FIN',
        { action_id: reject?.action_id ?? '', value: reject?.value },
        { view: { id: 'VHOME_FIN', type: 'home' } },
      ),
    );
    const before = publishes('U_FIN').length;
    const { outcome } = await app.submit('U_FIN', modal, {
      [BLOCKS.ledgerReason]: 'Not on the bank statement',
    });
    expect(outcome.kind).toBe('done');
    expect((await statusOf(reject?.value ?? '0'))?.status).toBe('rejected');
    expect(publishes('U_FIN')).toHaveLength(before + 1);
    const waiting = (await app.database.db.execute(
      sql`select count(*)::int as n from contract_payments where team_id = ${app.teamId} and status = 'reported'`,
    )) as unknown as { rows: { n: number }[] };
    const { text } = lastHome('U_FIN');
    expect(text).toContain(quoted(en('home.finance.pending', { count: waiting.rows[0]?.n ?? -1 })));
    expect(text).not.toContain(`"${HOME_BLOCKS.paymentRow}_${reject?.value}"`);
  });

  it('a lead handed over re-publishes the Homes of the rep who gave it and the rep who has it now, not finance’s', async () => {
    await open('U_PEER');
    const lead = await createLead(app, 'U_REP', 'Handover Home Co');
    const users = ['U_REP', 'U_PEER', 'U_FIN'];
    await refreshAfter(31_000);
    const before = counts(users);
    await app.command('U_MGR', COMMANDS.lead, `#${lead.id} owner <@U_PEER>`);
    await refreshAfter(31_000);
    expect(counts(users)).toEqual(before.map((n, i) => n + (i < 2 ? 1 : 0)));
  });

  it('handing over all of a rep’s leads re-publishes both reps’ Homes', async () => {
    await open('U_PEER');
    await createLead(app, 'U_PEER', 'Bulk Handover Co');
    const users = ['U_REP', 'U_PEER', 'U_FIN'];
    await refreshAfter(31_000);
    const before = counts(users);
    const value = encodeHandoverValue({ fromUserId: 'U_PEER', toUserId: 'U_REP' });
    await app.action('U_MGR', { action_id: ACTIONS.handoverConfirm, value });
    await refreshAfter(31_000);
    expect(counts(users)).toEqual(before.map((n, i) => n + (i < 2 ? 1 : 0)));
  });
});
