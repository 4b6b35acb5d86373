import type { FakeSocketMode } from './fake-socket-mode.js';
import { interactionBody, type SendOptions, sendSigned } from './slack-request.js';

type Json = Record<string, unknown>;

/** What Slack got back: the HTTP answer, or in Socket Mode the ack and its payload (status 0: no ack came). */
export interface Delivered {
  status: number;
  /** The response body; in Socket Mode the ack's payload as JSON ('' for a bare ack, as over HTTP). */
  text: string;
  /** Milliseconds until Slack had its answer (the HTTP response, or the ack). */
  ackMs: number;
  /** Socket Mode: the envelope's id, to redeliver it. */
  envelopeId?: string;
}

/** How a test hands Slack's payloads to the app: signed HTTP requests, or envelopes over a Socket Mode socket. */
export interface SlackDelivery {
  kind: 'http' | 'socket';
  command(fields: Record<string, string>, options?: SendOptions): Promise<Delivered>;
  interaction(payload: Json, options?: SendOptions): Promise<Delivered>;
  event(body: Json, options?: SendOptions): Promise<Delivered>;
}

export function httpDelivery(url: string): SlackDelivery {
  const send = async (body: string, contentType: string, options?: SendOptions): Promise<Delivered> => {
    const started = Date.now();
    const result = await sendSigned(url, body, contentType, options);
    return { status: result.status, text: result.text, ackMs: Date.now() - started };
  };
  return {
    kind: 'http',
    command: (fields, options) =>
      send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options),
    interaction: (payload, options) =>
      send(interactionBody(payload), 'application/x-www-form-urlencoded', options),
    event: (body, options) => send(JSON.stringify(body), 'application/json', options),
  };
}

/** Signing options do not apply here: a Socket Mode socket is authenticated by the app token that opened it. */
export function socketDelivery(socket: FakeSocketMode): SlackDelivery {
  const send = async (type: 'slash_commands' | 'interactive' | 'events_api', payload: Json) => {
    const { envelope, ack } = await socket.deliver(type, payload);
    const empty = !ack || Object.keys(ack.payload).length === 0;
    return {
      status: ack ? 200 : 0,
      text: empty ? '' : JSON.stringify(ack.payload),
      ackMs: ack?.ms ?? Number.POSITIVE_INFINITY,
      envelopeId: envelope.envelope_id,
    };
  };
  return {
    kind: 'socket',
    command: (fields) => send('slash_commands', fields),
    interaction: (payload) => send('interactive', payload),
    event: (body) => send('events_api', body),
  };
}
