import { LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker, type OutboxWorkerOptions } from '../../src/jobs/outbox.js';
import { createOutboxRepository, type OutboxRepository } from '../../src/jobs/outbox.repository.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../helpers/test-db.js';

const logger = createLogger('silent');

// What a stop (SIGTERM) does to the sends under way: the first line of defence against posting a DM twice.
describe.each(DRIVERS)('stopping the outbox worker (%s)', (driver) => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let client: WebClient;
  const clock = fixedClock(new Date('2026-11-30T08:00:00Z'));
  let outbox: OutboxRepository;
  let team = 0;
  let T = '';

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    slack = await new FakeSlack().start();
    client = new WebClient(FakeSlack.botToken, {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 5000,
      // The post left hanging on purpose fails when the fake closes; that warning is not news.
      logLevel: LogLevel.ERROR,
    });
    outbox = createOutboxRepository({ db: database.db, clock });
  });
  afterAll(async () => {
    await slack?.stop();
    await database?.destroy();
  });
  beforeEach(() => {
    slack.reset();
    // The history check is out of action: these tests are about the first line of defence alone.
    slack.failAlways('conversations.history', { error: 'missing_scope' });
    T = `T_STOP${++team}`;
  });

  const enqueueDms = (count: number) =>
    outbox.enqueue(
      Array.from({ length: count }, (_, i) => ({
        teamId: T,
        idempotencyKey: `followups:${T}:U${i}:2026-11-30:dm`,
        method: 'chat.postMessage',
        payload: { channel: `U${T}${i}`, text: `reminder ${i}` },
      })),
    );
  const worker = (options: Partial<OutboxWorkerOptions> = {}, repository = outbox) =>
    createOutboxWorker({
      deps: { outbox: repository, clock, logger },
      client,
      options: { pollIntervalMs: 60_000, ...options },
    });
  const posts = () => slack.callsTo('chat.postMessage').length;
  const statuses = async () => (await outbox.listByTeam(T)).map((row) => [row.status, row.attempts]);

  it('a stop while Slack is answering a DM waits for the answer and records the DM as sent', async () => {
    await enqueueDms(1);
    slack.failAlways('chat.postMessage', { delayMs: 400 });
    const sender = worker();
    sender.start();
    await slack.waitFor(() => posts() === 1);
    await sender.stop();
    expect(await statuses()).toEqual([['sent', 1]]);
    const [row] = await outbox.listByTeam(T);
    expect(row?.response).toMatchObject({ channel: `DT_STOP${team}0`, ts: expect.any(String) });
  });

  it('rows taken but not yet posted go back to pending, their attempt uncounted, and no post starts after the stop', async () => {
    await enqueueDms(6);
    slack.failAlways('chat.postMessage', { delayMs: 300 });
    const sender = worker({ concurrency: 2 });
    sender.start();
    await slack.waitFor(() => posts() === 2);
    await sender.stop();
    expect(posts()).toBe(2);
    const rows = await statuses();
    expect(rows.filter(([status]) => status === 'sent')).toEqual([
      ['sent', 1],
      ['sent', 1],
    ]);
    expect(rows.filter(([status]) => status !== 'sent')).toEqual(Array(4).fill(['pending', 0]));

    // The next process sends the four others once, and the first two not again.
    slack.clearFaults();
    slack.failAlways('conversations.history', { error: 'missing_scope' });
    expect((await worker().drainUntilIdle()).sent).toBe(4);
    expect(posts()).toBe(6);
    expect(new Set(slack.callsTo('chat.postMessage').map((call) => call.args.channel)).size).toBe(6);
  });

  it('when Slack does not answer within the bound, the stop returns and the row waits, still sending, for the history check', async () => {
    await enqueueDms(1);
    slack.failAlways('chat.postMessage', { hang: true });
    const sender = worker({ stopWaitMs: 300 });
    sender.start();
    await slack.waitFor(() => posts() === 1);
    const stopping = sender.stop();
    const outcome = await Promise.race([
      stopping.then(() => 'stopped'),
      new Promise((resolve) => setTimeout(resolve, 3000, 'still waiting')),
    ]);
    expect(outcome).toBe('stopped');
    expect(await statuses()).toEqual([['sending', 1]]);
  });

  it('a DM Slack accepted but that could not be recorded is not taken for a failed send and retried', async () => {
    await enqueueDms(1);
    const recordingFails: OutboxRepository = {
      ...outbox,
      markSent: async () => {
        throw new Error('the database went away');
      },
    };
    const report = await worker({}, recordingFails).drainOnce();
    expect(report).toMatchObject({ claimed: 1, sent: 0, retried: 0 });
    expect(posts()).toBe(1);
    // Left as taken: only its lease ending (and then the history check) brings it back, never a retry timer.
    expect(await statuses()).toEqual([['sending', 1]]);
  });
});
