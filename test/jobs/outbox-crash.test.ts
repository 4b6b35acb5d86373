import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOutboxRepository } from '../../src/jobs/outbox.repository.js';
import { systemClock } from '../../src/lib/clock.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { describePostgresOnly } from '../helpers/postgres-only.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

const WORKER = fileURLToPath(new URL('./fixtures/outbox-worker.process.ts', import.meta.url));
const FAN_OUT = 500;
const T = 'T_CRASH';

// A killed process needs a second process and a real Postgres; PGlite is one process by design.
describePostgresOnly('the outbox across a kill -9 (postgres)', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    slack = await new FakeSlack().start();
  });
  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await slack?.stop();
    await database?.destroy();
  });

  function startWorker(): ChildProcess {
    const child = fork(WORKER, [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        SLACK_API_URL: slack.apiUrl,
        SLACK_BOT_TOKEN: FakeSlack.botToken,
        LEASE_MS: '2000',
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    children.push(child);
    return child;
  }

  const postedKeys = () =>
    slack
      .callsTo('chat.postMessage')
      .map(
        (call) =>
          (call.args.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key,
      );

  it('a worker killed in the middle of 500 DMs loses none and, restarted, sends none twice', async () => {
    const outbox = createOutboxRepository({ db: database.db, clock: systemClock });
    const keys = Array.from({ length: FAN_OUT }, (_, i) => `followups:${T}:U${i}:2026-11-27`);
    await outbox.enqueue(
      keys.map((key, i) => ({
        teamId: T,
        idempotencyKey: key,
        method: 'chat.postMessage',
        payload: { channel: `U${String(i).padStart(5, '0')}`, text: `reminder ${i}` },
      })),
    );
    // Slow Slack a little, so the kill lands while requests are in flight.
    slack.failAlways('chat.postMessage', { delayMs: 15 });

    const first = startWorker();
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 150, 30_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const atKill = slack.callsTo('chat.postMessage').length;
    expect(atKill).toBeLessThan(FAN_OUT);

    // Rows taken by the dead worker whose post Slack already has: the window where a naive retry double-sends.
    const postedAtKill = new Set(postedKeys());
    const inFlight = (await outbox.listByTeam(T)).filter(
      (row) => row.status === 'sending' && postedAtKill.has(row.idempotencyKey),
    );
    expect(inFlight.length).toBeGreaterThan(0);

    const second = startWorker();
    const deadline = Date.now() + 60_000;
    for (;;) {
      const rows = await outbox.listByTeam(T);
      if (rows.every((row) => row.status === 'sent')) break;
      if (Date.now() > deadline) throw new Error('the restarted worker did not finish the fan-out');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));

    const posted = postedKeys();
    const counts = new Map<string, number>();
    for (const key of posted) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
    expect(counts.size).toBe(FAN_OUT);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(posted).toHaveLength(FAN_OUT);
    // The second worker found those posts instead of posting again.
    const rows = await outbox.listByTeam(T);
    for (const row of inFlight) expect(rows.find((r) => r.id === row.id)?.attempts).toBe(2);
  }, 120_000);
});
