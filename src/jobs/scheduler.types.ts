/**
 * The contract between the scheduler and the features that plug scheduled work into it (follow-up reminders,
 * digests, approval reminders and escalations). Register a task in src/jobs/tasks.ts. The messages a run
 * enqueues are `OutboxMessage`s (src/features/outbox/outbox.types.ts).
 */

/** One unit of scheduled work; `key` is unique forever (e.g. `followups:T1:U1:2026-11-27`): it is claimed once. */
export interface DueRun {
  kind: string;
  teamId: string;
  key: string;
  payload?: Record<string, unknown>;
}

export interface ScheduledTask {
  kind: string;
  /**
   * Runs due at `now`, including today's missed ones (catch-up), never a past local day's. Cheap to call every
   * minute: the scheduler drops keys it already claimed, so returning the same run on every tick of the day is
   * expected. Put the local date in the key.
   */
  due(now: Date): Promise<DueRun[]>;
  /**
   * Performs a claimed run, usually by enqueuing outbox messages (idempotency keys derived from run.key). Must
   * be idempotent: a run that threw, or whose instance died, is claimed again later the same day (see
   * scheduler.ts), and the outbox drops messages whose idempotency key it already holds.
   */
  run(run: DueRun, now: Date): Promise<void>;
}
