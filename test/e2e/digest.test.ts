import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { createOutboxWorker, type OutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxClient } from '../../src/jobs/outbox-sender.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createDigestTasks } from '../../src/jobs/tasks/digest.tasks.js';
import { fixedClock } from '../../src/lib/clock.js';
import { COMMANDS } from '../../src/slack/ids.js';
import { fixtures } from '../features/digest/digest-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

// Friday 2026-11-27, 09:00 in Shanghai.
const FRIDAY_MORNING = new Date('2026-11-27T01:00:00Z');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.each(DRIVERS)('digests and /pipeline through Slack (%s)', (driver) => {
  let app: TestApp;
  let worker: OutboxWorker;
  const clock = fixedClock(FRIDAY_MORNING);

  const reply = async (userId: string, text: string) => {
    const sent = await app.command(userId, COMMANDS.pipeline, text);
    const response = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    return { text: String(response.body.text), all: JSON.stringify(response.body) };
  };
  const digestPosts = () =>
    app.slack
      .callsTo('chat.postMessage')
      .filter((call) => String(call.args.text).startsWith('Pipeline digest'));

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    worker = createOutboxWorker({
      deps: app.deps,
      client: createOutboxClient(app.deps.config, app.deps.logger),
      options: { channelIntervalMs: 0 },
    });
    app.slack.addChannel({ id: 'C_SALES', is_member: true });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateTeam(app.teamId, { timezone: 'Asia/Shanghai', salesChannelId: 'C_SALES' });
    const f = fixtures(app.deps.db);
    const teamId = app.teamId;
    await f.member({ teamId, userId: 'U_ADMIN', role: 'admin' });
    await f.member({ teamId, userId: 'U_M', role: 'manager' });
    await f.member({ teamId, userId: 'U_A', manager: 'U_M' });
    await f.member({ teamId, userId: 'U_B', manager: 'U_M' });
    await f.member({ teamId, userId: 'U_OTHER' });
    await f.member({ teamId, userId: 'U_ZH' });
    for (const id of ['U_ADMIN', 'U_M', 'U_A', 'U_B', 'U_OTHER']) app.addUser({ id, tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_ZH', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    // Thursday: U_A brought in Acme (120k) and won Beta (80k); U_OTHER brought in Gamma (9k).
    const acme = await f.lead({
      teamId,
      owner: 'U_A',
      company: 'Acme <b>',
      value: 120_000,
      intent: 'high',
      createdAt: '2026-11-26T02:00:00Z',
    });
    await f.activity({ teamId, leadId: acme, actor: 'U_A', kind: 'call', at: '2026-11-26T03:00:00Z' });
    const beta = await f.lead({
      teamId,
      owner: 'U_A',
      company: 'Beta',
      stage: 'won',
      wonAmount: 80_000,
      createdAt: '2026-11-01T00:00:00Z',
    });
    await f.activity({ teamId, leadId: beta, actor: 'U_A', kind: 'won', at: '2026-11-26T05:00:00Z' });
    await f.lead({
      teamId,
      owner: 'U_OTHER',
      company: 'Gamma',
      stage: 'proposal',
      value: 9_000,
      createdAt: '2026-11-26T06:00:00Z',
    });
    await f.lead({
      teamId,
      owner: 'U_B',
      company: 'Overdue Co',
      stage: 'contacted',
      value: 5_000,
      createdAt: '2026-11-02T00:00:00Z',
      lastActivityAt: '2026-11-25T00:00:00Z',
      nextFollowUpOn: '2026-11-20',
    });
  });
  afterAll(() => app?.stop());
  beforeEach(() => clock.set(FRIDAY_MORNING));

  it('a rep sees their own numbers, and neither the team’s nor a colleague’s', async () => {
    const mine = await reply('U_A', 'me');
    expect(mine.text).toBe('Your pipeline');
    expect(mine.all).toContain('*New leads:* 1 · ¥120,000');
    expect(mine.all).toContain('Acme &lt;b&gt;');
    expect(mine.all).not.toContain('Gamma');
    expect((await reply('U_A', '')).text).toBe('Your pipeline');
    const refused =
      'You can see your own numbers, and those of the people who report to you: `/pipeline me`, or `/pipeline @rep` for one of your reports.';
    expect((await reply('U_A', 'team')).text).toBe(refused);
    expect((await reply('U_A', '<@U_B|b>')).text).toBe(refused);
  });

  it('a manager sees their reports’ and their team’s numbers, not other teams’ reps', async () => {
    const report = await reply('U_M', '<@U_A|a>');
    expect(report.text).toBe('Pipeline of <@U_A>');
    expect(report.all).toContain('<@U_A>: new 1 · contacts 1 · needs 0 · demos 0 · quotes 0 · won 1');
    const team = await reply('U_M', 'team');
    expect(team.all).toContain('*Won:* 1 · ¥80,000');
    expect(team.all).not.toContain('Gamma');
    expect((await reply('U_M', '<@U_OTHER>')).text).toContain('You can see your own numbers');
  });

  it('an admin sees everyone, and a Chinese-speaking rep reads it in Chinese', async () => {
    const everyone = await reply('U_ADMIN', '');
    expect(everyone.text).toBe('Team pipeline');
    expect(everyone.all).toContain('*New leads:* 2 · ¥129,000');
    expect((await reply('U_ADMIN', '<@U_OTHER>')).all).toContain('Gamma');
    const chinese = await reply('U_ZH', 'me');
    expect(chinese.text).toBe('我的销售管道');
    expect(chinese.all).toContain('*新增线索：* 0');
  });

  it('only an admin can post the digest on demand', async () => {
    expect((await reply('U_A', 'digest')).text).toBe(
      'Only a Salesflow admin can post the team digest now (it is also posted every morning on its own). Ask an admin to run `/pipeline digest`; your own numbers are in `/pipeline`.',
    );
    expect(await app.deps.outbox.listByTeam(app.teamId)).toHaveLength(0);
  });

  it('/pipeline digest posts today’s digest with its native chart once a day, and again only with force; the PNG only once an admin turns chart images on', async () => {
    expect((await reply('U_ADMIN', 'digest')).text).toBe('Today’s digest is on its way to <#C_SALES>.');
    await worker.drainUntilIdle();
    const [post] = digestPosts();
    expect(post?.args.channel).toBe('C_SALES');
    expect(String(post?.args.text)).toMatch(/^Pipeline digest/);
    expect(JSON.stringify(post?.args.blocks)).toContain('*New leads:* 2 · ¥129,000');
    // The pipeline is drawn by Slack in the message: one data_visualization block the fake accepted.
    const charts = ((post?.args.blocks ?? []) as { type: string; chart?: { type: string } }[]).filter(
      (block) => block.type === 'data_visualization',
    );
    expect(charts.map((chart) => chart.chart?.type)).toEqual(['bar']);
    // Chart images are off by default: no file, no files:write call at all.
    expect(app.slack.callsTo('files.getUploadURLExternal')).toHaveLength(0);

    expect((await reply('U_ADMIN', 'digest')).text).toContain('has already gone out');
    await worker.drainUntilIdle();
    expect(digestPosts()).toHaveLength(1);

    // A rep cannot change the policy; an admin turns chart images on.
    const policy = async (user: string, text: string) => {
      const sent = await app.command(user, COMMANDS.salesflow, text);
      const response = await app.slack.waitFor(() =>
        app.slack.responses.find((r) => r.id === sent.responseId),
      );
      return String(response.body.text);
    };
    expect(await policy('U_A', 'charts images on')).toContain(translator('en')('team.notAdmin'));
    expect(await policy('U_ADMIN', 'charts images on')).toBe(translator('en')('charts.turnedOn'));
    expect(await policy('U_ADMIN', 'charts')).toContain(translator('en')('charts.statusOn'));

    expect((await reply('U_ADMIN', 'digest force')).text).toContain('on its way');
    await worker.drainUntilIdle();
    expect(digestPosts()).toHaveLength(2);
    // files.uploadV2: an upload URL, the PNG bytes, then the completion that shares it in the channel.
    expect(app.slack.callsTo('files.getUploadURLExternal')[0]?.args.filename).toBe('pipeline-2026-11-27.png');
    const png = app.slack.uploads.at(-1)?.bytes ?? Buffer.alloc(0);
    expect(png.includes(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(5_000);
    const completed = app.slack.lastCall('files.completeUploadExternal');
    expect(completed?.args.channel_id).toBe('C_SALES');
    expect(JSON.stringify(completed?.args.files)).toContain('Pipeline by stage, 2026-11-27');
    expect(app.slack.callsTo('files.completeUploadExternal')).toHaveLength(1);
    expect(await policy('U_ADMIN', 'charts images off')).toBe(translator('en')('charts.turnedOff'));
  });

  it('the scheduler does not post a digest /pipeline digest already posted today', async () => {
    const scheduler = createScheduler({ deps: app.deps, tasks: createDigestTasks(app.deps) });
    const report = await scheduler.tick(new Date('2026-11-27T02:00:00Z'));
    expect(report.performed.map((run) => run.key)).toEqual([`digest-managers:${app.teamId}:2026-11-27`]);
  });

  it('on Monday at 08:30 in Shanghai the digest, the weekly summary and the manager’s DM go out, once', async () => {
    const scheduler = createScheduler({ deps: app.deps, tasks: createDigestTasks(app.deps) });
    expect((await scheduler.tick(new Date('2026-11-30T00:29:00Z'))).performed).toEqual([]);
    const monday = new Date('2026-11-30T00:30:00Z');
    clock.set(monday);
    const report = await scheduler.tick(monday);
    expect(report.performed.map((run) => run.key).sort()).toEqual([
      `digest-managers:${app.teamId}:2026-11-30`,
      `digest-weekly:${app.teamId}:2026-11-30`,
      `digest:${app.teamId}:2026-11-30`,
    ]);
    expect((await scheduler.tick(new Date('2026-11-30T05:00:00Z'))).performed).toEqual([]);
    const before = app.slack.callsTo('chat.postMessage').length;
    await worker.drainUntilIdle();
    const sent = app.slack.callsTo('chat.postMessage').slice(before);
    const toManager = sent.find((call) => call.args.channel === 'U_M');
    expect(JSON.stringify(toManager?.args.blocks)).toContain('*Overdue follow-ups in your team:* 1');
    // U_B found no high-intent lead Wednesday to Friday; U_A found Acme on Thursday.
    expect(JSON.stringify(toManager?.args.blocks)).toContain('• <@U_B>');
    expect(JSON.stringify(toManager?.args.blocks)).not.toContain('• <@U_A>');
    expect(sent.some((call) => String(call.args.text).startsWith('Weekly summary: win rate 100%'))).toBe(
      true,
    );
    expect(
      sent.filter((call) => String(call.args.text).startsWith('Pipeline digest for 2026-11-30')),
    ).toHaveLength(1);
  });

  it('no digest on a Saturday', async () => {
    const scheduler = createScheduler({ deps: app.deps, tasks: createDigestTasks(app.deps) });
    expect((await scheduler.tick(new Date('2026-11-28T03:00:00Z'))).performed).toEqual([]);
  });
});
