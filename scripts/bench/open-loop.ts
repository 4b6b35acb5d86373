import http from 'node:http';
import { signature, TEST_SIGNING_SECRET } from '../../test/helpers/slack-request.js';

/** Slack gives up on an acknowledgement after 3 s. */
const SLACK_TIMEOUT_MS = 3000;

export interface OpenLoopResult {
  sent: number;
  /** Acknowledged with a 2xx within 3 s. */
  answered: number;
  /** A non-2xx answer, a connection error or no answer within 3 s. */
  failed: number;
  /** Answered with a message in the ack itself (Salesflow's "try again" when its queue is full). */
  answeredWithText: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Sends `rate` signed requests a second for `seconds`, each at its scheduled time whether or not earlier ones
 * were answered (an open loop, as Slack sends: a slow server does not slow the senders down). Latency is counted
 * from the scheduled time, so a sender that fell behind is not hidden (no coordinated omission).
 */
export async function openLoop(input: {
  url: string;
  body: string;
  rate: number;
  seconds: number;
}): Promise<OpenLoopResult> {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'content-length': Buffer.byteLength(input.body),
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature(input.body, timestamp, TEST_SIGNING_SECRET),
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2000 });
  const latencies: number[] = [];
  let failed = 0;
  let answeredWithText = 0;
  const total = Math.round(input.rate * input.seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / input.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      send(input.url, input.body, headers, agent).then(
        ({ ok, withText }) => {
          const ms = performance.now() - due;
          if (ok && ms <= SLACK_TIMEOUT_MS) latencies.push(ms);
          else failed++;
          if (ok && withText) answeredWithText++;
        },
        () => void failed++,
      ),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN);
  return {
    sent: total,
    answered: latencies.length,
    failed,
    answeredWithText,
    p50: at(0.5),
    p99: at(0.99),
    max: Math.round(latencies.at(-1) ?? Number.NaN),
  };
}

function send(
  url: string,
  body: string,
  headers: http.OutgoingHttpHeaders,
  agent: http.Agent,
): Promise<{ ok: boolean; withText: boolean }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers, agent, timeout: SLACK_TIMEOUT_MS },
      (res) => {
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          length += chunk.length;
        });
        res.on('end', () => resolve({ ok: (res.statusCode ?? 500) < 300, withText: length > 0 }));
      },
    );
    request.on('timeout', () => request.destroy(new Error('no answer within 3 s')));
    request.on('error', reject);
    request.end(body);
  });
}
