import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managerMornings, teamDigest } from '../../src/features/digest/digest.usecases.js';
import { setMyReminderTime } from '../../src/features/team/schedule.usecases.js';
import type { Actor } from '../../src/features/team/team.types.js';
import { saveTeamSettings, type TeamSettingsForm } from '../../src/features/team/team-admin.usecases.js';
import { createOutboxWorker, type OutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxClient } from '../../src/jobs/outbox-sender.js';
import { createScheduler, type Scheduler } from '../../src/jobs/scheduler.js';
import { createScheduledTasks } from '../../src/jobs/tasks.js';
import { fixedClock } from '../../src/lib/clock.js';
import { fixtures } from '../features/digest/digest-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

// Each setting an admin saves in the settings form changes what the scheduler does. Every test has a team of its
// own in Shanghai (UTC+8), with a sales channel, an admin and a rep.

const shanghai = (local: string) => new Date(`${local}+08:00`);

describe.each(DRIVERS)('schedule settings drive the scheduler (%s)', (driver) => {
  let app: TestApp;
  let scheduler: Scheduler;
  let worker: OutboxWorker;
  const clock = fixedClock(shanghai('2026-11-02T00:00:00'));

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    scheduler = createScheduler({
      deps: app.deps,
      tasks: createScheduledTasks(app.deps),
      instanceId: 'settings',
    });
    worker = createOutboxWorker({
      deps: app.deps,
      client: createOutboxClient(app.deps.config, app.deps.logger),
      options: { channelIntervalMs: 0, backoffBaseMs: 0 },
    });
  });
  afterAll(() => app?.stop());

  async function at(local: string): Promise<void> {
    const now = shanghai(local);
    clock.set(now);
    await scheduler.tick(now);
    for (let pass = 0; pass < 5; pass++) if ((await worker.drainUntilIdle()).claimed === 0) break;
  }

  const admin = (teamId: string): Actor => ({
    teamId,
    userId: `${teamId}_ADMIN`,
    role: 'admin',
    isAdmin: true,
    locale: 'en',
    timezone: 'Asia/Shanghai',
  });
  const repOf = (teamId: string) => `${teamId}_REP`;
  const channelOf = (teamId: string) => `C${teamId}`;

  /** A team in Shanghai with the settings form saved as `form` says, and a rep with a lead due on `due`. */
  async function team(teamId: string, form: Partial<TeamSettingsForm>, due?: string): Promise<void> {
    await app.deps.teams.ensureTeam(teamId);
    app.slack.addChannel({ id: channelOf(teamId), is_member: true });
    const f = fixtures(app.deps.db);
    await f.member({ teamId, userId: `${teamId}_ADMIN`, role: 'admin' });
    await f.member({ teamId, userId: repOf(teamId) });
    await app.deps.teams.saveProfile(
      teamId,
      repOf(teamId),
      { displayName: 'Rep', locale: 'en-US', timezone: 'Asia/Shanghai', isWorkspaceAdmin: false },
      clock.now(),
    );
    const saved = await saveTeamSettings({
      teams: app.deps.teams,
      actor: admin(teamId),
      form: { salesChannelId: channelOf(teamId), timezone: 'Asia/Shanghai', language: 'auto', ...form },
    });
    expect(saved.ok).toBe(true);
    if (due)
      await f.lead({
        teamId,
        owner: repOf(teamId),
        company: `${teamId} Co`,
        nextFollowUpOn: due,
        createdAt: '2026-01-05T00:00:00Z',
      });
  }

  const posts = (channel: string, prefix: string) =>
    app.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args.channel === channel && String(call.args.text).startsWith(prefix));
  const digests = (teamId: string) => posts(channelOf(teamId), 'Pipeline digest');
  const reminders = (teamId: string) =>
    app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === repOf(teamId));

  it('the digest goes out at the time the admin set, not at the default 08:30', async () => {
    await team('TTIME', { digestTime: '10:15' });
    await at('2026-12-01T10:14:00');
    expect(digests('TTIME')).toHaveLength(0);
    await at('2026-12-01T10:15:00');
    expect(digests('TTIME')).toHaveLength(1);
  });

  it('on China’s National Day nothing goes out; on the make-up Saturday after it, the reminder and the digest do', async () => {
    await team('TCN', { holidayCountry: 'CN' }, '2026-09-30');
    await at('2026-10-01T09:30:00');
    await at('2026-10-05T09:30:00');
    expect(reminders('TCN')).toHaveLength(0);
    expect(digests('TCN')).toHaveLength(0);
    await at('2026-10-10T09:30:00');
    expect(reminders('TCN')).toHaveLength(1);
    expect(digests('TCN')).toHaveLength(1);
    // An ordinary Saturday is still a day off.
    await at('2026-10-17T09:30:00');
    expect(reminders('TCN')).toHaveLength(1);
    expect(digests('TCN')).toHaveLength(1);
  });

  it('the weekly summary waits for the first working day of a week that starts with a holiday', async () => {
    await team('TWEEK', { holidayCountry: 'CN' });
    await at('2026-10-05T09:00:00');
    expect(posts(channelOf('TWEEK'), 'Weekly summary')).toHaveLength(0);
    await at('2026-10-08T09:00:00');
    expect(posts(channelOf('TWEEK'), 'Weekly summary')).toHaveLength(1);
    await at('2026-10-09T09:00:00');
    expect(posts(channelOf('TWEEK'), 'Weekly summary')).toHaveLength(1);
  });

  it('the team’s own day off silences reminders and the digest; working days chosen by the admin decide the rest', async () => {
    await team(
      'TOWN',
      { holidays: '2026-12-24, 2026-12-31', workingDays: ['1', '2', '3', '4', '5', '6'] },
      '2026-12-23',
    );
    await at('2026-12-24T09:30:00');
    expect(reminders('TOWN')).toHaveLength(0);
    expect(digests('TOWN')).toHaveLength(0);
    await at('2026-12-26T09:30:00'); // a Saturday, which this team works
    expect(reminders('TOWN')).toHaveLength(1);
    expect(digests('TOWN')).toHaveLength(1);
  });

  it('a rep’s own reminder time moves their morning DM', async () => {
    await team('TREM', {}, '2026-12-02');
    await setMyReminderTime({
      teams: app.deps.teams,
      actor: { ...admin('TREM'), userId: repOf('TREM'), role: 'rep', isAdmin: false },
      text: '8:00',
    });
    await at('2026-12-02T07:59:00');
    expect(reminders('TREM')).toHaveLength(0);
    await at('2026-12-02T08:00:00');
    expect(reminders('TREM')).toHaveLength(1);
  });

  it('the stale threshold decides which leads the digest calls stale', async () => {
    const f = fixtures(app.deps.db);
    for (const [teamId, staleAfterDays] of [
      ['TSTALE3', '3'],
      ['TSTALE7', '7'],
    ] as const) {
      await team(teamId, { staleAfterDays });
      await f.lead({
        teamId,
        owner: repOf(teamId),
        company: 'Sleepy Ltd',
        createdAt: '2026-11-01T00:00:00Z',
        lastActivityAt: '2026-11-27T00:00:00Z',
      });
    }
    const digestOf = async (teamId: string) =>
      teamDigest({
        digest: app.deps.digest,
        team: await app.deps.teams.ensureTeam(teamId),
        date: '2026-12-02',
        now: shanghai('2026-12-02T09:00:00'),
      });
    expect((await digestOf('TSTALE3')).stale.leads.map((lead) => lead.companyName)).toEqual(['Sleepy Ltd']);
    expect((await digestOf('TSTALE7')).stale.leads).toEqual([]);
  });

  it('the quiet-days threshold decides when a manager hears of a rep with no high-intent lead', async () => {
    const f = fixtures(app.deps.db);
    for (const [teamId, quietWorkingDays] of [
      ['TQUIET2', '2'],
      ['TQUIET5', '5'],
    ] as const) {
      await team(teamId, { quietWorkingDays });
      await f.member({ teamId, userId: `${teamId}_MGR`, role: 'manager' });
      await f.member({ teamId, userId: `${teamId}_QUIET`, manager: `${teamId}_MGR` });
      // Their last high-intent lead came four days before Wednesday 2 December (working days: 27, 30 Nov, 1 Dec).
      await f.lead({ teamId, owner: `${teamId}_QUIET`, intent: 'high', createdAt: '2026-11-26T02:00:00Z' });
    }
    const quietOf = async (teamId: string) => {
      const mornings = await managerMornings({
        digest: app.deps.digest,
        teams: app.deps.teams,
        team: await app.deps.teams.ensureTeam(teamId),
        date: '2026-12-02',
        now: shanghai('2026-12-02T09:00:00'),
      });
      return mornings.flatMap((morning) => morning.quietReps);
    };
    expect(await quietOf('TQUIET2')).toEqual(['TQUIET2_QUIET']);
    expect(await quietOf('TQUIET5')).toEqual([]);
  });

  it('the stage probabilities the admin set weigh the digest’s forecast', async () => {
    await team('TPROB', { stageProbabilities: { proposal: '80' } });
    await fixtures(app.deps.db).lead({
      teamId: 'TPROB',
      owner: repOf('TPROB'),
      stage: 'proposal',
      value: 10_000,
      createdAt: '2026-11-01T00:00:00Z',
    });
    const digest = await teamDigest({
      digest: app.deps.digest,
      team: await app.deps.teams.ensureTeam('TPROB'),
      date: '2026-12-02',
      now: shanghai('2026-12-02T09:00:00'),
    });
    expect(digest.pipeline.find((row) => row.stage === 'proposal')).toMatchObject({
      probability: 80,
      weighted: 8_000,
    });
    expect(digest.pipeline.find((row) => row.stage === 'negotiation')?.probability).toBe(70);
  });

  it('the team currency is what the digest reports in', async () => {
    await team('TCUR', { currency: 'USD' });
    const team_ = await app.deps.teams.ensureTeam('TCUR');
    const digest = await teamDigest({
      digest: app.deps.digest,
      team: team_,
      date: '2026-12-02',
      now: shanghai('2026-12-02T12:00:00'),
    });
    expect(digest.currency).toBe('USD');
  });
});
