import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/client.js';
import { MIGRATIONS_FOLDER, runMigrations } from '../../src/db/migrate.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { describePostgresOnly } from '../helpers/postgres-only.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../helpers/test-db.js';

const homeOpened = (user: string) => ({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' });
const publishesFor = (slack: FakeSlack, user: string) =>
  slack.callsTo('views.publish').filter((call) => call.args.user_id === user).length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe.each(DRIVERS)('Slack event redelivery (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    app.addUser({ id: 'U_HOME' });
  });
  afterAll(() => app?.stop());

  it('the same event_id delivered again with X-Slack-Retry-Num is processed once: one views.publish', async () => {
    const first = await app.event(homeOpened('U_HOME'), { eventId: 'Ev_RETRY_1' });
    const retries = await Promise.all(
      [1, 2].map((n) =>
        app.event(homeOpened('U_HOME'), {
          eventId: 'Ev_RETRY_1',
          headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' },
        }),
      ),
    );
    // Every delivery is answered 200, so Slack stops retrying.
    expect([first, ...retries].map((r) => r.status)).toEqual([200, 200, 200]);
    await app.slack.waitFor(() => publishesFor(app.slack, 'U_HOME') >= 1);
    await settle();
    expect(publishesFor(app.slack, 'U_HOME')).toBe(1);

    // A new event (a new event_id) is processed as usual, so the refusal above is specific to the retry.
    await app.event(homeOpened('U_HOME'), { eventId: 'Ev_RETRY_2' });
    await app.slack.waitFor(() => publishesFor(app.slack, 'U_HOME') === 2);
  });

  it('an event whose handling failed is handled again when Slack retries it', async () => {
    app.addUser({ id: 'U_FLAKY' });
    app.slack.failNext('views.publish', { error: 'internal_error' });
    await app.event(homeOpened('U_FLAKY'), { eventId: 'Ev_FAILED_ONCE' });
    await app.slack.waitFor(() => publishesFor(app.slack, 'U_FLAKY') === 1);
    await settle();
    await app.event(homeOpened('U_FLAKY'), {
      eventId: 'Ev_FAILED_ONCE',
      headers: { 'x-slack-retry-num': '1' },
    });
    await app.slack.waitFor(() => publishesFor(app.slack, 'U_FLAKY') === 2);
  });
});

// Two instances and concurrent migrations need a Postgres server; PGlite is one process by design.
describePostgresOnly('two instances on one Postgres (postgres)', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let apps: TestApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    slack = await new FakeSlack().start();
    slack.addUser({ id: 'U_TWICE' });
    apps = await Promise.all([0, 1].map(() => startTestApp({ database, slack })));
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    await slack?.stop();
    await database?.destroy();
  });

  it('one event delivered to both instances at the same moment is processed by exactly one of them', async () => {
    for (let i = 0; i < 10; i++) {
      const before = publishesFor(slack, 'U_TWICE');
      const answers = await Promise.all(
        apps.map((app, n) =>
          app.event(homeOpened('U_TWICE'), {
            eventId: `Ev_BOTH_${i}`,
            ...(n ? { headers: { 'x-slack-retry-num': '1' } } : {}),
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      await slack.waitFor(() => publishesFor(slack, 'U_TWICE') > before);
      await settle();
      expect(publishesFor(slack, 'U_TWICE') - before).toBe(1);
    }
  });
});

describePostgresOnly('concurrent start-up migrations (postgres)', () => {
  // The same race across real processes (two `node src/main.ts` on one fresh database) is in
  // test/runtime/lifecycle.test.ts; here six instances race in one process, which is tighter.
  it('six instances migrating one fresh database at the same moment all succeed, and it is migrated once', async () => {
    const adminUrl = process.env.TEST_DATABASE_URL as string;
    const name = `salesflow_migrate_${randomUUID().replaceAll('-', '')}`;
    const admin = await openPostgres(adminUrl, { max: 1 });
    await admin.db.execute(sql.raw(`create database ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const instances = await Promise.all(
      Array.from({ length: 6 }, () => openPostgres(url.toString(), { max: 2 })),
    );
    try {
      const results = await Promise.allSettled(instances.map((instance) => runMigrations(instance)));
      expect(results.map((r) => r.status)).toEqual(instances.map(() => 'fulfilled'));
      const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
      const applied = (await instances[0]?.db.execute(
        sql.raw('select count(*)::int as n from drizzle.__drizzle_migrations'),
      )) as unknown as { rows: { n: number }[] };
      expect(applied.rows[0]?.n).toBe(journal.entries.length);
      // And the schema works: every instance can read a table the migration created.
      for (const instance of instances) await instance.db.execute(sql.raw('select count(*) from leads'));
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    }
  });
});
