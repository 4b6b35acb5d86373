import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { dataBlockProblems } from '../helpers/fake-slack-data-blocks.js';
import { DRIVERS } from '../helpers/test-db.js';
import { createLead, setUpOrg } from './approvals-helpers.js';

type Json = Record<string, unknown>;
type Chart = {
  type: string;
  block_id?: string;
  chart: { series: { name: string; data: { value: number }[] }[]; axis_config: { categories: string[] } };
};
const en = translator('en');
const zh = translator('zh-CN');

/*
 * App Home as the morning dashboard, by role: a rep's own pipeline as a native chart and the money overdue on her
 * contracts; a manager's team pipeline, plan against done per rep and aging; finance's queues with true counts;
 * an admin holds both. Every Home passes the fake Slack's checks (100 blocks, data visualization rules).
 */
describe.each(DRIVERS)('App Home dashboard per role (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-03-02T02:00:00Z'));

  const home = async (user: string): Promise<{ blocks: Json[]; text: string }> => {
    const publish = await app.callFrom(
      () => app.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' }),
      'views.publish',
    );
    expect(publish.args.user_id).toBe(user);
    const view = publish.args.view as { type: string; blocks: Json[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(dataBlockProblems(view.blocks, '/blocks', 'view')).toEqual([]);
    return { blocks: view.blocks, text: JSON.stringify(view.blocks) };
  };
  const chart = (blocks: Json[], blockId: string) =>
    blocks.find((block) => block.block_id === blockId) as Chart | undefined;
  const quoted = (text: string) => JSON.stringify(text).slice(1, -1);

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    await app.deps.teams.updateTeam(app.teamId, { currency: 'CNY' });
    await app.deps.teams.updateMember(app.teamId, 'U_FIN', { language: 'zh-CN' });
    // Two leads of the rep, one of her peer (both report to U_MGR), one of a rep outside the team.
    for (const owner of ['U_REP', 'U_REP', 'U_PEER', 'U_LONE']) await createLead(app, owner);
    // Contract 1 is the rep's: ¥70,000 of it due on 20 February, unpaid (10 days overdue on 2 March).
    const db = app.database.db;
    await db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, invoiced_minor, approved_at)
      select ${app.teamId}, 'HT-2026-' || lpad(g::text, 4, '0'), 2026, g, g, 9000 + g,
        case when g = 1 then 'U_REP' else 'U_LONE' end, '客户 <b>' || g, 10000000, 'CNY', 3000, 'signed', 0, 0,
        timestamptz '2026-01-01'
      from generate_series(1, 8) g`);
    await db.execute(sql`
      insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
      select team_id, id, 1, date '2026-02-20', 7000000, 0, false from contracts where team_id = ${app.teamId}
        and owner_user_id = 'U_REP'`);
    // Seven payments reported and waiting for finance; one invoice approved and waiting to be issued.
    await db.execute(sql`
      insert into contract_payments (team_id, contract_id, amount_minor, currency, received_on, status, reported_by_user_id)
      select team_id, id, 100000 * seq, 'CNY', date '2026-03-01', 'reported', owner_user_id
      from contracts where team_id = ${app.teamId} and seq <= 7`);
    await db.execute(sql`
      insert into contract_invoices (team_id, contract_id, approval_request_id, amount_minor, currency, status,
        requested_by_user_id)
      select team_id, id, 7000 + seq, 3000000, 'CNY', 'approved', owner_user_id
      from contracts where team_id = ${app.teamId} and seq = 8`);
    await app.deps.targets.upsert({
      teamId: app.teamId,
      subject: { kind: 'rep', userId: 'U_PEER' },
      metric: 'won',
      period: 'month',
      value: 50_000_000,
      currency: 'CNY',
      setByUserId: 'U_MGR',
      at: clock.now(),
    });
  }, 60_000);
  afterAll(() => app?.stop());

  it('a rep sees her own pipeline as a native chart and the money overdue on her contracts, nothing of the team or finance', async () => {
    const { blocks, text } = await home('U_REP');
    const pipeline = chart(blocks, BLOCKS.homeRepPipeline);
    expect(pipeline?.type).toBe('data_visualization');
    expect(pipeline?.chart.axis_config.categories[0]).toBe(en('leads.stage.new'));
    // Two new leads of ¥2,000.00 estimated each: the first bar is ¥4,000 in whole yuan.
    expect(pipeline?.chart.series[0]?.data[0]?.value).toBe(4_000);
    expect(text).toContain(quoted(en('home.rep.overdueMoney', { amounts: '¥70,000.00' })));
    expect(text).not.toContain(quoted(en('home.team.header')));
    expect(text).not.toContain(quoted(en('home.finance.header')));
  });

  it('a manager sees the team’s pipeline chart with its true totals, plan against done per rep and the aging', async () => {
    const { blocks, text } = await home('U_MGR');
    expect(text).toContain(quoted(en('home.team.header')));
    const team = chart(blocks, BLOCKS.homeTeamPipeline);
    expect(team?.chart.series.map((s) => s.name)).toEqual([
      en('home.chart.value', { currency: 'CNY' }),
      en('home.chart.weighted', { currency: 'CNY' }),
    ]);
    // Three leads of the manager's reports (the rep outside the team is not counted), all new.
    expect(team?.chart.series[0]?.data[0]?.value).toBe(6_000);
    expect(text).toContain(
      quoted(en('home.team.pipelineTotal', { count: 3, value: '¥6,000.00', weighted: '¥300.00' })),
    );
    const targets = chart(blocks, BLOCKS.homeTeamTargets);
    expect(targets?.chart.series[0]?.data.map((point) => point.value)).toEqual([500_000]);
    expect(targets?.chart.series[1]?.data.map((point) => point.value)).toEqual([0]);
    expect(text).toContain('<@U_PEER>');
    expect(text).toContain(quoted(en('ledger.aging.title')));
    expect(text).not.toContain(quoted(en('home.finance.header')));
  });

  it('finance sees the payments waiting (true count, the oldest five) and the invoices to issue, in Chinese', async () => {
    const { blocks, text } = await home('U_FIN');
    expect(text).toContain(quoted(zh('home.finance.pending', { count: 7 })));
    expect(text).toContain(quoted(zh('home.finance.pendingMore', { count: 2 })));
    expect(text.match(/到账/g)).toHaveLength(5);
    expect(text).toContain('客户 &lt;b&gt;1');
    expect(text).not.toContain('客户 <b>');
    expect(text).toContain(quoted(zh('home.finance.invoices', { count: 1 })));
    expect(text).not.toContain(quoted(zh('home.team.header')));
    const record = blocks
      .flatMap((block) => (block.elements ?? []) as { action_id?: string; value?: string }[])
      .find((element) => element.action_id?.startsWith(`${ACTIONS.invoiceIssue}_`));
    expect(record?.value).toMatch(/^\d+$/);
    // The button opens the same invoice form as finance's DM.
    const view = await app.viewFrom(() =>
      app.action(
        'U_FIN',
        { action_id: record?.action_id ?? '', value: record?.value },
        { view: { id: 'VHOME' } },
      ),
    );
    expect(view.callback_id).toBe(VIEWS.invoiceIssue);
  });

  it('an admin holds both: the whole team’s section and finance’s, the aging shown once', async () => {
    const { blocks, text } = await home('U_ADMIN');
    expect(text).toContain(quoted(en('home.team.headerAll')));
    expect(text).toContain(quoted(en('home.finance.header')));
    // Everyone's leads: four.
    expect(chart(blocks, BLOCKS.homeTeamPipeline)?.chart.series[0]?.data[0]?.value).toBe(8_000);
    expect(text.split(quoted(en('ledger.aging.title'))).length - 1).toBe(1);
  });
});
