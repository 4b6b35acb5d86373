import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema/index.js';
import { createDigestRepository } from '../../src/features/digest/digest.repository.js';
import { createFollowUpRepository } from '../../src/features/followups/followups.repository.js';
import { receivablesAging } from '../../src/features/ledger/ledger-reports.usecases.js';
import { recordPayment } from '../../src/features/ledger/payments.usecases.js';
import type { OutboxMessage } from '../../src/features/outbox/outbox.types.js';
import { createRevisitRepository } from '../../src/features/revisits/revisits.repository.js';
import { createDailyPlanRepository } from '../../src/features/targets/daily-plans.repository.js';
import { createRepNumbersRepository } from '../../src/features/targets/rep-numbers.repository.js';
import { createTargetSettingsRepository } from '../../src/features/targets/target-settings.repository.js';
import { createTargetRepository } from '../../src/features/targets/targets.repository.js';
import type { Team } from '../../src/features/team/team.types.js';
import { translator } from '../../src/i18n/index.js';
import { createOutboxRepository } from '../../src/jobs/outbox.repository.js';
import type { ScheduledTask } from '../../src/jobs/scheduler.types.js';
import { createFollowUpReminderTask } from '../../src/jobs/tasks/follow-up-reminders.task.js';
import { createMonthStartTask, createOverdueManagerTask } from '../../src/jobs/tasks/ledger.tasks.js';
import { withManagerReceivables } from '../../src/jobs/tasks/receivables-digest.js';
import { withAging } from '../../src/slack/digest/aging-sections.js';
import {
  actor,
  approvedContract,
  ledgerDeps,
  seedTeam,
  type TestLedgerDeps,
} from '../features/ledger/ledger-fixtures.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../helpers/test-db.js';

