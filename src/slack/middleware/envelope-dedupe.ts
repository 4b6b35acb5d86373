import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/** Long enough to cover Slack's redeliveries after a reconnect; short enough to stay small. */
const REMEMBER_MS = 10 * 60_000;
const MAX_REMEMBERED = 10_000;

/**
 * Socket Mode redelivers an envelope whose ack Slack did not get (the socket dropped in between): same
 * `envelope_id`, `retry_attempt` above 0, possibly on the next connection. Events are deduplicated by their
 * `event_id` in the database (event-dedupe.ts), but commands, clicks and submissions carry no such id, so this
 * remembers the envelope ids this process has seen: a redelivery is acknowledged and goes no further. It is
 * in-process memory, which covers a reconnect of this instance (the case Slack's rotation produces); with
 * several instances in Socket Mode a redelivery to another instance is not caught for interactions. Over HTTP
 * there are no envelopes and this does nothing.
 */
export function envelopeDedupeMiddleware(nowMs: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  const seen = new Map<string, number>();

  function forgetOld(now: number): void {
    for (const [id, at] of seen) {
      if (now - at < REMEMBER_MS && seen.size <= MAX_REMEMBERED) break;
      seen.delete(id);
    }
  }

  return async (args) => {
    const { context, next } = args;
    const envelopeId = context.envelopeId;
    if (typeof envelopeId !== 'string') return next();
    const now = nowMs();
    forgetOld(now);
    if (seen.has(envelopeId)) {
      (context.log as Logger | undefined)?.info(
        { envelopeId, retryNum: context.retryNum },
        'duplicate Socket Mode envelope ignored',
      );
      await (args as { ack?: () => Promise<void> }).ack?.();
      return;
    }
    seen.set(envelopeId, now);
    try {
      await next();
    } catch (error) {
      // Not handled after all: let Slack's redelivery have another go.
      seen.delete(envelopeId);
      throw error;
    }
  };
}
