import { randomUUID } from 'node:crypto';
import type { Clock } from '../lib/clock.js';
import type { Logger } from '../logger.js';
import type { BackgroundJob } from './background-job.js';
import {
  type ClaimPolicy,
  DEFAULT_CLAIM_POLICY,
  type ScheduledRunRepository,
} from './scheduled-runs.repository.js';
import type { DueRun, ScheduledTask } from './scheduler.types.js';

export interface SchedulerDeps {
  clock: Clock;
  logger: Logger;
  scheduledRuns: ScheduledRunRepository;
}

export interface TickReport {
  /** Runs this instance claimed and performed without error. */
  performed: DueRun[];
  /** Runs this instance claimed whose `run` threw (recorded; retried later the same day, see below). */
  failed: DueRun[];
}

export interface Scheduler extends BackgroundJob {
  /** One pass over every task at `now` (the clock's by default). Ticks never overlap: a call waits for the last. */
  tick(now?: Date): Promise<TickReport>;
  readonly instanceId: string;
}

export function createScheduler(input: {
  deps: SchedulerDeps;
  tasks: ScheduledTask[];
  intervalMs?: number;
  instanceId?: string;
  claimPolicy?: ClaimPolicy;
  /** Called after a tick that performed at least one run (the composition root wakes the outbox worker). */
  onRunsPerformed?: () => void;
}): Scheduler {
  const { deps, tasks } = input;
  const intervalMs = input.intervalMs ?? 60_000;
  const instanceId = input.instanceId ?? `scheduler-${randomUUID()}`;
  const policy = input.claimPolicy ?? DEFAULT_CLAIM_POLICY;
  const logger = deps.logger.child({ source: 'scheduler', instanceId });
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<TickReport> = Promise.resolve({ performed: [], failed: [] });
  /** Set by stop(): the tick under way finishes the run it holds and claims no other. */
  let stopping = false;

  async function runTask(task: ScheduledTask, now: Date, report: TickReport): Promise<void> {
    let due: DueRun[];
    try {
      due = await task.due(now);
    } catch (error) {
      logger.error({ err: error, kind: task.kind }, 'could not list due runs');
      return;
    }
    const settled = await deps.scheduledRuns.settledKeys(
      due.map((run) => run.key),
      policy.maxAttempts,
    );
    for (const run of due) {
      if (stopping) return;
      if (settled.has(run.key)) continue;
      if (!(await deps.scheduledRuns.claim(run, instanceId, now, policy))) continue;
      try {
        await task.run(run, now);
        await deps.scheduledRuns.finish(run, instanceId, deps.clock.now());
        report.performed.push(run);
      } catch (error) {
        report.failed.push(run);
        logger.error({ err: error, kind: run.kind, key: run.key }, 'scheduled run failed');
        await deps.scheduledRuns
          .recordError(run, instanceId, error instanceof Error ? error.message : String(error))
          .catch((recordError) => logger.error({ err: recordError }, 'could not record a failed run'));
      }
    }
  }

  async function tickOnce(now: Date): Promise<TickReport> {
    const report: TickReport = { performed: [], failed: [] };
    for (const task of tasks) {
      if (stopping) break;
      try {
        await runTask(task, now, report);
      } catch (error) {
        // The database was unreachable, most likely; the next tick tries again.
        logger.error({ err: error, kind: task.kind }, 'scheduler tick failed');
      }
    }
    if (report.performed.length > 0 || report.failed.length > 0) {
      logger.info({ performed: report.performed.length, failed: report.failed.length }, 'scheduler tick');
    }
    if (report.performed.length > 0) input.onRunsPerformed?.();
    return report;
  }

  return {
    instanceId,
    tick(now) {
      const at = now ?? deps.clock.now();
      current = current.then(() => tickOnce(at));
      return current;
    },
    start() {
      stopping = false;
      if (timer) return;
      void this.tick();
      timer = setInterval(() => void this.tick(), intervalMs);
      timer.unref();
    },
    /** Claims no new run; waits for the one under way (its row would otherwise wait out `retryAfterMs`). */
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await current;
    },
  };
}
