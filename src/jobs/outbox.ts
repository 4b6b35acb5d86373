import type { WebClient } from '@slack/web-api';
import type { Clock } from '../lib/clock.js';
import type { Logger } from '../logger.js';
import type { BackgroundJob } from './background-job.js';
import type { OutboxRepository, OutboxRow } from './outbox.repository.js';
import { classifyFailure, findEarlierPost, retryDelayMs, sendRow } from './outbox-sender.js';

/*
 * What "exactly once" means here. Enqueueing is exactly-once: a message is stored under (team, idempotency key)
 * and every later enqueue of the same key is dropped, so re-running a scheduled run, a retried Slack event or a
 * second instance never adds a send. Sending cannot be made exactly-once by Slack alone — chat.postMessage has
 * no idempotency key — so the worker bounds duplicates:
 *  - A row is taken with a lease (`status = 'sending'`, `next_attempt_at` = lease end) in one statement with
 *    FOR UPDATE SKIP LOCKED; only one worker holds it. If the process is killed, the row stays `sending` and is
 *    taken again once the lease ends: nothing is lost.
 *  - The dangerous window is "Slack accepted the message, we died before recording it". Every chat.postMessage
 *    therefore carries the idempotency key in its message metadata, and a row being tried again after an
 *    uncertain attempt (lease ran out, network error, 5xx) first looks for that key in the conversation's
 *    recent history; if the message is there, the row is recorded as sent instead of posted again. So a DM is
 *    posted at most once as long as the history lookup works; when it cannot (missing `*:history` scope,
 *    Slack down) we send anyway — a rare duplicate beats a lost reminder.
 *  - Writes of the outcome are fenced by the attempt number, so a worker whose lease was taken over cannot
 *    overwrite the newer attempt's result.
 *  - Stopping (SIGTERM) is the first line of defence, the history check only the second: `stop()` starts no
 *    new Slack call (rows already taken but not yet sent go back to `pending`, their attempt uncounted), waits
 *    up to `stopWaitMs` for the calls under way and records each answer, and only then lets the caller close
 *    the database. A restart therefore finds every message Slack accepted marked `sent`; only a call still
 *    unanswered at the bound (or a kill -9) leaves its row `sending` for the history check.
 */

export interface OutboxWorkerOptions {
  pollIntervalMs: number;
  batchSize: number;
  /** How long a taken row belongs to this worker; must exceed one Slack call (timeout 10 s) comfortably. */
  leaseMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Slack allows about one message per second per channel. */
  channelIntervalMs: number;
  concurrency: number;
  /**
   * On stop, how long the Slack calls under way may take to answer and be recorded. Below the 10 s a container
   * runtime waits after SIGTERM before it kills (Docker's default; systemd and Kubernetes wait longer).
   */
  stopWaitMs: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxWorkerOptions = {
  pollIntervalMs: 1000,
  batchSize: 20,
  leaseMs: 60_000,
  maxAttempts: 8,
  backoffBaseMs: 2000,
  backoffMaxMs: 10 * 60_000,
  channelIntervalMs: 1000,
  concurrency: 4,
  stopWaitMs: 8000,
};

export interface DrainReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  deferred: number;
  /** Rows found already posted by an earlier, interrupted attempt. */
  recovered: number;
  /** Rows taken but not sent because the worker was stopping: back to `pending`, their attempt uncounted. */
  released: number;
}

const emptyReport = (): DrainReport => ({
  claimed: 0,
  sent: 0,
  retried: 0,
  failed: 0,
  deferred: 0,
  recovered: 0,
  released: 0,
});

export interface OutboxWorker extends BackgroundJob {
  /** Takes one batch of due rows and settles each of them. */
  drainOnce(): Promise<DrainReport>;
  /** Drains until no due row is left (rows waiting for a later time stay). */
  drainUntilIdle(): Promise<DrainReport>;
  /** Asks for a drain soon (after an enqueue), without waiting for the next poll. */
  wake(): void;
}

