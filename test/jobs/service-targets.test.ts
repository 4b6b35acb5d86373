import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createServiceTargetsTask } from '../../src/jobs/tasks/service-targets.task.js';
import { fixedClock } from '../../src/lib/clock.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

/** Monday 2026-12-07, 10:00 in Shanghai. */
const MONDAY_10 = new Date('2026-12-07T02:00:00Z');
const HOUR = 3_600_000;

describe.each(DRIVERS)('the service targets task (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(MONDAY_10);

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateTeam(app.teamId, { timezone: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { managerUserId: 'U_MGR' });
  }, 60_000);
  afterAll(() => app?.stop());

  async function openUrgent(): Promise<number> {
    const result = (await app.deps.db.execute(
      sql`insert into customers (team_id, name, owner_user_id) values (${app.teamId}, 'Acme', 'U_REP') returning id`,
    )) as unknown as { rows: { id: number }[] };
    return app.deps.service.create({
      teamId: app.teamId,
      customerId: Number(result.rows[0]?.id),
      leadId: null,
      contractId: null,
      kind: 'fault',
      priority: 'urgent',
      description: 'jams',
      ownerUserId: 'U_REP',
      openedByUserId: 'U_REP',
      now: MONDAY_10,
      due: {
        responseRemindAt: new Date(MONDAY_10.getTime() + 1.5 * HOUR),
        responseDueAt: new Date(MONDAY_10.getTime() + 2 * HOUR),
        resolutionRemindAt: new Date(MONDAY_10.getTime() + 6.75 * HOUR),
        resolutionDueAt: new Date(MONDAY_10.getTime() + 24 * HOUR),
      },
    });
  }

  const keysFor = async (id: number) =>
    (await app.deps.outbox.listByTeam(app.teamId))
      .map((row) => row.idempotencyKey)
      .filter((key) => key.endsWith(`:${id}:owner`) || key.includes(`:${id}:manager`))
      .sort();

  it('four instances ticking at the same moment send each notice once, and a later tick sends nothing again', async () => {
    const id = await openUrgent();
    const schedulers = ['a', 'b', 'c', 'd'].map((instanceId) =>
      createScheduler({
        deps: { clock, logger: app.deps.logger, scheduledRuns: app.deps.scheduledRuns },
        tasks: [createServiceTargetsTask(app.deps)],
        instanceId,
      }),
    );
    const tickAll = (at: number) =>
      Promise.all(schedulers.map((s) => s.tick(new Date(MONDAY_10.getTime() + at * HOUR))));

    const early = await tickAll(1.49);
    expect(early.flatMap((r) => r.performed)).toEqual([]);
    const reminded = await tickAll(1.5);
    expect(reminded.flatMap((r) => r.performed).map((run) => run.key)).toEqual([
      `service:response_remind:${id}`,
    ]);
    await tickAll(1.75);
    expect(await keysFor(id)).toEqual([`service:response_remind:${id}:owner`]);

    await tickAll(2);
    await tickAll(3);
    expect(await keysFor(id)).toEqual([
      `service:response_missed:${id}:manager`,
      `service:response_missed:${id}:owner`,
      `service:response_remind:${id}:owner`,
    ]);
  });

  it('a notice is marked sent once: of two marks at the same moment one wins, and its messages go with it', async () => {
    const id = await openUrgent();
    const now = new Date(MONDAY_10.getTime() + 2 * HOUR);
    const mark = (who: string) =>
      app.deps.serviceNotices.markSent({
        teamId: app.teamId,
        requestId: id,
        notice: 'response_missed',
        toUserIds: ['U_MGR'],
        now,
        send: (tx) =>
          app.deps.outbox
            .enqueue(
              [
                {
                  teamId: app.teamId,
                  idempotencyKey: `race:${id}:${who}`,
                  method: 'chat.postMessage',
                  payload: { channel: 'U_MGR', text: who },
                },
              ],
              tx,
            )
            .then(() => undefined),
      });
    const results = await Promise.all([mark('one'), mark('two')]);
    expect(results.sort()).toEqual([false, true]);
    const sent = (await app.deps.outbox.listByTeam(app.teamId)).filter((row) =>
      row.idempotencyKey.startsWith(`race:${id}:`),
    );
    expect(sent).toHaveLength(1);
    // A missed target is past reminding: the reminder is marked too, so it never comes late.
    expect((await app.deps.serviceNotices.dueNotices(now)).filter((n) => n.requestId === id)).toEqual([]);
  });
});
