import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/deps.js';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createFollowUpReminderTask } from '../../src/jobs/tasks/follow-up-reminders.task.js';
import { fixedClock } from '../../src/lib/clock.js';
import { SLACK_LIMITS } from '../../src/slack/limits.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { describePostgresOnly } from '../helpers/postgres-only.js';
import { DRIVERS } from '../helpers/test-db.js';

let sequence = 0;

async function rep(
  deps: AppDeps,
  input: { teamId: string; userId: string; timezone: string; teamTimezone?: string; workingDays?: number[] },
) {
  await deps.teams.ensureTeam(input.teamId);
  await deps.teams.updateTeam(input.teamId, {
    timezone: input.teamTimezone ?? 'UTC',
    workingDays: input.workingDays ?? [1, 2, 3, 4, 5],
  });
  await deps.teams.saveProfile(
    input.teamId,
    input.userId,
    { displayName: input.userId, locale: 'en-US', timezone: input.timezone, isWorkspaceAdmin: false },
    // Fetched after every instant these tests run the scheduler at (30 Oct – 2 Dec 2026), so the profile counts
    // as fresh and is never re-read from the fake Slack, which does not know these users' zones.
    new Date('2026-12-31T00:00:00Z'),
  );
}

async function lead(deps: AppDeps, teamId: string, owner: string, nextFollowUpOn: string, company?: string) {
  return deps.leads.create(
    teamId,
    owner,
    {
      kind: 'company',
      companyName: company ?? `Company ${++sequence}`,
      contactName: 'Li Lei',
      contactTitle: null,
      phone: null,
      email: null,
      industry: null,
      companySize: null,
      source: null,
      estimatedValue: null,
      currency: null,
      expectedCloseDate: null,
      intent: null,
      nextFollowUpOn,
      notes: null,
    },
    { actorUserId: owner, kind: 'created' },
  );
}

