import type { Db } from '../../db/client.js';

/*
 * The outbox as the rest of the app sees it: a Slack Web API call to make later, and where to put it. A leaf
 * that features (use cases that notify people), src/slack (the message builders) and src/jobs (the outbox
 * repository and worker, the scheduled tasks) all import; the outbox itself lives in src/jobs/outbox*.ts.
 */

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

/** Where a use case puts the messages to send (src/jobs/outbox.repository.ts is the one implementation). */
export interface OutboxWriter {
  /**
   * Stores `messages`, dropping any whose (team, idempotency key) is already stored. Pass `tx` to store them in
   * the caller's transaction. Returns how many were new.
   */
  enqueue(messages: OutboxMessage[], tx?: Db): Promise<number>;
}
