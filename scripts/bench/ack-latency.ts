import { ACTIONS } from '../../src/slack/ids.js';
import { commandBody, interactionBody, TEST_SIGNING_SECRET } from '../../test/helpers/slack-request.js';
import { openLoop } from './open-loop.js';
import { median, residentMb, spawnNode, stop, waitForHealthy } from './processes.js';
import { type Reply, settled, startReplyCounter } from './reply-counter.js';
import type { Seeded } from './seed.js';
import { BENCH_TEAM } from './stores.js';

export interface Scenario {
  name: string;
  body: string;
}

/** Acks at a steady open-loop rate, and what reached the user afterwards. */
export interface OpenLoopRow {
  target: string;
  scenario: string;
  rate: number;
  p50: number;
  p99: number;
  max: number;
  sent: number;
  /** No 2xx within Slack's 3 s. */
  late: number;
  /** Replies posted to the response_url (the answer asked for). */
  replies: number;
  /** "Try again" replies (overload or failure). */
  tryAgain: number;
}

/**
 * `/lead list` offered faster than it can be served: how much finished work the process delivers at most, and
 * whether the acknowledgements still come back within 3 s.
 */
export interface SaturationRow {
  target: string;
  scenario: string;
  /** Requests offered a second (open loop). */
  rate: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  /** No 2xx within 3 s. */
  late: number;
  /** Lists delivered to the response_url during the run, per second. */
  repliesPerSecond: number;
  /** Answered "try again" (in the ack, the queue being full, or posted after it). */
  refused: number;
  /** Acknowledged, but neither answered nor refused. */
  lost: number;
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

const WARM_UP_SECONDS = 3;

export async function measureTarget(input: {
  target: string;
  /** scripts/bench/bare-bolt.ts, src/main.ts (through tsx) or dist/src/main.js (compiled). */
  script: string;
  env: Record<string, string>;
  port: number;
  slackApiUrl: string;
  seeded: Seeded;
  seconds: number;
  runs: number;
  /** Requests a second of the open-loop runs. */
  rate: number;
  /** Faster rates at which `/lead list` is offered to find the most replies delivered per second. */
  saturationRates: number[];
}): Promise<{ openLoop: OpenLoopRow[]; saturation: SaturationRow[]; idleMb: number; loadedMb: number }> {
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
  const counter = await startReplyCounter();
  let tags = 0;
  const scenario = (index: number) => {
    const tag = `t${++tags}`;
    return { tag, ...(scenarios(counter.urlFor(tag), input.seeded)[index] as Scenario) };
  };
  /** Replies to a run, once the work it left behind has finished. */
  const repliesTo = async (tag: string): Promise<Reply[]> => {
    if (isSalesflow) await settled(() => counter.replies(tag).length);
    return counter.replies(tag);
  };
  const openLoopRows: OpenLoopRow[] = [];
  const saturation: SaturationRow[] = [];
  try {
    const names = scenarios('', input.seeded).map((s) => s.name);
    for (const [index, name] of names.entries()) {
      console.error(`[bench] ${input.target}: ${name}, open loop at ${input.rate}/s`);
      await openLoop({ url, body: scenario(index).body, rate: input.rate, seconds: WARM_UP_SECONDS });
      const runs = [];
      let replies = 0;
      let tryAgain = 0;
      for (let run = 0; run < input.runs; run++) {
        if (isSalesflow) await waitForQuiet(health);
        const { tag, body } = scenario(index);
        const result = await openLoop({ url, body, rate: input.rate, seconds: input.seconds });
        runs.push(result);
        const delivered = await repliesTo(tag);
        replies += delivered.filter((r) => !r.tryAgain).length;
        tryAgain += delivered.filter((r) => r.tryAgain).length + result.answeredWithText;
      }
      openLoopRows.push({
        target: input.target,
        scenario: name,
        rate: input.rate,
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        max: Math.max(...runs.map((r) => r.max)),
        sent: runs.reduce((sum, r) => sum + r.sent, 0),
        late: runs.reduce((sum, r) => sum + r.failed, 0),
        replies,
        tryAgain,
      });
    }

    const list = names.indexOf('/lead list');
    for (const rate of input.saturationRates) {
      console.error(`[bench] ${input.target}: /lead list, open loop at ${rate}/s`);
      if (isSalesflow) await waitForQuiet(health);
      const { tag, body } = scenario(list);
      const started = performance.now();
      const acks = await openLoop({ url, body, rate, seconds: input.seconds });
      const ended = performance.now();
      const delivered = await repliesTo(tag);
      const lists = delivered.filter((r) => !r.tryAgain);
      // Salesflow answers every acknowledged command once: the list, or "try again" (in the ack itself when its
      // queue is full, or posted). Whatever is left was lost. The floor answers nothing.
      const refused = acks.answeredWithText + (delivered.length - lists.length);
      saturation.push({
        target: input.target,
        scenario: '/lead list',
        rate,
        ackP50: acks.p50,
        ackP99: acks.p99,
        ackMax: acks.max,
        late: acks.failed,
        repliesPerSecond: Math.round(
          lists.filter((r) => r.at >= started && r.at <= ended).length / input.seconds,
        ),
        refused,
        lost: isSalesflow ? acks.answered - refused - lists.length : 0,
      });
    }
  } finally {
    clearInterval(sampler);
    await counter.close();
    await stop(child);
  }
  return { openLoop: openLoopRows, saturation, idleMb, loadedMb };
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
