import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Receiver } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { Config } from '../../config.js';

/** How Slack reaches this instance: HTTP requests or a Socket Mode WebSocket. */
export interface SlackTransport {
  kind: 'http' | 'socket';
  receiver: Receiver;
  /** Starts answering HTTP (`/healthz`; over HTTP also `/slack/events`); resolves with the port. */
  listen(): Promise<number>;
  /** Starts receiving from Slack. Socket Mode connects, retrying with backoff until it does; HTTP has nothing to do. */
  connect(): Promise<void>;
  /** Whether Slack can deliver to us right now: over HTTP once listening; in Socket Mode while a socket is open. */
  isConnected(): boolean;
  stop(): Promise<void>;
}

export type HealthHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The Web API client settings, shared by the bot's client and the Socket Mode client (which calls
 * `apps.connections.open`), so a self-hosted API URL, the retries and the timeout apply to both.
 */
export function slackClientOptions(config: Config): WebClientOptions {
  return {
    slackApiUrl: config.slack.apiUrl,
    timeout: 10_000,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
  };
}

/** Slack's own error code (`invalid_auth`…) when the Web API answered `ok: false`. */
export function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}

/** Exponential backoff for start-up and reconnection retries: 0.5 s, 1 s, 2 s… up to 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 250 * 2 ** attempt);
}

/** Waits `ms`, or less if `signal` aborts (a shutdown must not wait out a backoff). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
