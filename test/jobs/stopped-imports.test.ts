import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker, type OutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxClient } from '../../src/jobs/outbox-sender.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createScheduledTasks } from '../../src/jobs/tasks.js';
import { fixedClock } from '../../src/lib/clock.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

describe.each(DRIVERS)('an import whose process stopped (%s)', (driver) => {
  let app: TestApp;
  let worker: OutboxWorker;
  const clock = fixedClock(new Date('2026-12-01T02:00:00Z'));
  let instances: ReturnType<typeof createScheduler>[];

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    instances = ['one', 'two'].map((id) =>
      createScheduler({ deps: app.deps, tasks: createScheduledTasks(app.deps), instanceId: id }),
    );
    worker = createOutboxWorker({
      deps: app.deps,
      client: createOutboxClient(app.deps.config, app.deps.logger),
      options: { channelIntervalMs: 0, backoffBaseMs: 0 },
    });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateMember(app.teamId, 'U_IMP', { language: 'zh-CN' });
  });
  afterAll(() => app?.stop());

  /** Both instances tick at the same moment, then the outbox sends. */
  async function at(iso: string): Promise<void> {
    const now = new Date(iso);
    clock.set(now);
    await Promise.all(instances.map((scheduler) => scheduler.tick(now)));
    for (let pass = 0; pass < 5; pass++) if ((await worker.drainUntilIdle()).claimed === 0) break;
  }

  /** An import claimed (Import pressed) at `startedAt` whose progress message is `ts`, left running. */
  async function running(fileName: string, startedAt: string, ts: string) {
    const record = await app.deps.imports.create({
      teamId: app.teamId,
      userId: 'U_IMP',
      fileName,
      format: 'csv',
      fileSha256: fileName,
      table: { headers: ['公司', '联系人'], rows: [{ line: 2, cells: ['Stopped Co', 'Li'] }] },
      mapping: { companyName: 0, contactName: 1 },
      rowCount: 1,
    });
    await app.deps.imports.claim(app.teamId, 'U_IMP', record.id, 'skip', new Date(startedAt));
    await app.deps.imports.setProgressMessage(app.teamId, record.id, 'D_IMP', ts);
    return record.id;
  }
  const statusOf = async (id: number) => (await app.deps.imports.find(app.teamId, 'U_IMP', id))?.status;
  const updatesOf = (ts: string) => app.slack.callsTo('chat.update').filter((call) => call.args.ts === ts);

  it('is marked failed once it has run 30 minutes, once, and its message says how to finish it', async () => {
    const id = await running('stopped.csv', '2026-12-01T02:00:00Z', '1764554400.000100');
    await at('2026-12-01T02:29:00Z');
    expect(await statusOf(id)).toBe('running');
    expect(updatesOf('1764554400.000100')).toEqual([]);

    await at('2026-12-01T02:31:00Z');
    const record = await app.deps.imports.find(app.teamId, 'U_IMP', id);
    expect(record).toMatchObject({ status: 'failed', table: null });
    const [update, ...more] = updatesOf('1764554400.000100');
    expect(more).toEqual([]);
    expect(update?.args).toMatchObject({ channel: 'D_IMP' });
    expect(String(update?.args.text)).toContain('stopped.csv');
    expect(String(update?.args.text)).toContain('导入中断了');

    await at('2026-12-01T02:45:00Z');
    expect(updatesOf('1764554400.000100')).toHaveLength(1);
  });

  it('leaves alone an import that started recently', async () => {
    const id = await running('fresh.csv', '2026-12-01T02:50:00Z', '1764554400.000200');
    await at('2026-12-01T03:05:00Z');
    expect(await statusOf(id)).toBe('running');
    expect(updatesOf('1764554400.000200')).toEqual([]);
  });
});