describe.each(DRIVERS)('follow-up reminders (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-11-27T00:00:00Z'));

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
  });
  afterAll(() => app?.stop());

  function instance(id: string) {
    const scheduler = createScheduler({
      deps: app.deps,
      tasks: [createFollowUpReminderTask(app.deps)],
      instanceId: id,
    });
    const worker = createOutboxWorker({
      deps: app.deps,
      client: new WebClient(FakeSlack.botToken, {
        slackApiUrl: app.slack.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
      }),
      options: { backoffBaseMs: 0 },
    });
    return {
      /** One scheduler tick at `iso`, then send what it enqueued. */
      async at(iso: string) {
        clock.set(new Date(iso));
        await scheduler.tick(new Date(iso));
        // A transient send error (a reset keep-alive socket on a loaded machine) is retried at once here.
        for (let pass = 0; pass < 5; pass++) if ((await worker.drainUntilIdle()).claimed === 0) break;
      },
    };
  }
  const dmsTo = (userId: string) =>
    app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === userId);

  it('a rep in Kolkata (+05:30) gets the DM at 09:00 her time, not a minute before', async () => {
    await rep(app.deps, { teamId: 'T_IN', userId: 'U_KOL', timezone: 'Asia/Kolkata' });
    await lead(app.deps, 'T_IN', 'U_KOL', '2026-11-27', 'Tata Motors');
    const one = instance('in');
    await one.at('2026-11-27T03:29:00Z');
    expect(dmsTo('U_KOL')).toHaveLength(0);
    await one.at('2026-11-27T03:30:00Z');
    expect(dmsTo('U_KOL')).toHaveLength(1);
    expect(JSON.stringify(dmsTo('U_KOL')[0]?.args.blocks)).toContain('Tata Motors');
    await one.at('2026-11-27T03:31:00Z');
    expect(dmsTo('U_KOL')).toHaveLength(1);
  });

  it('follows New York across the end of daylight saving time', async () => {
    await rep(app.deps, { teamId: 'T_NY', userId: 'U_NY', timezone: 'America/New_York' });
    await lead(app.deps, 'T_NY', 'U_NY', '2026-10-30');
    const one = instance('ny');
    // Friday 30 Oct: EDT, 09:00 = 13:00 UTC.
    await one.at('2026-10-30T12:59:00Z');
    expect(dmsTo('U_NY')).toHaveLength(0);
    await one.at('2026-10-30T13:00:00Z');
    expect(dmsTo('U_NY')).toHaveLength(1);
    // Monday 2 Nov: EST since Sunday, 09:00 = 14:00 UTC; 13:00 UTC is only 08:00 there.
    await one.at('2026-11-02T13:00:00Z');
    expect(dmsTo('U_NY')).toHaveLength(1);
    await one.at('2026-11-02T14:00:00Z');
    expect(dmsTo('U_NY')).toHaveLength(2);
  });

  it('skips the weekend, and a rep on vacation, and sends nothing when nothing is due', async () => {
    await rep(app.deps, { teamId: 'T_WK', userId: 'U_WK', timezone: 'Europe/Berlin' });
    await rep(app.deps, { teamId: 'T_WK', userId: 'U_AWAY', timezone: 'Europe/Berlin' });
    await rep(app.deps, { teamId: 'T_WK', userId: 'U_FREE', timezone: 'Europe/Berlin' });
    await lead(app.deps, 'T_WK', 'U_WK', '2026-11-27');
    await lead(app.deps, 'T_WK', 'U_AWAY', '2026-11-27');
    await lead(app.deps, 'T_WK', 'U_FREE', '2026-12-15');
    await app.deps.teams.updateMember('T_WK', 'U_AWAY', { vacationUntil: '2026-11-30' });
    const one = instance('wk');
    await one.at('2026-11-28T10:00:00Z'); // Saturday 11:00 in Berlin
    await one.at('2026-11-29T10:00:00Z'); // Sunday
    expect(dmsTo('U_WK')).toHaveLength(0);
    await one.at('2026-11-30T10:00:00Z'); // Monday: U_WK yes; U_AWAY's vacation includes today
    expect(dmsTo('U_WK')).toHaveLength(1);
    expect(dmsTo('U_AWAY')).toHaveLength(0);
    await one.at('2026-12-01T10:00:00Z'); // Tuesday: back from vacation
    expect(dmsTo('U_AWAY')).toHaveLength(1);
    expect(dmsTo('U_FREE')).toHaveLength(0);
  });

  it('catches up a missed reminder the same day, but never sends yesterday’s the next day', async () => {
    await rep(app.deps, { teamId: 'T_CU', userId: 'U_LATE', timezone: 'Asia/Shanghai' });
    await rep(app.deps, { teamId: 'T_CU', userId: 'U_STALE', timezone: 'America/Los_Angeles' });
    await lead(app.deps, 'T_CU', 'U_LATE', '2026-12-01');
    await lead(app.deps, 'T_CU', 'U_STALE', '2026-12-01');
    const one = instance('cu');
    // No instance ran at 09:00 Shanghai (01:00 UTC); one comes up at 11:30 and sends it then.
    // (It is still Monday 30 Nov in Los Angeles, where nothing is due yet.)
    await one.at('2026-12-01T03:30:00Z');
    expect(dmsTo('U_LATE')).toHaveLength(1);
    expect(dmsTo('U_STALE')).toHaveLength(0);
    // Every instance is down for the whole of 1 Dec in Los Angeles; at 08:30 on 2 Dec nothing is sent …
    await one.at('2026-12-02T16:30:00Z');
    expect(dmsTo('U_STALE')).toHaveLength(0);
    expect(
      await app.deps.scheduledRuns.findByKey('T_CU', 'followups:T_CU:U_STALE:2026-12-01'),
    ).toBeUndefined();
    // … and at 09:00 only the new day's reminder goes out, with the lead now overdue.
    await one.at('2026-12-02T17:00:00Z');
    await one.at('2026-12-02T17:01:00Z');
    expect(dmsTo('U_STALE')).toHaveLength(1);
    const text = JSON.stringify(dmsTo('U_STALE')[0]?.args.blocks);
    expect(text).toContain('2026-12-02');
    expect(text).toContain('Overdue');
    expect(dmsTo('U_LATE')).toHaveLength(1);
  });

  it('lists overdue before today, oldest first, and summarises past 20 leads within 50 blocks', async () => {
    await rep(app.deps, { teamId: 'T_MANY', userId: 'U_MANY', timezone: 'UTC' });
    for (let i = 0; i < 25; i++)
      await lead(
        app.deps,
        'T_MANY',
        'U_MANY',
        i < 3 ? '2026-12-01' : `2026-11-${String(5 + i).padStart(2, '0')}`,
      );
    await instance('many').at('2026-12-01T09:00:00Z');
    const [dm] = dmsTo('U_MANY');
    const blocks = dm?.args.blocks as {
      type: string;
      text?: { text: string };
      elements?: { text: string }[];
    }[];
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
    const sections = blocks
      .filter((block) => block.type === 'section')
      .map((block) => block.text?.text ?? '');
    expect(sections[0]).toContain('Overdue');
    const dates = sections.flatMap((text) => /due (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? []);
    expect(dates).toHaveLength(20);
    expect([...dates].sort()).toEqual(dates);
    expect(JSON.stringify(blocks.at(-1))).toContain('5 more');
  });
});

describePostgresOnly('follow-up reminders with two instances (postgres)', () => {
  it('two app instances on one Postgres send each reminder exactly once', async () => {
    const clock = fixedClock(new Date('2026-12-01T09:00:00Z'));
    const first = await startTestApp({ driver: 'postgres', clock });
    const second = await startTestApp({
      driver: 'postgres',
      clock,
      database: first.database,
      slack: first.slack,
    });
    try {
      const users = Array.from({ length: 30 }, (_, i) => `U_TWO${i}`);
      for (const user of users) {
        await rep(first.deps, { teamId: 'T_TWO', userId: user, timezone: 'UTC' });
        await lead(first.deps, 'T_TWO', user, '2026-12-01');
      }
      const instances = [first, second].map((app, i) => ({
        scheduler: createScheduler({
          deps: app.deps,
          tasks: [createFollowUpReminderTask(app.deps)],
          instanceId: `i${i}`,
        }),
        worker: createOutboxWorker({
          deps: app.deps,
          client: new WebClient(FakeSlack.botToken, {
            slackApiUrl: app.slack.apiUrl,
            retryConfig: { retries: 0 },
          }),
        }),
      }));
      for (let minute = 0; minute < 3; minute++) {
        const now = new Date(Date.UTC(2026, 11, 1, 9, minute));
        await Promise.all(instances.map((one) => one.scheduler.tick(now)));
        await Promise.all(instances.map((one) => one.worker.drainUntilIdle()));
      }
      const dms = first.slack.callsTo('chat.postMessage').map((call) => String(call.args.channel));
      expect(dms.sort()).toEqual([...users].sort());
    } finally {
      await second.stop();
      await first.stop();
    }
  }, 60_000);
});
