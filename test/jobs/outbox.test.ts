import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxRepository } from '../../src/jobs/outbox.repository.js';
import { METADATA_EVENT_TYPE } from '../../src/jobs/outbox-sender.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../helpers/test-db.js';

const logger = createLogger('silent');
const T = 'T_OUTBOX';

describe.each(DRIVERS)('the outbox (%s)', (driver) => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let client: WebClient;
  const clock = fixedClock(new Date('2026-11-27T09:00:00Z'));
  let outbox: ReturnType<typeof createOutboxRepository>;
  let sequence = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    slack = await new FakeSlack().start();
    // The channels these messages go to have the bot in them (elsewhere Slack answers not_in_channel).
    for (const id of ['C_BUSY', 'C_SALES']) slack.addChannel({ id, is_member: true });
    client = new WebClient(FakeSlack.botToken, {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    outbox = createOutboxRepository({ db: database.db, clock });
  });
  afterAll(async () => {
    await slack?.stop();
    await database?.destroy();
  });
  beforeEach(() => {
    slack.reset();
    clock.advance(24 * 3600_000);
  });

  const worker = () =>
    createOutboxWorker({
      deps: { outbox, clock, logger },
      client,
      options: { backoffBaseMs: 1000, backoffMaxMs: 8000, maxAttempts: 4 },
    });
  const dm = (user: string, text = 'hello') => ({
    teamId: T,
    idempotencyKey: `k${++sequence}`,
    method: 'chat.postMessage',
    payload: { channel: user, text },
  });

  it('stores a message once however often it is enqueued with the same key', async () => {
    const message = dm('U_ONCE');
    expect(
      await outbox.enqueue([message, { ...message, payload: { channel: 'U_ONCE', text: 'again' } }]),
    ).toBe(1);
    expect(await outbox.enqueue([message])).toBe(0);
    const report = await worker().drainUntilIdle();
    expect(report.sent).toBe(1);
    expect(slack.callsTo('chat.postMessage').map((call) => call.args.text)).toEqual(['hello']);
  });

  it('waits as long as Slack says after a 429, without counting it as a failed attempt', async () => {
    const message = dm('U_429');
    await outbox.enqueue([message]);
    slack.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 30 });
    const sender = worker();
    expect((await sender.drainOnce()).retried).toBe(1);
    clock.advance(29_000);
    expect((await sender.drainOnce()).claimed).toBe(0);
    clock.advance(1_000);
    expect((await sender.drainOnce()).sent).toBe(1);
    const row = await outbox.findByKey(T, message.idempotencyKey);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('retries a storm of 500s with growing delays and then delivers once', async () => {
    const message = dm('U_500');
    await outbox.enqueue([message]);
    slack.failNext('chat.postMessage', { status: 500 }, { status: 500 }, { status: 503 });
    const sender = worker();
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      expect((await sender.drainOnce()).retried).toBe(1);
      const row = await outbox.findByKey(T, message.idempotencyKey);
      delays.push((row?.nextAttemptAt.getTime() ?? 0) - clock.now().getTime());
      expect(row?.lastError).toMatch(/http 50/);
      clock.advance(10_000);
    }
    expect((await sender.drainOnce()).sent + (await sender.drainOnce()).recovered).toBe(1);
    expect(delays[2]).toBeGreaterThan(delays[0] ?? Infinity);
    expect(await outbox.findByKey(T, message.idempotencyKey)).toMatchObject({ status: 'sent', attempts: 4 });
    const delivered = slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'U_500');
    // Three refused attempts and one delivery; the earlier-post check found nothing to reuse.
    expect(delivered).toHaveLength(4);
  });

  it('gives up after the maximum number of attempts', async () => {
    const message = dm('U_DOWN');
    await outbox.enqueue([message]);
    slack.failAlways('chat.postMessage', { status: 500 });
    const sender = worker();
    for (let i = 0; i < 6; i++) {
      await sender.drainOnce();
      clock.advance(10_000);
    }
    expect(await outbox.findByKey(T, message.idempotencyKey)).toMatchObject({
      status: 'failed',
      attempts: 4,
    });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(4);
  });

  it.each(['channel_not_found', 'user_not_found', 'account_inactive', 'is_archived', 'invalid_blocks'])(
    'marks a message failed at once, without retrying, when Slack answers %s',
    async (error) => {
      const message = dm('U_GONE');
      await outbox.enqueue([message]);
      slack.failNext('chat.postMessage', { error });
      const sender = worker();
      expect((await sender.drainOnce()).failed).toBe(1);
      clock.advance(3600_000);
      expect((await sender.drainOnce()).claimed).toBe(0);
      expect(await outbox.findByKey(T, message.idempotencyKey)).toMatchObject({
        status: 'failed',
        lastError: error,
      });
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    },
  );

  it('sends at most one message per second to the same channel', async () => {
    await outbox.enqueue([dm('C_BUSY', 'one'), dm('C_BUSY', 'two'), dm('C_BUSY', 'three'), dm('U_OTHER')]);
    const sender = worker();
    const first = await sender.drainOnce();
    expect(first).toMatchObject({ sent: 2, deferred: 2 });
    clock.advance(1000);
    expect((await sender.drainOnce()).sent).toBe(1);
    clock.advance(1000);
    expect((await sender.drainOnce()).sent).toBe(1);
    expect(
      slack
        .callsTo('chat.postMessage')
        .filter((c) => c.args.channel === 'C_BUSY')
        .map((c) => c.args.text),
    ).toEqual(['one', 'two', 'three']);
  });

  it('uploads a file carried as base64', async () => {
    const bytes = Buffer.from('stage,count\nnew,3\n');
    await outbox.enqueue([
      {
        teamId: T,
        idempotencyKey: `file${++sequence}`,
        method: 'files.uploadV2',
        payload: { channel_id: 'C_SALES', filename: 'pipeline.csv', file_base64: bytes.toString('base64') },
      },
    ]);
    expect((await worker().drainOnce()).sent).toBe(1);
    // The upload is multipart form data around the file's bytes.
    expect(slack.uploads).toHaveLength(1);
    expect(slack.uploads[0]?.bytes.toString()).toContain(bytes.toString());
    expect(slack.lastCall('files.completeUploadExternal')?.args.channel_id).toBe('C_SALES');
  });

  it('does not post again a message an interrupted attempt already delivered', async () => {
    const message = dm('U_CRASH', 'only once');
    await outbox.enqueue([message]);
    // A worker takes the row and Slack accepts the post, but the worker dies before recording it.
    const [taken] = await outbox.claimDue(clock.now(), new Date(clock.now().getTime() + 60_000), 10);
    expect(taken?.idempotencyKey).toBe(message.idempotencyKey);
    await client.chat.postMessage({
      channel: 'U_CRASH',
      text: 'only once',
      metadata: { event_type: METADATA_EVENT_TYPE, event_payload: { key: message.idempotencyKey } },
    });
    const sender = worker();
    expect((await sender.drainOnce()).claimed).toBe(0);
    clock.advance(60_000);
    expect((await sender.drainOnce()).recovered).toBe(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await outbox.findByKey(T, message.idempotencyKey)).toMatchObject({ status: 'sent' });
  });

  it('re-sends a message whose worker died before Slack got it, once its lease ends', async () => {
    const message = dm('U_LOST', 'recovered');
    await outbox.enqueue([message]);
    await outbox.claimDue(clock.now(), new Date(clock.now().getTime() + 60_000), 10);
    const sender = worker();
    clock.advance(60_000);
    expect((await sender.drainOnce()).sent).toBe(1);
    expect(slack.callsTo('chat.postMessage').map((call) => call.args.text)).toEqual(['recovered']);
  });
});
