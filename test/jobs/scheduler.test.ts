import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduledRunRepository } from '../../src/jobs/scheduled-runs.repository.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import type { DueRun, ScheduledTask } from '../../src/jobs/scheduler.types.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../helpers/test-db.js';

const logger = createLogger('silent');

/** A task that lists `runs` as due and records who performed each of them. */
function recordingTask(kind: string, runs: () => DueRun[], fail?: (run: DueRun, attempt: number) => boolean) {
  const performed: string[] = [];
  const attempts = new Map<string, number>();
  const task: ScheduledTask = {
    kind,
    due: async () => runs(),
    async run(run) {
      const attempt = (attempts.get(run.key) ?? 0) + 1;
      attempts.set(run.key, attempt);
      // Yield, so concurrent schedulers interleave for real.
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (fail?.(run, attempt)) throw new Error(`boom ${attempt}`);
      performed.push(run.key);
    },
  };
  return { task, performed };
}

describe.each(DRIVERS)('the scheduler (%s)', (driver) => {
  let database: TestDatabase;
  const clock = fixedClock(new Date('2026-11-27T09:00:00Z'));

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database?.destroy());

  const schedulerFor = (tasks: ScheduledTask[], instanceId: string) =>
    createScheduler({
      deps: { clock, logger, scheduledRuns: createScheduledRunRepository({ db: database.db }) },
      tasks,
      instanceId,
      claimPolicy: { retryAfterMs: 5 * 60_000, maxAttempts: 3 },
    });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('performs each due run exactly once when four instances tick at the same moment', async () => {
    const runs = Array.from({ length: 40 }, (_, i) => ({
      kind: 'race',
      teamId: 'T1',
      key: `race:T1:U${i}:2026-11-27`,
    }));
    const { task, performed } = recordingTask('race', () => runs);
    const instances = ['a', 'b', 'c', 'd'].map((id) => schedulerFor([task], id));
    const reports = await Promise.all(instances.map((scheduler) => scheduler.tick()));
    expect(performed.sort()).toEqual(runs.map((run) => run.key).sort());
    expect(reports.reduce((sum, report) => sum + report.performed.length, 0)).toBe(40);
    // Later ticks the same day find nothing left to do.
    const again = await Promise.all(instances.map((scheduler) => scheduler.tick()));
    expect(again.every((report) => report.performed.length === 0)).toBe(true);
    expect(performed).toHaveLength(40);
  });

  it('records a run that throws and retries it later the same day, at most three times', async () => {
    const run = { kind: 'flaky', teamId: 'T1', key: 'flaky:T1:2026-11-27' };
    const { task, performed } = recordingTask(
      'flaky',
      () => [run],
      () => true,
    );
    const scheduler = schedulerFor([task], 'a');
    expect((await scheduler.tick()).failed).toHaveLength(1);
    const repo = createScheduledRunRepository({ db: database.db });
    expect(await repo.findByKey('T1', run.key)).toMatchObject({
      error: 'boom 1',
      finishedAt: null,
      attempts: 1,
    });
    // Not before the retry delay, even from another instance.
    expect((await schedulerFor([task], 'b').tick()).failed).toHaveLength(0);
    for (let i = 0; i < 4; i++) {
      clock.advance(5 * 60_000);
      await scheduler.tick();
    }
    expect(performed).toEqual([]);
    expect(await repo.findByKey('T1', run.key)).toMatchObject({ error: 'boom 3', attempts: 3 });
  });

  it('a failed run that succeeds on retry is finished and not performed again', async () => {
    const run = { kind: 'once-flaky', teamId: 'T1', key: 'once-flaky:T1:2026-11-27' };
    const { task, performed } = recordingTask(
      'once-flaky',
      () => [run],
      (_run, attempt) => attempt === 1,
    );
    const scheduler = schedulerFor([task], 'a');
    await scheduler.tick();
    clock.advance(5 * 60_000);
    await scheduler.tick();
    clock.advance(5 * 60_000);
    await scheduler.tick();
    expect(performed).toEqual([run.key]);
    const row = await createScheduledRunRepository({ db: database.db }).findByKey('T1', run.key);
    expect(row?.finishedAt).not.toBeNull();
    expect(row?.error).toBeNull();
  });

  it('one failing task does not stop the others', async () => {
    const broken: ScheduledTask = {
      kind: 'broken',
      due: async () => {
        throw new Error('cannot list');
      },
      run: async () => {},
    };
    const { task, performed } = recordingTask('fine', () => [
      { kind: 'fine', teamId: 'T1', key: 'fine:T1:x' },
    ]);
    await schedulerFor([broken, task], 'a').tick();
    expect(performed).toEqual(['fine:T1:x']);
  });

  it('a scheduler told to stop finishes the run it holds and claims no other, so a restart finds them free', async () => {
    const runs = ['a', 'b', 'c'].map((id) => ({ kind: 'stopping', teamId: 'T1', key: `stopping:T1:${id}` }));
    const performed: string[] = [];
    let stopped: Promise<void> | undefined;
    const scheduler = schedulerFor(
      [
        {
          kind: 'stopping',
          due: async () => runs,
          async run(run) {
            // SIGTERM arrives while the first run is being performed.
            stopped ??= scheduler.stop();
            await new Promise((resolve) => setTimeout(resolve, 5));
            performed.push(run.key);
          },
        },
      ],
      'stopping-instance',
    );
    const report = await scheduler.tick();
    await stopped;
    expect(performed).toEqual(['stopping:T1:a']);
    expect(report.performed.map((run) => run.key)).toEqual(['stopping:T1:a']);
    const repo = createScheduledRunRepository({ db: database.db });
    expect((await repo.findByKey('T1', 'stopping:T1:a'))?.finishedAt).not.toBeNull();
    expect(await repo.findByKey('T1', 'stopping:T1:b')).toBeUndefined();
    // The next process takes the rest at once (no claim of theirs waits out the retry delay).
    const { task, performed: next } = recordingTask('stopping', () => runs);
    await schedulerFor([task], 'restarted').tick();
    expect(next).toEqual(['stopping:T1:b', 'stopping:T1:c']);
  });
});
