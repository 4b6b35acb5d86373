import { ErrorCode, type WebClient } from '@slack/web-api';
import type { Clock } from '../lib/clock.js';
import type { Logger } from '../logger.js';
import type { BackgroundJob } from './background-job.js';
import type { OutboxRepository, OutboxRow } from './outbox.repository.js';
import { findEarlierPost, PERMANENT_ERRORS, sendRow } from './outbox-sender.js';

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
};

export interface DrainReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  deferred: number;
  /** Rows found already posted by an earlier, interrupted attempt. */
  recovered: number;
}

export interface OutboxWorker extends BackgroundJob {
  /** Takes one batch of due rows and settles each of them. */
  drainOnce(): Promise<DrainReport>;
  /** Drains until no due row is left (rows waiting for a later time stay). */
  drainUntilIdle(): Promise<DrainReport>;
  /** Asks for a drain soon (after an enqueue), without waiting for the next poll. */
  wake(): void;
}

type Outcome = 'sent' | 'retried' | 'failed' | 'deferred' | 'recovered';

export function createOutboxWorker(input: {
  deps: { outbox: OutboxRepository; clock: Clock; logger: Logger };
  client: WebClient;
  options?: Partial<OutboxWorkerOptions>;
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

  function backoff(attempts: number): number {
    const exponential = Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** (attempts - 1));
    // Jitter spreads a storm's retries so they do not all hit Slack in the same second.
    return Math.round(exponential * (0.75 + Math.random() * 0.5));
  }

  async function settle(row: OutboxRow): Promise<Outcome> {
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
    try {
      const response = await sendRow(client, row);
      await outbox.markSent(row, response, clock.now());
      return 'sent';
    } catch (error) {
      return handleFailure(row, error);
    }
  }

  async function handleFailure(row: OutboxRow, error: unknown): Promise<Outcome> {
    const now = clock.now().getTime();
    const coded = error as {
      code?: string;
      retryAfter?: number;
      data?: { error?: string };
      statusCode?: number;
    };
    if (coded.code === ErrorCode.RateLimitedError) {
      const until = now + (coded.retryAfter ?? 1) * 1000;
      pausedUntilByMethod.set(row.method, until);
      // Being told to wait is not a failed attempt: it does not count towards maxAttempts.
      await outbox.defer(row, new Date(until), `ratelimited; retry after ${coded.retryAfter}s`);
      logger.warn({ id: row.id, retryAfter: coded.retryAfter }, 'Slack rate limit; waiting');
      return 'retried';
    }
    const slackError = coded.code === ErrorCode.PlatformError ? coded.data?.error : undefined;
    const description =
      slackError ??
      (coded.code === ErrorCode.HTTPError
        ? `http ${coded.statusCode}`
        : error instanceof Error
          ? error.message
          : String(error));
    if (slackError && PERMANENT_ERRORS.has(slackError)) {
      await outbox.markFailed(row, slackError);
      logger.warn({ id: row.id, teamId: row.teamId, error: slackError }, 'outbox message failed for good');
      return 'failed';
    }
    if (row.attempts >= options.maxAttempts) {
      await outbox.markFailed(row, `gave up after ${row.attempts} attempts: ${description}`);
      logger.error({ id: row.id, teamId: row.teamId, error: description }, 'outbox message gave up');
      return 'failed';
    }
    await outbox.markRetry(row, new Date(now + backoff(row.attempts)), description);
    logger.info({ id: row.id, attempts: row.attempts, error: description }, 'outbox send will be retried');
    return 'retried';
  }

  async function drainOnce(): Promise<DrainReport> {
    const now = clock.now();
    const rows = await outbox.claimDue(now, new Date(now.getTime() + options.leaseMs), options.batchSize);
    const report: DrainReport = {
      claimed: rows.length,
      sent: 0,
      retried: 0,
      failed: 0,
      deferred: 0,
      recovered: 0,
    };
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
    const total: DrainReport = { claimed: 0, sent: 0, retried: 0, failed: 0, deferred: 0, recovered: 0 };
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
        return { claimed: 0, sent: 0, retried: 0, failed: 0, deferred: 0, recovered: 0 };
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
    async stop() {
      stopping = true;
      clearTimeout(wakeTimer);
      if (timer) clearInterval(timer);
      timer = undefined;
      await draining;
    },
  };
}
