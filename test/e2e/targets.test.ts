import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MessageKey, translator } from '../../src/i18n/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { buildPlanMessage } from '../../src/slack/views/targets/plan-views.js';
import { targetFixtures } from '../features/targets/target-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { dataBlockProblems } from '../helpers/fake-slack-data-blocks.js';
import { DRIVERS } from '../helpers/test-db.js';

type Json = Record<string, unknown>;

/*
 * Team of app.teamId in Shanghai, CNY. U_MGR manages U_REP; U_ZH reads Chinese; U_ADMIN is an admin.
 * Wednesday 16 December 2026, 10:00 in Shanghai.
 */
describe.each(DRIVERS)(
  '/target, the plan, the leaderboard and the home, through signed payloads (%s)',
  (driver) => {
    let app: TestApp;
    const clock = fixedClock(new Date('2026-12-16T02:00:00Z'));

    beforeAll(async () => {
      app = await startTestApp({ driver, clock });
      for (const [id, locale] of [
        ['U_REP', 'en-US'],
        ['U_MGR', 'en-US'],
        ['U_ZH', 'zh-CN'],
        ['U_ADMIN', 'en-US'],
      ] as const)
        app.addUser({ id, locale, tz: 'Asia/Shanghai' });
      app.slack.addChannel({ id: 'C_SALES', is_member: true });
      await app.deps.teams.ensureTeam(app.teamId);
      await app.deps.teams.updateTeam(app.teamId, {
        timezone: 'Asia/Shanghai',
        currency: 'CNY',
        salesChannelId: 'C_SALES',
      });
      await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
      await app.deps.teams.updateMember(app.teamId, 'U_REP', { managerUserId: 'U_MGR' });
      await app.deps.teams.updateMember(app.teamId, 'U_ZH', { managerUserId: 'U_MGR' });
      await app.deps.teams.updateMember(app.teamId, 'U_ADMIN', { role: 'admin' });
      const f = targetFixtures(app.database.db);
      await f.won({ teamId: app.teamId, owner: 'U_REP', at: '2026-12-15T03:00:00Z', amount: 125_000 });
    }, 60_000);
    afterAll(() => app?.stop());

    async function command(userId: string, name: string, text: string): Promise<Json> {
      const sent = await app.command(userId, name, text);
      expect(sent.status).toBe(200);
      return (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId))).body;
    }
    const all = (body: unknown) => JSON.stringify(body);

    it('a manager sets a rep’s monthly target; the rep sees it with progress and pace, privately', async () => {
      const set = await command('U_MGR', COMMANDS.target, '<@U_REP|rep> 50万');
      expect(set.response_type).toBe('ephemeral');
      expect(String(set.text)).toContain('¥500,000');
      const mine = await command('U_REP', COMMANDS.target, '');
      expect(mine.response_type).toBe('ephemeral');
      // ¥125,000 of ¥500,000 on the 16th; 12 working days left (16–18, 21–25, 28–31 December).
      expect(all(mine)).toContain('*¥125,000* of ¥500,000 (25%)');
      expect(all(mine)).toContain('¥31,250 a working day for the 12 working days left');
    });

    it('a rep may not set a target, and an amount in another currency is refused, in the user’s language', async () => {
      const refused = await command('U_REP', COMMANDS.target, '<@U_REP|rep> 1000');
      expect(String(refused.text)).toBe(translator('en')('targets.error.notAllowed'));
      expect(await app.deps.targets.forSubjects(app.teamId, [{ kind: 'rep', userId: 'U_REP' }])).toHaveLength(
        1,
      );
      const dollars = await command('U_MGR', COMMANDS.target, '<@U_ZH|zh> $500');
      expect(String(dollars.text)).toContain('team currency, CNY');
      const zh = await command('U_ZH', COMMANDS.target, 'team 100万');
      expect(String(zh.text)).toBe(translator('zh-CN')('targets.error.notAllowed'));
    });

    it('a target amount is read like every money argument: a currency written apart stays with it, problems are named', async () => {
      const usd = await command('U_MGR', COMMANDS.target, '<@U_ZH|zh> 500 USD');
      expect(String(usd.text)).toContain('team currency, CNY; “500 USD” is in USD');
      expect(String((await command('U_MGR', COMMANDS.target, '<@U_ZH|zh> USD 500 month')).text)).toContain(
        '“USD 500” is in USD',
      );
      expect(String((await command('U_MGR', COMMANDS.target, '<@U_ZH|zh> -5000')).text)).toContain(
        '“-5000” is negative',
      );
      expect(String((await command('U_MGR', COMMANDS.target, '<@U_ZH|zh> 1,234.567')).text)).toContain(
        'has more decimals than CNY has (2)',
      );
      expect(await app.deps.targets.forSubjects(app.teamId, [{ kind: 'rep', userId: 'U_ZH' }])).toEqual([]);
      expect(String((await command('U_MGR', COMMANDS.target, '<@U_ZH|zh> 30 万 元 quarter')).text)).toContain(
        '¥300,000',
      );
      const [target] = await app.deps.targets.forSubjects(app.teamId, [{ kind: 'rep', userId: 'U_ZH' }]);
      expect(target).toMatchObject({ value: 30_000_000, period: 'quarter' });
      await command('U_MGR', COMMANDS.target, '<@U_ZH|zh> 0 quarter');
    });

    it('activity targets are set per day or week, and answer help for what they cannot read', async () => {
      const set = await command('U_MGR', COMMANDS.target, '<@U_REP|rep> 20 回访 week');
      expect(String(set.text)).toBe('Target set: <@U_REP> · Return calls per week: 20.');
      expect(String((await command('U_REP', COMMANDS.target, 'nonsense')).text)).toContain('*/target*');
    });

    it('/target plan opens the plan modal; it saves once, refuses a stale copy and checks the counts inline', async () => {
      const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.target, 'plan'));
      expect(view.callback_id).toBe(VIEWS.dailyPlan);
      const bad = await app.submit('U_REP', view, { [BLOCKS.planVisits]: '2.5' });
      expect(bad.outcome).toEqual({ kind: 'errors', errors: { [BLOCKS.planVisits]: expect.any(String) } });
      const saved = await app.submit('U_REP', view, {
        [BLOCKS.planReturnCalls]: '6',
        [BLOCKS.planVisits]: '2',
      });
      expect(saved.outcome).toMatchObject({ kind: 'done', text: expect.stringContaining('Return calls 6') });
      expect((await app.deps.dailyPlans.find(app.teamId, 'U_REP', '2026-12-16'))?.counts).toMatchObject({
        returnCalls: 6,
        visits: 2,
      });
      // The same form again (built from "no plan yet") must not overwrite the saved plan.
      const stale = await app.submit('U_REP', view, { [BLOCKS.planReturnCalls]: '1' });
      expect(stale.outcome).toMatchObject({
        kind: 'refused',
        notice: expect.stringContaining('changed since'),
      });
      expect((await app.deps.dailyPlans.find(app.teamId, 'U_REP', '2026-12-16'))?.counts.returnCalls).toBe(6);
    });

    it('“Looks good” confirms the check-in’s plan for the clicker only, and a stale button is refused', async () => {
      const plan = await app.deps.dailyPlans.suggest(app.teamId, 'U_ZH', '2026-12-16', {
        returnCalls: 4,
        invitations: 1,
        visits: 1,
        newRecords: 1,
        deals: 0,
      });
      const dm = buildPlanMessage(plan, translator('zh-CN'));
      const click = (userId: string) =>
        app.action(
          userId,
          { action_id: ACTIONS.planConfirm, value: `${plan.date}:${plan.version}` },
          { channelId: 'D_ZH', message: { text: dm.text, blocks: dm.blocks } },
        );
      const sent = await click('U_ZH');
      const answers = await app.slack.waitFor(() => {
        const found = app.slack.responses.filter((r) => r.id === sent.responseId);
        return found.length >= 2 ? found : undefined;
      });
      expect(answers[0]?.body.replace_original).toBe(true);
      expect(all(answers[0]?.body)).not.toContain(ACTIONS.planConfirm);
      expect(String(answers[1]?.body.text)).toContain('计划已保存');
      expect((await app.deps.dailyPlans.find(app.teamId, 'U_ZH', '2026-12-16'))?.source).toBe('confirmed');
      // Clicking the old button again: the plan moved on.
      const again = await click('U_ZH');
      const refused = await app.slack.waitFor(() =>
        app.slack.responses.find((r) => r.id === again.responseId),
      );
      expect(String(refused.body.text)).toBe(translator('zh-CN')('targets.error.planChanged'));
      // Someone else's click touches their own (missing) plan, never U_ZH's.
      const other = await click('U_MGR');
      await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === other.responseId));
      expect(await app.deps.dailyPlans.find(app.teamId, 'U_MGR', '2026-12-16')).toBeUndefined();
    });

    it('“Adjust” opens the plan as it stands; “Stop check-ins” opts the clicker out', async () => {
      const view = await app.viewFrom(() =>
        app.action('U_ZH', { action_id: ACTIONS.planEdit, value: '2026-12-16:1' }, { channelId: 'D_ZH' }),
      );
      expect(view.callback_id).toBe(VIEWS.dailyPlan);
      expect(all(view.blocks)).toContain('"initial_value":"4"');
      const sent = await app.action(
        'U_ZH',
        { action_id: ACTIONS.planOptOut, value: 'opt_out' },
        { channelId: 'D_ZH' },
      );
      await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
      expect(await app.deps.dailyPlans.isCheckInOptOut(app.teamId, 'U_ZH')).toBe(true);
      await command('U_ZH', COMMANDS.target, 'checkin on');
      expect(await app.deps.dailyPlans.isCheckInOptOut(app.teamId, 'U_ZH')).toBe(false);
    });

    it('only admins change the settings; everyone may read them', async () => {
      const refused = await command('U_MGR', COMMANDS.target, 'settings checkin on');
      expect(String(refused.text)).toBe(translator('en')('targets.error.settingsAdminOnly'));
      const done = await command('U_ADMIN', COMMANDS.target, 'settings checkin on');
      expect(String(done.text)).toContain('Morning check-in: on');
      expect((await app.deps.targetSettings.get(app.teamId)).checkInEnabled).toBe(true);
      expect(String((await command('U_REP', COMMANDS.target, 'settings')).text)).toContain('at 18:00');
    });

    it('/pipeline leaderboard ranks the week privately with its native chart, and a PNG in the caller’s DM only when the team asked for chart images', async () => {
      const uploads = app.slack.callsTo('files.getUploadURLExternal').length;
      const board = await command('U_REP', COMMANDS.pipeline, 'leaderboard');
      expect(board.response_type).toBe('ephemeral');
      expect(all(board)).toContain('1. <@U_REP> · won *¥125,000*');
      expect(all(board)).toContain('Covers 2026-12-14 to 2026-12-20');
      // A data table (headers, numbers that sort as numbers, the team's totals last) and a native chart.
      const en = translator('en');
      const blocks = board.blocks as {
        type: string;
        rows?: { type: string; text?: string; value?: number }[][];
      }[];
      expect(dataBlockProblems(blocks, '/blocks', 'message')).toEqual([]);
      const rows = blocks.find((block) => block.type === 'data_table')?.rows ?? [];
      expect(rows[0]?.map((cell) => cell.text)).toEqual(
        ['rank', 'rep', 'won', 'collected', 'deals', 'activities'].map((column) =>
          en(`targets.leaderboard.table.${column}` as MessageKey),
        ),
      );
      expect(rows[1]?.map((cell) => cell.type)).toEqual([
        'raw_number',
        'rich_text',
        'raw_number',
        'raw_number',
        'raw_number',
        'raw_number',
      ]);
      expect(rows[1]?.[2]).toEqual({ type: 'raw_number', value: 12_500_000, text: '¥125,000' });
      const totals = rows.at(-1) ?? [];
      expect(totals[0]?.text).toBe(en('targets.leaderboard.table.total'));
      const won = rows.slice(1, -1).reduce((sum, row) => sum + (row[2]?.value ?? 0), 0);
      expect(totals[2]?.value).toBe(won);
      expect(blocks.filter((block) => block.type === 'data_visualization')).toHaveLength(1);
      // Chart images are off by default: the native chart only, no PNG in the DM.
      expect(app.slack.callsTo('files.getUploadURLExternal')).toHaveLength(uploads);
      // A team whose clients cannot draw charts turned them on: the PNG follows in the caller's DM.
      await app.deps.teams.updateTeam(app.teamId, { chartImages: true });
      await command('U_REP', COMMANDS.pipeline, 'leaderboard');
      await app.slack.waitFor(
        () => app.slack.callsTo('files.getUploadURLExternal').length > uploads || undefined,
      );
      expect(app.slack.callsTo('files.getUploadURLExternal').at(-1)?.args.filename).toBe(
        'leaderboard-2026-12-14.png',
      );
      await app.deps.teams.updateTeam(app.teamId, { chartImages: false });
      const month = await command('U_ZH', COMMANDS.pipeline, '排行榜 本月');
      expect(all(month)).toContain('排行榜 · 2026-12');
    });

    it('/pipeline and the Home tab show the caller’s targets', async () => {
      expect(all(await command('U_REP', COMMANDS.pipeline, 'me'))).toContain('Your targets');
      const publish = await app.callFrom(
        () => app.event({ type: 'app_home_opened', user: 'U_REP', channel: 'D_REP', tab: 'home' }),
        'views.publish',
      );
      expect(all(publish.args.view)).toContain('*¥125,000* of ¥500,000');
    });
  },
);
