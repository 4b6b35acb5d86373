import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/client.js';
import { leads } from '../../src/db/schema/index.js';
import { BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { UNAVAILABLE_TEXT } from '../../src/slack/requests/after-ack.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { describePostgresOnly } from '../helpers/postgres-only.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

/** The app on a fresh Postgres database that it reaches only through a proxy the test can break. */
async function startBehindProxy(): Promise<{ real: TestDatabase; proxy: TcpProxy; app: TestApp }> {
  const real = await createTestDatabase('postgres');
  const url = new URL(real.url as string);
  const proxy = await new TcpProxy(url.hostname, Number(url.port || 5432)).start();
  url.host = `127.0.0.1:${proxy.port}`;
  const throughProxy = await openPostgres(url.toString());
  const app = await startTestApp({
    database: { ...throughProxy, url: url.toString(), destroy: () => throughProxy.close() },
    captureLogs: true,
  });
  app.addUser({ id: 'U_REP', locale: 'en-US' });
  return { real, proxy, app };
}

async function timedHealth(app: TestApp): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(app.healthUrl);
  await response.text();
  return { status: response.status, ms: Date.now() - started };
}

// An embedded PGlite cannot be lost mid-request; this suite needs a Postgres server (CI always has one).
describePostgresOnly('losing the Postgres server mid-request', () => {
  let real: TestDatabase;
  let proxy: TcpProxy;
  let app: TestApp;

  beforeAll(async () => {
    ({ real, proxy, app } = await startBehindProxy());
  });
  afterAll(async () => {
    await app?.stop();
    await app?.database.destroy();
    await real?.destroy();
  });

  const leadCount = () => real.db.$count(leads);

  it('a rep gets a clear "try again" within 3 s, nothing is half-written, and the app recovers on its own', async () => {
    const view = (await app.viewFrom(() => app.command('U_REP', COMMANDS.lead))) as OpenedView;
    await proxy.cut();

    const started = Date.now();
    const listed = await app.command('U_REP', COMMANDS.lead, 'list');
    const reply = await app.slack.waitFor(
      () => app.slack.responses.find((r) => r.id === listed.responseId),
      5000,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(reply.body.text).toBe(UNAVAILABLE_TEXT);

    const submitStarted = Date.now();
    const saved = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Outage Co',
      [BLOCKS.contactName]: 'Wu',
    });
    expect(Date.now() - submitStarted).toBeLessThan(3000);
    // Acknowledged with "Saving…", then the form comes back with "try again" on top: the rep's input is kept.
    expect(saved.json).toMatchObject({ response_action: 'update' });
    expect(saved.outcome).toMatchObject({ kind: 'refused', notice: expect.stringContaining('try again') });
    const company =
      saved.outcome.kind === 'refused'
        ? saved.outcome.view.blocks?.find((b) => b.block_id === BLOCKS.company)
        : undefined;
    expect(company?.element?.initial_value).toBe('Outage Co');
    expect(await leadCount()).toBe(0);

    const healthDown = await fetch(app.healthUrl);
    expect(healthDown.status).toBe(503);

    await proxy.restore();
    const retried = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Outage Co',
      [BLOCKS.contactName]: 'Wu',
    });
    expect(retried.outcome.kind).toBe('done');
    expect(await leadCount()).toBe(1);
    expect((await fetch(app.healthUrl)).status).toBe(200);
  });
});

describePostgresOnly('a Postgres server that goes silent (open but not answering)', () => {
  let real: TestDatabase;
  let proxy: TcpProxy;
  let app: TestApp;

  beforeAll(async () => {
    ({ real, proxy, app } = await startBehindProxy());
  });
  afterAll(async () => {
    proxy?.thaw();
    await app?.stop();
    await app?.database.destroy();
    await real?.destroy();
  });

  const leadCount = () => real.db.$count(leads);

  it('a rep is acked within 3 s and told privately, in both languages, to try again; /healthz says 503 within 1 s; nothing is half-written; the same process recovers when the network heals', async () => {
    const view = (await app.viewFrom(() => app.command('U_REP', COMMANDS.lead))) as OpenedView;
    const before = await leadCount();
    proxy.freeze();
    try {
      const listed = await app.command('U_REP', COMMANDS.lead, 'list');
      expect(listed.status).toBe(200);
      expect(listed.ackMs).toBeLessThan(3000);
      const reply = await app.slack.waitFor(
        () => app.slack.responses.find((r) => r.id === listed.responseId),
        10_000,
      );
      expect(reply.body).toMatchObject({ response_type: 'ephemeral', text: UNAVAILABLE_TEXT });

      const health = await timedHealth(app);
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(1000);

      const saved = await app.submit('U_REP', view, {
        [BLOCKS.company]: 'Silent Outage Co',
        [BLOCKS.contactName]: 'Wu',
      });
      expect(saved.status).toBe(200);
      expect(saved.ackMs).toBeLessThan(3000);
      // The form comes back with "try again" on top and the rep's input in it.
      expect(saved.outcome).toMatchObject({
        kind: 'refused',
        notice: expect.stringContaining('try again'),
      });
      const company =
        saved.outcome.kind === 'refused'
          ? saved.outcome.view.blocks?.find((b) => b.block_id === BLOCKS.company)
          : undefined;
      expect(company?.element?.initial_value).toBe('Silent Outage Co');
    } finally {
      proxy.thaw();
    }

    // Healed: no restart, the same process answers again.
    const healed = Date.now();
    await expectEventually(async () => (await timedHealth(app)).status === 200, 15_000);
    expect(Date.now() - healed).toBeLessThan(15_000);
    // Whatever was cut off during the outage left nothing behind.
    expect(await leadCount()).toBe(before);

    const retried = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Silent Outage Co',
      [BLOCKS.contactName]: 'Wu',
    });
    expect(retried.outcome.kind).toBe('done');
    expect(await leadCount()).toBe(before + 1);
    const listed = await app.command('U_REP', COMMANDS.lead, 'list');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === listed.responseId));
    expect(JSON.stringify(reply.body)).toContain('Silent Outage Co');
    expect(app.logs()).not.toContain('Cannot write headers after they are sent');
  });
});

async function expectEventually(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
