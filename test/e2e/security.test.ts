import { verifySlackRequest } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { type OpenedView, startTestApp, stateFrom, type TestApp } from '../helpers/e2e.js';
import {
  commandBody,
  interactionBody,
  signature,
  slackTimestampNow,
  TEST_SIGNING_SECRET,
} from '../helpers/slack-request.js';
import { DRIVERS } from '../helpers/test-db.js';

// Slack's published example (https://api.slack.com/authentication/verifying-requests-from-slack).
const EXAMPLE = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&' +
    'channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&' +
    'response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&' +
    'trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

function boltVerifies(overrides: { body?: string; signature?: string } = {}): boolean {
  try {
    verifySlackRequest({
      signingSecret: EXAMPLE.secret,
      body: overrides.body ?? EXAMPLE.body,
      headers: {
        'x-slack-signature': overrides.signature ?? EXAMPLE.signature,
        'x-slack-request-timestamp': EXAMPLE.timestamp,
      },
    });
    return true;
  } catch {
    return false;
  }
}

describe("Slack's published signature example", () => {
  afterEach(() => vi.useRealTimers());

  it('our test signer computes the published signature', () => {
    expect(signature(EXAMPLE.body, EXAMPLE.timestamp, EXAMPLE.secret)).toBe(EXAMPLE.signature);
  });

  it("Bolt's verifier accepts it with the clock at its timestamp", () => {
    vi.useFakeTimers();
    vi.setSystemTime(EXAMPLE.timestamp * 1000);
    expect(boltVerifies()).toBe(true);
  });

  it("Bolt's verifier rejects it with one changed character or a changed signature", () => {
    vi.useFakeTimers();
    vi.setSystemTime(EXAMPLE.timestamp * 1000);
    expect(boltVerifies({ body: EXAMPLE.body.replace('text=&', 'text=x&') })).toBe(false);
    expect(boltVerifies({ signature: EXAMPLE.signature.replace(/.$/, '0') })).toBe(false);
  });

  it("Bolt's verifier rejects it once it is more than five minutes old", () => {
    vi.useFakeTimers();
    vi.setSystemTime((EXAMPLE.timestamp + 5 * 60 + 1) * 1000);
    expect(boltVerifies()).toBe(false);
  });
});

type Headers = Record<string, string>;

describe.each(DRIVERS)('requests Slack did not sign are refused (%s)', (driver) => {
  let app: TestApp;
  let view: OpenedView;
  const now = slackTimestampNow;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    app.addUser({ id: 'U_REP' });
    view = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead));
  });
  afterAll(() => app?.stop());

  /** A new-lead submission that would save `company` if Slack had sent it. */
  function submission(company: string): string {
    return interactionBody({
      type: 'view_submission',
      team: { id: app.teamId, domain: 'salesflow-test' },
      user: { id: 'U_REP', username: 'u_rep', name: 'u_rep', team_id: app.teamId },
      api_app_id: 'A_SALESFLOW',
      trigger_id: 'trigger.forged',
      view: {
        id: view.id,
        team_id: app.teamId,
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata ?? '',
        hash: 'h',
        blocks: view.blocks ?? [],
        state: {
          values: stateFrom(view, { [BLOCKS.company]: company, [BLOCKS.contactName]: 'Mallory' }),
        },
      },
    });
  }

  function slashCommand(): string {
    return commandBody({
      command: COMMANDS.lead,
      text: 'list',
      user_id: 'U_REP',
      team_id: app.teamId,
      response_url: app.slack.responseUrl('forged'),
    });
  }

  const signedHeaders = (body: string, timestamp: number, secret = TEST_SIGNING_SECRET): Headers => ({
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature(body, timestamp, secret),
  });

  async function post(body: string, headers: Headers): Promise<number> {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
    await response.text();
    return response.status;
  }

  async function leadCount(): Promise<number> {
    return (await app.deps.leads.query(app.teamId, { owners: 'all', limit: 1 })).total;
  }

  const forgeries: [string, (body: string) => { body: string; headers: Headers }][] = [
    [
      'signed with another secret',
      (body) => ({ body, headers: signedHeaders(body, now(), 'not-the-secret') }),
    ],
    [
      'signed more than five minutes ago',
      (body) => ({ body, headers: signedHeaders(body, now() - 5 * 60 - 10) }),
    ],
    ['dated ten minutes in the future', (body) => ({ body, headers: signedHeaders(body, now() + 10 * 60) })],
    [
      'without a signature header',
      (body) => ({ body, headers: { 'x-slack-request-timestamp': String(now()) } }),
    ],
    [
      'without a timestamp header',
      (body) => ({ body, headers: { 'x-slack-signature': signature(body, now()) } }),
    ],
    [
      'whose body was changed after signing',
      (body) => ({
        body: body.replace('Mallory', 'Mallorx').replace('list', 'lisx'),
        headers: signedHeaders(body, now()),
      }),
    ],
    [
      'with a signature of another scheme',
      (body) => ({
        body,
        headers: {
          ...signedHeaders(body, now()),
          'x-slack-signature': `v1=${signature(body, now()).slice(3)}`,
        },
      }),
    ],
  ];

  it.each(forgeries)('a request %s gets 401 and changes nothing', async (_name, forge) => {
    const leadsBefore = await leadCount();
    const callsBefore = app.slack.calls.length;
    const responsesBefore = app.slack.responses.length;

    const command = forge(slashCommand());
    const submit = forge(submission('Forged Lead Ltd'));
    expect(await post(command.body, command.headers)).toBe(401);
    expect(await post(submit.body, submit.headers)).toBe(401);

    // Listeners run after the HTTP answer in Bolt; give a wrongly accepted request time to show itself.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await leadCount()).toBe(leadsBefore);
    expect(app.slack.calls.slice(callsBefore)).toEqual([]);
    expect(app.slack.responses.length).toBe(responsesBefore);
  });

  it('the same requests, correctly signed, are accepted (so the refusals above mean something)', async () => {
    const leadsBefore = await leadCount();
    const body = submission('Genuine Lead Ltd');
    expect(await post(body, signedHeaders(body, now()))).toBe(200);
    const command = slashCommand();
    expect(await post(command, signedHeaders(command, now()))).toBe(200);
    await app.slack.waitFor(() => app.slack.responses.some((r) => r.id === 'forged'));
    // The lead is saved after the ack, in the after-ack queue.
    await app.deps.afterAck.idle();
    expect(await leadCount()).toBe(leadsBefore + 1);
  });
});
