import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlack } from './fake-slack.js';

/**
 * A local stand-in for Slack's Socket Mode endpoint (https://api.slack.com/apis/connections/socket-implement).
 * The fake Web API answers `apps.connections.open` with this server's `ws://` URL; on each connection it says
 * `hello`, then the test sends envelopes — `slash_commands`, `interactive`, `events_api`, each
 * `{ envelope_id, type, payload, accepts_response_payload }` (events also `retry_attempt`, `retry_reason`) — and
 * this records every acknowledgement, `{ envelope_id, payload? }`, with the time it took.
 */

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface Envelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface RecordedAck {
  envelopeId: string;
  /** What the app answered with (`response_action`…); `{}` for a bare ack. */
  payload: Record<string, unknown>;
  /** Milliseconds from sending the envelope to receiving its ack. */
  ms: number;
  /** Which connection (1, 2, …) the ack came back on. */
  connection: number;
}

export const APP_ID = 'A_SALESFLOW';

export class FakeSocketMode {
  readonly acks: RecordedAck[] = [];
  readonly sent: (Envelope & { at: number; connection: number })[] = [];
  /** How many sockets the app has opened so far. */
  connectionsOpened = 0;
  private server: WebSocketServer | undefined;
  private current: WebSocket | undefined;
  private port = 0;

  async start(slack: FakeSlack): Promise<this> {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.server?.once('listening', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
    this.server.on('connection', (socket) => this.accept(socket));
    slack.socketModeUrl = () => `ws://127.0.0.1:${this.port}/link/?ticket=${randomUUID()}&app_id=${APP_ID}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Whether the app has a socket open right now. */
  get connected(): boolean {
    return this.current?.readyState === 1;
  }

  /** Resolves once the app has opened its `count`-th socket and was greeted. */
  async waitForConnection(count = this.connectionsOpened + 1, timeoutMs = 20_000): Promise<void> {
    await until(
      () => this.connectionsOpened >= count && this.connected,
      timeoutMs,
      'a Socket Mode connection',
    );
  }

  /** The connection vanishes without a close handshake, as when a Slack host or the network goes away. */
  drop(): void {
    this.current?.terminate();
  }

  /** Slack's routine rotation: `disconnect` with `refresh_requested`; the app is expected to reconnect. */
  askToReconnect(): void {
    this.current?.send(
      JSON.stringify({
        type: 'disconnect',
        reason: 'refresh_requested',
        debug_info: { host: 'applink-fake' },
      }),
    );
  }

  /** Sends an envelope on the open socket and waits for its ack (undefined if none came within `timeoutMs`). */
  async deliver(
    type: EnvelopeType,
    payload: Record<string, unknown>,
    options: { envelopeId?: string; retryAttempt?: number; timeoutMs?: number } = {},
  ): Promise<{ envelope: Envelope; ack: RecordedAck | undefined }> {
    const envelope: Envelope = {
      envelope_id: options.envelopeId ?? randomUUID(),
      type,
      payload,
      // Slack accepts a response payload with the ack for commands and view submissions.
      accepts_response_payload: type === 'slash_commands' || payload.type === 'view_submission',
      ...(type === 'events_api' || options.retryAttempt
        ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryAttempt ? 'timeout' : '' }
        : {}),
    };
    return { envelope, ack: await this.send(envelope, options.timeoutMs) };
  }

  /** Delivers `envelopeId` again, as Slack does when it did not get the ack: same id, `retry_attempt` + 1. */
  async redeliver(envelopeId: string, timeoutMs?: number): Promise<RecordedAck | undefined> {
    const original = this.sent.find((envelope) => envelope.envelope_id === envelopeId);
    if (!original) throw new Error(`fake Socket Mode: no envelope ${envelopeId} was sent`);
    const { at: _at, connection: _connection, ...envelope } = original;
    return this.send(
      { ...envelope, retry_attempt: (envelope.retry_attempt ?? 0) + 1, retry_reason: 'timeout' },
      timeoutMs,
    );
  }

  acksFor(envelopeId: string): RecordedAck[] {
    return this.acks.filter((ack) => ack.envelopeId === envelopeId);
  }

  private async send(envelope: Envelope, timeoutMs = 10_000): Promise<RecordedAck | undefined> {
    const socket = this.current;
    if (socket?.readyState !== 1) throw new Error('fake Socket Mode: the app has no open socket');
    const before = this.acksFor(envelope.envelope_id).length;
    this.sent.push({ ...envelope, at: Date.now(), connection: this.connectionsOpened });
    socket.send(JSON.stringify(envelope));
    try {
      await until(() => this.acksFor(envelope.envelope_id).length > before, timeoutMs, 'an ack');
    } catch {
      return undefined;
    }
    return this.acksFor(envelope.envelope_id)[before];
  }

  private accept(socket: WebSocket): void {
    this.connectionsOpened += 1;
    const connection = this.connectionsOpened;
    this.current = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
      if (!message.envelope_id) return;
      const sent = this.sent.findLast((envelope) => envelope.envelope_id === message.envelope_id);
      this.acks.push({
        envelopeId: message.envelope_id,
        payload: message.payload ?? {},
        ms: Date.now() - (sent?.at ?? Date.now()),
        connection,
      });
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'applink-fake', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: APP_ID },
      }),
    );
  }
}

async function until(probe: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`fake Socket Mode: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
