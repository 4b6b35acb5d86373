import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxRepository } from '../../src/jobs/outbox.repository.js';
import { systemClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../helpers/test-db.js';

const T = 'T_PACING';

describe.each(DRIVERS)('a rate-limited fan-out through the outbox (%s)', (driver) => {
  let database: TestDatabase;
  let slack: FakeSlack;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    // Two posts a second across the workspace (bursts of four), one a second per conversation.
    slack = await new FakeSlack({ postingLimits: { perSecond: 2, burst: 4, perChannelMs: 1000 } }).start();
    // The bot is in the channels these posts go to (elsewhere Slack answers not_in_channel first).
    for (const id of ['C_BUSY0', 'C_BUSY1', 'C_BUSY2', 'C_BUSY3', 'C_LIMITS', 'C_B', 'C_C', 'C_D', 'C_E'])
      slack.addChannel({ id, is_member: true });
  });
  afterAll(async () => {
    await slack?.stop();
    await database?.destroy();
  });

  const post = (channel: string) =>
    fetch(`${slack.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${FakeSlack.botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel, text: 'someone else' }),
    });

  it('resumes when Slack says it may, not at the next poll, and posts every reminder exactly once', async () => {
    // Someone else used up the burst: the worker's first post meets a 429 with Retry-After.
    for (let i = 0; i < 4; i++) expect((await post(`C_BUSY${i}`)).status).toBe(200);
    const outbox = createOutboxRepository({ db: database.db, clock: systemClock });
    const messages = Array.from({ length: 12 }, (_, i) => ({
      teamId: T,
      idempotencyKey: `pacing-${i}`,
      method: 'chat.postMessage',
      // Six people, two reminders each: the second one has to wait for the per-conversation second.
      payload: { channel: `UP${i % 6}`, text: `reminder ${i}` },
    }));
    expect(await outbox.enqueue(messages)).toBe(12);
    const worker = createOutboxWorker({
      deps: { outbox, clock: systemClock, logger: createLogger('silent') },
      client: new WebClient(FakeSlack.botToken, {
        slackApiUrl: slack.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
      }),
      // A poll far longer than the run: only waking at the deferral time can finish in time.
      options: { pollIntervalMs: 60_000 },
    });
    const started = Date.now();
    worker.start();
    try {
      for (;;) {
        const rows = await outbox.listByTeam(T);
        if (rows.every((row) => row.status === 'sent')) break;
        if (Date.now() - started > 25_000)
          throw new Error(
            `the fan-out did not drain in 25 s: ${JSON.stringify(rows.map((r) => [r.status, r.attempts, r.nextAttemptAt, r.lastError]))}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await worker.stop();
    }
    // 12 posts at 2 a second take about 6 s; a worker that waited for its next poll would take minutes.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(slack.rateLimited).toBeGreaterThan(0);
    const texts = slack
      .postedMessages()
      .map((message) => message.text)
      .filter((text) => text !== 'someone else');
    expect(texts).toHaveLength(12);
    expect(new Set(texts).size).toBe(12);
  });

  it('answers a post beyond the limits with 429, ratelimited and Retry-After in whole seconds', async () => {
    // A full burst after a quiet two seconds; the fifth post within a second is over the workspace rate.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await post('C_LIMITS')).status).toBe(200);
    const sameConversation = await post('C_LIMITS');
    expect(sameConversation.status).toBe(429);
    expect(sameConversation.headers.get('retry-after')).toBe('1');
    expect(await sameConversation.json()).toEqual({ ok: false, error: 'ratelimited' });
    for (const channel of ['C_B', 'C_C', 'C_D']) expect((await post(channel)).status).toBe(200);
    const overRate = await post('C_E');
    expect(overRate.status).toBe(429);
    expect(overRate.headers.get('retry-after')).toBe('1');
  });
});