describe.each(DRIVERS)('the ledger’s scheduled work on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps & {
    digest: ReturnType<typeof createDigestRepository>;
    followUps: ReturnType<typeof createFollowUpRepository>;
    outbox: ReturnType<typeof createOutboxRepository>;
    targets: ReturnType<typeof createTargetRepository>;
    repNumbers: ReturnType<typeof createRepNumbersRepository>;
    dailyPlans: ReturnType<typeof createDailyPlanRepository>;
    targetSettings: ReturnType<typeof createTargetSettingsRepository>;
    revisits: ReturnType<typeof createRevisitRepository>;
  };
  let team: Team;

  const sent = async () =>
    (await database.db.select().from(outbox).orderBy(asc(outbox.id))).map((row) => ({
      key: row.idempotencyKey,
      method: row.method,
      payload: row.payload,
    }));
  async function tick(task: ScheduledTask, at: string) {
    const now = new Date(at);
    const runs = await task.due(now);
    for (const run of runs) await task.run(run, now);
    return runs.map((run) => run.key);
  }

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const base = ledgerDeps(database, new Date('2026-03-02T02:00:00Z'));
    deps = {
      ...base,
      digest: createDigestRepository(database),
      followUps: createFollowUpRepository(database),
      outbox: createOutboxRepository({ db: database.db, clock: base.clock }),
      targets: createTargetRepository(database),
      repNumbers: createRepNumbersRepository(database),
      dailyPlans: createDailyPlanRepository(database),
      targetSettings: createTargetSettingsRepository(database),
      revisits: createRevisitRepository(database),
    };
    team = await seedTeam(deps);
    await deps.financeSettings.savePlan(
      'T1',
      { baseRateBp: 100, tiers: [], lateCutoffDays: null, currency: null },
      0,
      'U_ADMIN',
      deps.clock.now(),
    );
    // Approved Monday 2026-03-02: upfront ¥3,000 due 2026-03-09, balance due 2026-04-01.
    const contract = await approvedContract(deps, team, { amount: '10000', company: 'Overdue <Co>' });
    await recordPayment({
      ...deps,
      actor: actor('U_FIN'),
      team,
      ref: { kind: 'id', contractId: contract.id },
      amount: '1000',
    });
  });
  afterAll(() => database?.destroy());

  it('a rep with money overdue gets it in their morning DM, once a working day, even with no follow-up due', async () => {
    const task = createFollowUpReminderTask(deps);
    // Tuesday 2026-03-10, 09:05 in Shanghai: the upfront is one day late.
    expect(await tick(task, '2026-03-10T01:05:00Z')).toEqual(['followups:T1:U_REP:2026-03-10']);
    expect(await tick(task, '2026-03-10T03:00:00Z')).toEqual(['followups:T1:U_REP:2026-03-10']);
    const dms = (await sent()).filter((row) => row.key.startsWith('followups:'));
    expect(dms).toHaveLength(1);
    expect(JSON.stringify(dms[0]?.payload)).toContain('Overdue &lt;Co&gt;');
    expect(JSON.stringify(dms[0]?.payload)).toContain('¥2,000.00');
    // Saturday: no reminder.
    expect(await tick(task, '2026-03-14T02:00:00Z')).toEqual([]);
  });

  it('after the policy’s 7 days the manager is told, once a day', async () => {
    const task = createOverdueManagerTask(deps);
    await tick(task, '2026-03-13T01:00:00Z');
    expect((await sent()).filter((row) => row.key.startsWith('ledger-overdue-managers'))).toEqual([]);
    await tick(task, '2026-03-16T01:00:00Z');
    await tick(task, '2026-03-16T05:00:00Z');
    const notices = (await sent()).filter((row) => row.key.startsWith('ledger-overdue-managers'));
    expect(notices.map((row) => [row.key, row.payload.channel])).toEqual([
      ['ledger-overdue-managers:T1:2026-03-16:U_MGR', 'U_MGR'],
    ]);
  });

  it('on the month’s first working day: statements to reps, the sheet to finance, the reconciliation with its CSV', async () => {
    const task = createMonthStartTask(deps);
    // 2026-04-01 is a Wednesday; 08:00 in Shanghai is before the digest time.
    expect(await tick(task, '2026-04-01T00:00:00Z')).toEqual([]);
    expect(await tick(task, '2026-04-01T01:00:00Z')).toEqual(['ledger-month:T1:2026-03']);
    expect(await tick(task, '2026-04-02T01:00:00Z')).toEqual([]);
    const month = (await sent()).filter((row) => row.key.startsWith('ledger-month'));
    expect(month.map((row) => [row.key.replace('ledger-month:T1:2026-03:', ''), row.method])).toEqual([
      ['statement:U_REP', 'chat.postMessage'],
      ['sheet', 'chat.postMessage'],
      ['sheet-csv', 'files.uploadV2'],
      ['recon:U_FIN', 'chat.postMessage'],
      ['recon-csv:U_FIN', 'files.uploadV2'],
      ['recon:U_FIN2', 'chat.postMessage'],
      ['recon-csv:U_FIN2', 'files.uploadV2'],
    ]);
    expect(JSON.stringify(month[0]?.payload)).toContain('¥10.00');
    expect(JSON.stringify(month[1]?.payload)).toContain('approval_approve');
    const csv = Buffer.from(String(month[4]?.payload.file_base64), 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFRep,Currency,Contracts signed')).toBe(true);
    expect(csv).toContain('Total,CNY,0,0.00,1000.00,9000.00,0.00,10.00');
    // A second run (a crashed instance's retry) enqueues nothing new.
    const before = (await sent()).length;
    await task.run(
      { kind: 'ledger-month', teamId: 'T1', key: 'ledger-month:T1:2026-03', payload: { month: '2026-03' } },
      new Date('2026-04-01T02:00:00Z'),
    );
    expect((await sent()).length).toBe(before);
  });

  it('the team digest and a manager’s morning gain the receivables aging', async () => {
    // The team digest's content carries the team's aging (teamDigestContent); the Slack side adds it.
    const withTeamReceivables = async (input: { messages: OutboxMessage[] }) =>
      withAging(
        input.messages,
        await receivablesAging({ ...deps, teamId: team.teamId, owners: 'all', today: '2026-04-15' }),
        translator('en'),
      );
    const message = {
      teamId: 'T1',
      idempotencyKey: 'k',
      method: 'chat.postMessage',
      payload: { channel: 'U_MGR', blocks: [] },
    };
    const [teamMessage] = await withTeamReceivables({ messages: [message] });
    expect(JSON.stringify(teamMessage?.payload.blocks)).toContain('¥2,000.00');
    const [morning] = await withManagerReceivables(deps, { team, date: '2026-04-15', messages: [message] });
    expect(JSON.stringify(morning?.payload.blocks)).toContain('Overdue &lt;Co&gt;');
    const [other] = await withManagerReceivables(deps, {
      team,
      date: '2026-04-15',
      messages: [{ ...message, payload: { channel: 'U_REP2', blocks: [] } }],
    });
    expect(other?.payload.blocks).toEqual([]);
    // A digest that already fills Slack's 50 blocks is sent as it is, and the aging follows it on its own.
    const full = { ...message, payload: { channel: 'C_SALES', blocks: Array(50).fill({ type: 'divider' }) } };
    const [digest, aging, ...rest] = await withTeamReceivables({ messages: [full] });
    expect(digest).toEqual(full);
    expect(aging).toMatchObject({
      idempotencyKey: 'k:aging',
      payload: { channel: 'C_SALES', text: 'Receivables aging' },
    });
    expect(JSON.stringify(aging?.payload.blocks)).toContain('¥2,000.00');
    expect(rest).toEqual([]);
  });
});
