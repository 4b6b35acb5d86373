import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/client.js';
import { leads } from '../../src/db/schema/index.js';
import { BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { UNAVAILABLE_TEXT } from '../../src/slack/requests/after-ack.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

// An embedded PGlite cannot be lost mid-request; this suite needs a Postgres server (CI always has one).
describe.runIf(process.env.TEST_DATABASE_URL)('losing the Postgres server mid-request', () => {
  let real: TestDatabase;
  let proxy: TcpProxy;
  let app: TestApp;

  beforeAll(async () => {
    real = await createTestDatabase('postgres');
    const url = new URL(real.url as string);
    proxy = await new TcpProxy(url.hostname, Number(url.port || 5432)).start();
    url.host = `127.0.0.1:${proxy.port}`;
    const throughProxy = await openPostgres(url.toString());
    app = await startTestApp({
      database: { ...throughProxy, url: url.toString(), destroy: () => throughProxy.close() },
    });
    app.addUser({ id: 'U_REP', locale: 'en-US' });
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

    const healthDown = await fetch(app.url.replace('/slack/events', '/healthz'));
    expect(healthDown.status).toBe(503);

    await proxy.restore();
    const retried = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Outage Co',
      [BLOCKS.contactName]: 'Wu',
    });
    expect(retried.outcome.kind).toBe('done');
    expect(await leadCount()).toBe(1);
    expect((await fetch(app.url.replace('/slack/events', '/healthz'))).status).toBe(200);
  });
});
