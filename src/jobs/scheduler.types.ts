/**
 * The contract between the scheduler and the features that plug scheduled work into it (follow-up reminders,
 * digests, approval reminders and escalations). Register a task in src/jobs/tasks.ts.
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

/** A Slack Web API call to make through the outbox. */
export interface OutboxMessage {
  teamId: string;
  /** Unique per team forever; derive it from what the message is about, e.g. `${run.key}:dm`. */
  idempotencyKey: string;
  method: 'chat.postMessage' | 'chat.update' | 'chat.postEphemeral' | 'files.uploadV2' | (string & {});
  /**
   * The Web API arguments. For `files.uploadV2` pass `file_base64` (the bytes, base64) with `filename` and
   * `channel_id`; the worker turns it into a Buffer.
   */
  payload: Record<string, unknown>;
  /** The target conversation for pacing; defaults to `payload.channel ?? payload.channel_id`. */
  channel?: string;
  /** Not before this time (default: now). */
  notBefore?: Date;
}
