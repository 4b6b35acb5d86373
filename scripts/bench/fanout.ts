import { sql } from 'drizzle-orm';
import type { Config } from '../../src/config.js';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxRepository } from '../../src/jobs/outbox.repository.js';
import { createOutboxClient, METADATA_EVENT_TYPE } from '../../src/jobs/outbox-sender.js';
import { systemClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack } from '../../test/helpers/fake-slack.js';
import { createBenchStore, type StoreKind } from './stores.js';

export interface FanoutResult {
  store: StoreKind;
  messages: number;
  recipients: number;
  perSecond: number;
  /** messages ÷ rate: no sender can be faster. */
  floorSeconds: number;
  drainSeconds: number;
  /** drain ÷ floor − 1, in percent. */
  overFloorPercent: number;
  rateLimited: number;
  lost: number;
  doubled: number;
}

export interface FanoutSettings {
  messages: number;
  recipients: number;
  perSecond: number;
  burst: number;
}

/** BENCH_FANOUT_MESSAGES / _RECIPIENTS / _RATE / _BURST; 5,000 DMs to 2,500 people at 20 per second. */
export function fanoutSettings(env = process.env): FanoutSettings {
  const perSecond = Number(env.BENCH_FANOUT_RATE ?? 20);
  return {
    messages: Number(env.BENCH_FANOUT_MESSAGES ?? 5000),
    recipients: Number(env.BENCH_FANOUT_RECIPIENTS ?? 2500),
    perSecond,
    burst: Number(env.BENCH_FANOUT_BURST ?? perSecond),
  };
}

/**
 * Reminder DMs through the real outbox worker (production options) against a fake Slack that enforces a
 * workspace posting rate and one message per second per conversation. Every recipient gets
 * messages ÷ recipients DMs, so both limits bind.
 */
export async function measureFanout(kind: StoreKind, settings: FanoutSettings): Promise<FanoutResult> {
  const { messages, recipients, perSecond, burst } = settings;
  const store = await createBenchStore(kind, { leads: 0, activities: 0 });
  const database = await store.open();
  const slack = await new FakeSlack({ postingLimits: { perSecond, burst, perChannelMs: 1000 } }).start();
  const logger = createLogger('error');
  const outbox = createOutboxRepository({ db: database.db, clock: systemClock });
  try {
    const keys = Array.from({ length: messages }, (_, i) => `bench-reminder:${i}`);
    for (let start = 0; start < messages; start += 500) {
      await outbox.enqueue(
        keys.slice(start, start + 500).map((key, offset) => {
          const user = `UR${(start + offset) % recipients}`;
          return {
            teamId: 'T0001',
            idempotencyKey: key,
            method: 'chat.postMessage',
            payload: { channel: user, text: `Reminder ${key}` },
          };
        }),
      );
    }
    const config = { slack: { botToken: FakeSlack.botToken, apiUrl: slack.apiUrl } } as Config;
    const worker = createOutboxWorker({
      deps: { outbox, clock: systemClock, logger },
      client: createOutboxClient(config, logger),
    });
    const started = performance.now();
    worker.start();
    while ((await openRows(database.db)) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    const drainSeconds = (performance.now() - started) / 1000;
    await worker.stop();

    const posted = new Map<string, number>();
    for (const message of slack.postedMessages()) {
      const metadata = message.metadata as
        | { event_type?: string; event_payload?: { key?: string } }
        | undefined;
      if (metadata?.event_type !== METADATA_EVENT_TYPE || !metadata.event_payload?.key) continue;
      posted.set(metadata.event_payload.key, (posted.get(metadata.event_payload.key) ?? 0) + 1);
    }
    const floorSeconds = messages / perSecond;
    return {
      store: kind,
      messages,
      recipients,
      perSecond,
      floorSeconds,
      drainSeconds: Math.round(drainSeconds * 10) / 10,
      overFloorPercent: Math.round((drainSeconds / floorSeconds - 1) * 1000) / 10,
      rateLimited: slack.rateLimited,
      lost: keys.filter((key) => !posted.has(key)).length,
      doubled: [...posted.values()].filter((count) => count > 1).length,
    };
  } finally {
    await slack.stop();
    await database.close();
    await store.cleanup();
  }
}

async function openRows(db: Parameters<typeof createOutboxRepository>[0]['db']): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as open from outbox where status in ('pending', 'sending')`,
  )) as unknown as { rows: { open: number }[] };
  return result.rows[0]?.open ?? 0;
}
