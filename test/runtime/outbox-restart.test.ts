import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { createOutboxRepository } from '../../src/jobs/outbox.repository.js';
import { fixedClock } from '../../src/lib/clock.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { createTestDatabase, DRIVERS, type Driver } from '../helpers/test-db.js';
import { appEnv, freePort, type MainProcess, scratchFolder, startMain, stopAll } from './main-process.js';

afterAll(stopAll);

/*
 * The report: a morning follow-up DM went out twice after a graceful restart (SIGTERM right after it was sent,
 * same data folder). Here the process runs as the README starts it (`npm start`), Slack takes its time to answer
 * chat.postMessage, SIGTERM lands while posts are in flight, and a supervisor kills whatever still runs 10 s
 * later (what `docker stop` does). The history check — the second line of defence — is out of action
 * (conversations.history fails), so only the graceful stop can keep each DM to one post.
 */
const SCENARIO_TIMEOUT = 600_000;
const BOOT_TIMEOUT = 240_000;
const READY = /"msg":"Salesflow is ready"/;
const T = 'T0001';
/** When the DMs were enqueued: in the past, so they are due as soon as the process runs. */
const MORNING = new Date('2026-11-30T01:00:00Z');
/** One batch of the worker (20 rows), four sends at a time: five rounds of slow posts. */
const REPS = Array.from({ length: 20 }, (_, i) => `U_REP${String(i).padStart(2, '0')}`);
const POST_DELAY_MS = 3000;
/** How long the supervisor waits after SIGTERM before it kills, as `docker stop` does by default. */
const GRACE_MS = 10_000;
/**
 * When SIGTERM comes, counted from Slack receiving the first DM: as it arrives, half-way through Slack's answer,
 * and just after the answer (the next four are then in flight). Before the fix every one of them posted DMs
 * twice, on both stores: npm's shell did not pass SIGTERM on, and once it did the drain went on past the grace.
 */
const STOP_POINTS_MS = [0, POST_DELAY_MS / 2, POST_DELAY_MS + 50];

/** The store both processes open in turn: a PGlite folder, or one Postgres database. */
interface Store {
  env: Record<string, string>;
  /** The store, opened from the test (between the two runs, when no process holds it). */
  open(): Promise<Database>;
  release(database: Database): Promise<void>;
  destroy(): Promise<void>;
}

async function newStore(driver: Driver): Promise<Store> {
  if (driver === 'pglite') {
    const dataDir = scratchFolder('salesflow-outbox-restart-');
    return {
      env: { DATA_DIR: dataDir },
      open: () => openPglite({ dataDir: path.resolve(dataDir) }),
      release: (database) => database.close(),
      destroy: async () => {},
    };
  }
  const database = await createTestDatabase('postgres');
  return {
    env: { DATABASE_URL: database.url ?? '' },
    open: async () => database,
    release: async () => {},
    destroy: () => database.destroy(),
  };
}

const keyOf = (message: Record<string, unknown>) =>
  (message.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key ?? '?';
/** Every DM Slack accepted (a post answered after the process died counts too: Slack has it). */
const accepted = (slack: FakeSlack) => slack.postedMessages().map(keyOf);

/**
 * SIGTERM to the process the supervisor started (npm); SIGKILL to all that is left once it exited (a container
 * ends with its main process) or once the grace period is over, whichever comes first.
 */
async function stopLikeASupervisor(app: MainProcess): Promise<number | string> {
  let killer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<string>((resolve) => {
    killer = setTimeout(resolve, GRACE_MS, 'SIGKILL after the grace period');
  });
  const code = await Promise.race([app.stop('SIGTERM'), graceOver]);
  clearTimeout(killer);
  await app.killAll();
  return code;
}

async function waitUntil(probe: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(DRIVERS)('a graceful restart in the middle of the morning DMs (%s)', (driver) => {
  it.each(STOP_POINTS_MS)(
    'SIGTERM %i ms after Slack got the first DM: each DM Slack accepted is recorded before the exit, and none is posted twice after the restart',
    async (stopAfterMs) => {
      const store = await newStore(driver);
      const slack = await new FakeSlack().start();
      try {
        const setup = await store.open();
        await runMigrations(setup);
        await createOutboxRepository({ db: setup.db, clock: fixedClock(MORNING) }).enqueue(
          REPS.map((rep) => ({
            teamId: T,
            idempotencyKey: `followups:${T}:${rep}:2026-11-30:dm`,
            method: 'chat.postMessage',
            payload: { channel: rep, text: `Your follow-ups today, <@${rep}>` },
          })),
        );
        await store.release(setup);

        slack.failAlways('chat.postMessage', { delayMs: POST_DELAY_MS });
        slack.failAlways('conversations.history', { error: 'missing_scope' });
        const env = { ...appEnv(slack, scratchFolder(), await freePort()), ...store.env };
        const first = startMain(env, { via: 'npm start' });
        await first.waitForOutput(READY, BOOT_TIMEOUT);
        await waitUntil(() => slack.callsTo('chat.postMessage').length > 0, 'Slack got the first DM');
        await new Promise((resolve) => setTimeout(resolve, stopAfterMs));
        const exit = await stopLikeASupervisor(first);

        const between = await store.open();
        const rows = await createOutboxRepository({ db: between.db, clock: fixedClock(MORNING) }).listByTeam(
          T,
        );
        // A restart a minute later would find any lease run out: make it so now.
        await between.db.execute(
          sql`update outbox set next_attempt_at = ${MORNING.toISOString()} where status in ('pending', 'sending')`,
        );
        await store.release(between);
        const acceptedBeforeRestart = accepted(slack);

        slack.clearFaults();
        slack.failAlways('conversations.history', { error: 'missing_scope' });
        const second = startMain({ ...env, PORT: String(await freePort()) }, { via: 'npm start' });
        await second.waitForOutput(READY, BOOT_TIMEOUT);
        await waitUntil(() => new Set(accepted(slack)).size === REPS.length, 'every DM was posted');
        // Two polls more: time for a row the first process left unrecorded to be posted again.
        await new Promise((resolve) => setTimeout(resolve, 2500));
        const secondExit = await stopLikeASupervisor(second);

        const output = first.stdout() + first.stderr();
        expect(exit, output).toBe(0);
        expect(secondExit).toBe(0);
        expect(rows.filter((row) => row.status === 'sending').map((row) => row.idempotencyKey)).toEqual([]);
        const recorded = rows.filter((row) => row.status === 'sent').map((row) => row.idempotencyKey);
        expect(recorded.sort()).toEqual([...acceptedBeforeRestart].sort());
        expect(acceptedBeforeRestart.length).toBeGreaterThan(0);
        expect(acceptedBeforeRestart.length).toBeLessThan(REPS.length);
        const posts = accepted(slack);
        expect(posts.filter((key, i) => posts.indexOf(key) !== i)).toEqual([]);
        expect(posts).toHaveLength(REPS.length);
      } finally {
        await stopAll();
        await slack.stop();
        await store.destroy();
      }
    },
    SCENARIO_TIMEOUT,
  );
});