type Outcome = Exclude<keyof DrainReport, 'claimed'>;

export function createOutboxWorker(input: {
  deps: { outbox: OutboxRepository; clock: Clock; logger: Logger };
  client: WebClient;
  options?: Partial<OutboxWorkerOptions>;
  /** Told of each row that failed for good (e.g. to report a channel the bot cannot post in). */
  onPermanentFailure?: (row: OutboxRow, error: string) => Promise<void>;
}): OutboxWorker {
  const { outbox, clock } = input.deps;
  const { client } = input;
  const options = { ...DEFAULT_OUTBOX_OPTIONS, ...input.options };
  const logger = input.deps.logger.child({ source: 'outbox' });
  const lastSendByChannel = new Map<string, number>();
  const pausedUntilByMethod = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<DrainReport> | undefined;
  let wakeTimer: NodeJS.Timeout | undefined;
  let kickedWhileDraining = false;
  let stopping = false;
  /** Idempotency keys of the rows whose Slack call is under way (what a stop waits for). */
  const underWay = new Set<string>();

  /** Puts back a row taken by this worker that it will not send: stopping, it starts no new Slack call. */
  async function release(row: OutboxRow): Promise<Outcome> {
    await outbox.defer(row, clock.now());
    return 'released';
  }

  async function settle(row: OutboxRow): Promise<Outcome> {
    if (stopping) return release(row);
    const now = clock.now().getTime();
    const pausedUntil = pausedUntilByMethod.get(row.method) ?? 0;
    const channelFreeAt = row.channel
      ? (lastSendByChannel.get(row.channel) ?? 0) + options.channelIntervalMs
      : 0;
    const notBefore = Math.max(pausedUntil, channelFreeAt);
    if (notBefore > now) {
      await outbox.defer(row, new Date(notBefore));
      return 'deferred';
    }
    if (row.channel) lastSendByChannel.set(row.channel, now);
    const earlier = await findEarlierPost(client, row, logger);
    if (earlier) {
      await outbox.markSent(row, earlier, clock.now());
      return 'recovered';
    }
    if (stopping) return release(row);
    underWay.add(row.idempotencyKey);
    try {
      return await post(row);
    } finally {
      underWay.delete(row.idempotencyKey);
    }
  }

  async function post(row: OutboxRow): Promise<Outcome> {
    let response: Record<string, unknown>;
    try {
      response = await sendRow(client, row);
    } catch (error) {
      return handleFailure(row, error);
    }
    // Slack accepted it, so it is recorded as sent, stopping or not. Should recording fail, the row is not
    // mistaken for a failed send (no retry is scheduled): it stays `sending` for the history check.
    await outbox.markSent(row, response, clock.now());
    return 'sent';
  }

  async function handleFailure(row: OutboxRow, error: unknown): Promise<Outcome> {
    const now = clock.now().getTime();
    const failure = classifyFailure(error);
    if (failure.kind === 'rate_limited') {
      const { retryAfterSeconds } = failure;
      const until = now + retryAfterSeconds * 1000;
      pausedUntilByMethod.set(row.method, until);
      // Being told to wait is not a failed attempt: it does not count towards maxAttempts.
      await outbox.defer(row, new Date(until), `ratelimited; retry after ${retryAfterSeconds}s`);
      logger.warn({ id: row.id, retryAfter: retryAfterSeconds }, 'Slack rate limit; waiting');
      return 'retried';
    }
    if (failure.kind === 'permanent') {
      await outbox.markFailed(row, failure.error);
      logger.warn({ id: row.id, teamId: row.teamId, error: failure.error }, 'outbox message failed for good');
      await input.onPermanentFailure?.(row, failure.error);
      return 'failed';
    }
    const { description } = failure;
    if (row.attempts >= options.maxAttempts) {
      await outbox.markFailed(row, `gave up after ${row.attempts} attempts: ${description}`);
      logger.error({ id: row.id, teamId: row.teamId, error: description }, 'outbox message gave up');
      return 'failed';
    }
    await outbox.markRetry(row, new Date(now + retryDelayMs(row.attempts, options)), description);
    logger.info({ id: row.id, attempts: row.attempts, error: description }, 'outbox send will be retried');
    return 'retried';
  }

  async function drainOnce(): Promise<DrainReport> {
    const now = clock.now();
    const rows = await outbox.claimDue(now, new Date(now.getTime() + options.leaseMs), options.batchSize);
    const report: DrainReport = { ...emptyReport(), claimed: rows.length };
    const queue = [...rows];
    const workers = Array.from({ length: Math.min(options.concurrency, queue.length) }, async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        try {
          report[await settle(row)] += 1;
        } catch (error) {
          // The database failed while recording; the lease brings the row back later.
          logger.error({ err: error, id: row.id }, 'could not settle an outbox row');
        }
      }
    });
    await Promise.all(workers);
    return report;
  }

  async function drainUntilIdle(): Promise<DrainReport> {
    const total = emptyReport();
    for (;;) {
      const report = await drainOnce();
      for (const key of Object.keys(total) as (keyof DrainReport)[]) total[key] += report[key];
      if (report.claimed < options.batchSize || report.claimed === report.deferred || stopping) return total;
    }
  }

  function kick(): void {
    if (stopping) return;
    if (draining) {
      // A row became due (or was enqueued) while this drain was past it: drain again once it ends.
      kickedWhileDraining = true;
      return;
    }
    draining = drainUntilIdle()
      .catch((error) => {
        logger.error({ err: error }, 'outbox drain failed');
        return emptyReport();
      })
      .finally(() => {
        draining = undefined;
        if (kickedWhileDraining) {
          kickedWhileDraining = false;
          kick();
        } else void wakeWhenNextDue();
      });
  }

  /**
   * A deferred row (Retry-After, channel pacing) is due again at a known time; waking then rather than at the
   * next poll keeps a rate-limited fan-out at Slack's rate instead of losing up to a poll interval per 429.
   * The time comes from the table, not from this drain's memory: rows deferred by an earlier drain count too.
   */
  async function wakeWhenNextDue(): Promise<void> {
    if (!timer || stopping) return;
    let next: Date | undefined;
    try {
      next = await outbox.nextPendingAt();
    } catch {
      return; // the database is unreachable; the next poll tries again
    }
    if (!next || !timer || stopping || draining) return;
    const delay = Math.max(0, next.getTime() - clock.now().getTime());
    if (delay >= options.pollIntervalMs) return;
    clearTimeout(wakeTimer);
    // A timer may fire a millisecond before the wall clock reaches the due time; the row would not be due yet.
    wakeTimer = setTimeout(kick, delay + 10);
    wakeTimer.unref();
  }

  return {
    drainOnce,
    drainUntilIdle,
    wake: kick,
    start() {
      stopping = false;
      if (timer) return;
      kick();
      timer = setInterval(kick, options.pollIntervalMs);
      timer.unref();
    },
    /**
     * Takes no new row and starts no new Slack call; waits (up to `stopWaitMs`) for the calls under way and
     * the recording of their answers. Resolves when the database may be closed.
     */
    async stop() {
      stopping = true;
      clearTimeout(wakeTimer);
      if (timer) clearInterval(timer);
      timer = undefined;
      if (!draining) return;
      let bound: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        draining.then(() => true),
        new Promise<false>((resolve) => {
          bound = setTimeout(resolve, options.stopWaitMs, false);
        }),
      ]);
      clearTimeout(bound);
      if (!finished)
        logger.warn(
          { keys: [...underWay], waitedMs: options.stopWaitMs },
          'stopped with Slack calls unanswered; their rows are tried again once their lease ends',
        );
    },
  };
}
