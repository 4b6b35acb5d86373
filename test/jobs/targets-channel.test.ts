import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestTasks } from '../../src/jobs/tasks/digest.tasks.js';
import { createTargetTasks } from '../../src/jobs/tasks/targets.tasks.js';
import { fixedClock } from '../../src/lib/clock.js';
import { inMemoryCollected, targetFixtures } from '../features/targets/target-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { dmsTo, instance, member, textOf } from './rep-day-helpers.js';

/*
 * Team T_CH (Shanghai, CNY, channel C_SALES, digest at 08:30 = 00:30Z). U_LEAD manages U_R1 and U_R2; U_R3
 * reports to nobody. Wednesday 16 December 2026 is the day planned; Thursday's digest looks back on it.
 */
describe.each(DRIVERS)('targets in the sales channel and the manager’s morning (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-14T00:00:00Z'));
  const T = 'T_CH';
  const channelPosts = () =>
    app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'C_SALES');
  const collected = inMemoryCollected([
    { teamId: T, userId: 'U_R2', at: '2026-12-18T03:00:00Z', minor: 250_000 },
  ]);

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    app.deps.collected = collected;
    const base = { teamId: T, timezone: 'Asia/Shanghai', teamTimezone: 'Asia/Shanghai', channel: 'C_SALES' };
    await member(app.deps, { ...base, userId: 'U_LEAD', role: 'manager' });
    await member(app.deps, { ...base, userId: 'U_R1', manager: 'U_LEAD' });
    await member(app.deps, { ...base, userId: 'U_R2', manager: 'U_LEAD', language: 'zh-CN' });
    await member(app.deps, { ...base, userId: 'U_R3' });
    const plan = (userId: string, returnCalls: number, expectedVersion: number) =>
      app.deps.dailyPlans.save({
        teamId: T,
        userId,
        date: '2026-12-16',
        counts: { returnCalls, invitations: 1, visits: 0, newRecords: 0, deals: 0 },
        expectedVersion,
        at: clock.now(),
      });
    await plan('U_R1', 5, 0);
    await app.deps.dailyPlans.suggest(T, 'U_R2', '2026-12-16', {
      returnCalls: 4,
      invitations: 0,
      visits: 0,
      newRecords: 0,
      deals: 0,
    });
    await plan('U_R3', 1, 0);
    const f = targetFixtures(app.database.db);
    const lead = await f.lead({ teamId: T, owner: 'U_R1', createdAt: '2026-12-01T02:00:00Z' });
    for (const at of ['2026-12-16T02:00:00Z', '2026-12-16T03:00:00Z'])
      await f.activity({ teamId: T, leadId: lead, actor: 'U_R1', kind: 'call', at });
    await f.won({ teamId: T, owner: 'U_R1', at: '2026-12-15T03:00:00Z', amount: 600 });
    await f.won({ teamId: T, owner: 'U_R2', at: '2026-12-16T03:00:00Z', amount: 900 });
    await app.deps.targets.upsert({
      teamId: T,
      subject: { kind: 'team' },
      metric: 'won',
      period: 'month',
      value: 1_000_000,
      currency: 'CNY',
      setByUserId: 'U_LEAD',
      at: clock.now(),
    });
  }, 60_000);
  afterAll(() => app?.stop());

  it('Thursday’s digest and the manager’s DM show Wednesday’s plan against what was done', async () => {
    const one = instance(app, clock, 'digest', createDigestTasks(app.deps));
    await one.at('2026-12-17T00:30:00Z');
    const digest = textOf(channelPosts()[0]);
    expect(digest).toContain('Plan vs done · 2026-12-16');
    expect(digest).toContain('<@U_R1>: Return calls 2/5');
    expect(digest).toContain('<@U_R2>: Return calls 0/4');
    expect(digest).toContain('(suggested)');
    // The team's monthly target: ¥600 + ¥900 of ¥10,000 won so far in December, 11 working days left.
    expect(digest).toContain('Team targets');
    expect(digest).toContain('*¥1,500* of ¥10,000 (15%)');
    expect(digest).toContain('¥772.73 a working day for the 11 working days left');
    const [morning] = dmsTo(app, 'U_LEAD');
    expect(dmsTo(app, 'U_LEAD')).toHaveLength(1);
    expect(textOf(morning)).toContain('<@U_R1>');
    expect(textOf(morning)).toContain('<@U_R2>');
    expect(textOf(morning)).not.toContain('<@U_R3>');
  });

  it('posts Monday’s leaderboard of last week once, with its chart, only when the team turned it on', async () => {
    const one = instance(app, clock, 'board', createTargetTasks(app.deps));
    await one.at('2026-12-21T00:30:00Z');
    expect(channelPosts().filter((call) => textOf(call).includes('Leaderboard'))).toHaveLength(0);
    await app.deps.targetSettings.update(T, { weeklyLeaderboardEnabled: true }, 'U_ADMIN', clock.now());
    await one.at('2026-12-21T00:29:00Z');
    await one.at('2026-12-21T00:31:00Z');
    await one.at('2026-12-21T03:00:00Z');
    const boards = channelPosts().filter((call) => textOf(call).includes('Leaderboard'));
    expect(boards).toHaveLength(1);
    const board = textOf(boards[0]);
    // Week of 14–20 December: U_R2 won ¥900 and collected ¥2,500; U_R1 won ¥600.
    expect(board).toContain('1. <@U_R2> · won *¥900* · collected ¥2,500 · deals 1');
    expect(board).toContain('2. <@U_R1> · won *¥600* · collected ¥0 · deals 1 · activities 2');
    expect(board).toContain('3. <@U_R3>');
    // Its chart is Slack's native one inside the message; chart images are off by default, so no PNG is uploaded.
    expect(JSON.stringify(boards[0]?.args.blocks)).toContain('"type":"data_visualization"');
    const charts = app.slack.callsTo('files.getUploadURLExternal');
    const boardCharts = charts.filter((call) => String(call.args.filename).startsWith('leaderboard-'));
    expect(boardCharts).toEqual([]);
  });

  it('announces 50 % and then 100 % of a rep’s monthly target in the channel, once each', async () => {
    await app.deps.targets.upsert({
      teamId: T,
      subject: { kind: 'rep', userId: 'U_R1' },
      metric: 'won',
      period: 'month',
      value: 100_000,
      currency: 'CNY',
      setByUserId: 'U_LEAD',
      at: clock.now(),
    });
    const one = instance(app, clock, 'milestones', createTargetTasks(app.deps));
    const milestones = () => channelPosts().filter((call) => textOf(call).includes(':tada:'));
    // Off by default.
    await one.at('2026-12-21T04:00:00Z');
    expect(milestones()).toHaveLength(0);
    await app.deps.targetSettings.update(T, { milestonesEnabled: true }, 'U_ADMIN', clock.now());
    await one.at('2026-12-21T05:00:00Z');
    await one.at('2026-12-21T06:00:00Z');
    expect(milestones().map(textOf)).toEqual([expect.stringContaining('<@U_R1> reached *50%*')]);
    const f = targetFixtures(app.database.db);
    await f.won({ teamId: T, owner: 'U_R1', at: '2026-12-21T06:30:00Z', amount: 450 });
    await one.at('2026-12-21T07:00:00Z');
    await one.at('2026-12-21T08:00:00Z');
    expect(milestones()).toHaveLength(2);
    expect(textOf(milestones()[1])).toContain('reached *100%*');
    expect(textOf(milestones()[1])).toContain('¥1,050 of ¥1,000');
  });
});
