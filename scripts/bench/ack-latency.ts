import autocannon from 'autocannon';
import { ACTIONS } from '../../src/slack/ids.js';
import {
  commandBody,
  interactionBody,
  signature,
  TEST_SIGNING_SECRET,
} from '../../test/helpers/slack-request.js';
import { median, residentMb, spawnNode, stop, waitForHealthy } from './processes.js';
import type { Seeded } from './seed.js';
import { BENCH_TEAM } from './stores.js';

export interface Scenario {
  name: string;
  body: string;
}

export interface LatencyResult {
  target: string;
  scenario: string;
  p50: number;
  p99: number;
  max: number;
  rps: number;
  /** Answered with a 2xx. */
  answered: number;
  /** Answered with another status, connection errors and timeouts. */
  errors: number;
  /** Still waiting for an answer when the run ended (their latency is in no percentile above). */
  unanswered: number;
}

/** Every request comes from U1, the manager of the seeded reps (see seed.ts). */
export function scenarios(respondUrl: string, seeded: Seeded): Scenario[] {
  const command = (text: string) =>
    commandBody({ command: '/lead', text, user_id: 'U1', team_id: BENCH_TEAM, response_url: respondUrl });
  const click = (actionId: string, value: string, messageTs: string) =>
    interactionBody({
      type: 'block_actions',
      user: { id: 'U1', team_id: BENCH_TEAM, username: 'u1', name: 'u1' },
      team: { id: BENCH_TEAM, domain: 'bench' },
      api_app_id: 'A1',
      token: 'x',
      trigger_id: 't',
      response_url: respondUrl,
      container: { type: 'message', message_ts: messageTs, channel_id: 'C1', is_ephemeral: false },
      channel: { id: 'C1', name: 'sales' },
      message: { ts: messageTs, type: 'message', text: '' },
      actions: [{ action_id: actionId, block_id: 'b', type: 'button', value, action_ts: '1' }],
    });
  return [
    { name: '/lead list', body: command('list') },
    { name: '/lead <search>', body: command('科技') },
    { name: 'lead card button', body: click(ACTIONS.leadOpen, String(seeded.firstLeadId), '1.1') },
    // The first click approves; every later one is answered "already decided" (a private reply after the ack).
    // The ack is what is measured, and it waits for the same middleware either way.
    {
      name: 'Approve click',
      body: click(ACTIONS.approvalApprove, `${seeded.approvalRequestId}:1:1`, '1.2'),
    },
  ];
}

/**
 * Fires one scenario at `url` with 50 connections for `seconds`, every request signed as Slack signs it (one
 * timestamp per run; Slack's five-minute window is far longer than a run).
 */
export async function fire(
  url: string,
  scenario: Scenario,
  seconds: number,
  connections = 50,
): Promise<Omit<LatencyResult, 'target'>> {
  const timestamp = Math.floor(Date.now() / 1000);
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    // Slack gives up after 3 s; an answer slower than that is a failure, not a data point to wait for.
    timeout: 3,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(scenario.body, timestamp, TEST_SIGNING_SECRET),
    },
    body: scenario.body,
  });
  const answered = result['2xx'];
  return {
    scenario: scenario.name,
    // autocannon's latency histogram holds every answer, 2xx or not; with no 2xx it means nothing.
    p50: answered ? result.latency.p50 : Number.NaN,
    p99: answered ? result.latency.p99 : Number.NaN,
    max: answered ? result.latency.max : Number.NaN,
    rps: Math.round(answered / seconds),
    answered,
    errors: result.non2xx + result.errors + result.timeouts,
    unanswered: Math.max(0, result.requests.sent - result.requests.total - result.timeouts),
  };
}

export async function measureTarget(input: {
  target: string;
  /** scripts/bench/bare-bolt.ts, src/main.ts (through tsx) or dist/src/main.js (compiled). */
  script: string;
  env: Record<string, string>;
  port: number;
  slackApiUrl: string;
  respondUrl: string;
  seeded: Seeded;
  seconds: number;
  runs: number;
}): Promise<{ results: LatencyResult[]; idleMb: number; loadedMb: number }> {
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: input.slackApiUrl,
    PORT: String(input.port),
    LOG_LEVEL: 'warn',
    SCHEDULER_ENABLED: 'false',
    ...input.env,
  };
  // Salesflow says it is ready through /healthz; the bare Bolt floor prints "ready".
  const isSalesflow = /main\.[jt]s$/.test(input.script);
  const { child } = await spawnNode(input.script, env, isSalesflow ? null : (line) => line === 'ready');
  const health = `http://127.0.0.1:${input.port}/healthz`;
  if (isSalesflow) await waitForHealthy(health);
  const url = `http://127.0.0.1:${input.port}/slack/events`;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const idleMb = residentMb(child.pid as number);
  let loadedMb = idleMb;
  const sampler = setInterval(() => {
    loadedMb = Math.max(loadedMb, residentMb(child.pid as number));
  }, 500);
  const results: LatencyResult[] = [];
  try {
    for (const scenario of scenarios(input.respondUrl, input.seeded)) {
      console.error(`[bench] ${input.target}: ${scenario.name}`);
      await fire(url, scenario, 3); // warm-up
      const runs = [];
      for (let run = 0; run < input.runs; run++) {
        // Work acknowledged in the previous run still runs after it; let it finish so runs do not overlap.
        if (isSalesflow) await waitForQuiet(health);
        runs.push(await fire(url, scenario, input.seconds));
      }
      const answered = runs.reduce((sum, r) => sum + r.answered, 0);
      if (answered === 0) {
        throw new Error(
          `${input.target} answered no "${scenario.name}" request with a 2xx in ${input.runs} run(s) of ${input.seconds} s ` +
            `(errors ${runs.map((r) => r.errors).join('/')}, still waiting ${runs.map((r) => r.unanswered).join('/')})`,
        );
      }
      results.push({
        target: input.target,
        scenario: scenario.name,
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        max: Math.max(...runs.map((r) => r.max)),
        rps: median(runs.map((r) => r.rps)),
        answered,
        errors: runs.reduce((sum, r) => sum + r.errors, 0),
        unanswered: runs.reduce((sum, r) => sum + r.unanswered, 0),
      });
    }
  } finally {
    clearInterval(sampler);
    await stop(child);
  }
  return { results, idleMb, loadedMb };
}

/** Waits until the health check (one database round trip) answers within 100 ms again, at most 60 s. */
async function waitForQuiet(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    await fetch(url).catch(() => undefined);
    if (Date.now() - started < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
