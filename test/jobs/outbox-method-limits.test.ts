import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxRepository } from '../../src/jobs/outbox.repository.js';
import { systemClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

const T = 'T_METHOD_LIMITS';

/*
 * Slack limits every method, not only chat.postMessage (DESIGN.md, rule 17). The outbox meets a 429 on
 * chat.postEphemeral and chat.update alike, waits the Retry-After it was given, and sends each row exactly once.
 */
describe('the outbox under per-method rate limits', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    // One call every six seconds per method, no burst: a method's second row always meets a 429, however slow the machine.
    const everySixSeconds = { perMinute: 10, burst: 1 };
    slack = await new FakeSlack({
      methodRates: { 'chat.postEphemeral': everySixSeconds, 'chat.update': everySixSeconds },
    }).start();
  });
  afterAll(async () => {
    await slack?.stop();
    await database?.destroy();
  });

  it('honours Retry-After on every method and loses or repeats nothing', async () => {
    for (let i = 0; i < 2; i++) slack.knowMessage('C_CARDS', `1700000000.00000${i}`, { text: 'card' });
    const outbox = createOutboxRepository({ db: database.db, clock: systemClock });
    const rows = Array.from({ length: 2 }, (_, i) => [
      {
        teamId: T,
        idempotencyKey: `ephemeral-${i}`,
        method: 'chat.postEphemeral',
        payload: { channel: 'C_CARDS', user: `U${i}`, text: `only you ${i}` },
      },
      {
        teamId: T,
        idempotencyKey: `update-${i}`,
        method: 'chat.update',
        payload: { channel: 'C_CARDS', ts: `1700000000.00000${i}`, text: `edited ${i}` },
      },
    ]).flat();
    expect(await outbox.enqueue(rows)).toBe(4);
    const worker = createOutboxWorker({
      deps: { outbox, clock: systemClock, logger: createLogger('silent') },
      client: new WebClient(FakeSlack.botToken, {
        slackApiUrl: slack.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
      }),
      options: { pollIntervalMs: 60_000 },
    });
    worker.start();
    try {
      const deadline = 25_000;
      const started = performance.now();
      for (;;) {
        const stored = await outbox.listByTeam(T);
        if (stored.every((row) => row.status === 'sent')) break;
        if (performance.now() - started > deadline)
          throw new Error(`not drained: ${JSON.stringify(stored.map((r) => [r.status, r.lastError]))}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await worker.stop();
    }
    expect(slack.methodLimits?.refused.get('chat.postEphemeral')).toBeGreaterThan(0);
    expect(slack.methodLimits?.refused.get('chat.update')).toBeGreaterThan(0);
    const accepted = (method: string) =>
      slack
        .callsTo(method)
        .filter((call) => call.answer?.ok === true)
        .map((call) => String(call.args.text))
        .sort();
    expect(accepted('chat.postEphemeral')).toEqual(['only you 0', 'only you 1']);
    expect(accepted('chat.update')).toEqual(['edited 0', 'edited 1']);
  });
});
