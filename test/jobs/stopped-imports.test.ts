import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { twoInstances } from '../helpers/two-instances.js';

describe.each(DRIVERS)('an import whose process stopped (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-01T02:00:00Z'));
  let at: (iso: string) => Promise<void>;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    ({ at } = twoInstances(app, clock));
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateMember(app.teamId, 'U_IMP', { language: 'zh-CN' });
  });
  afterAll(() => app?.stop());

  /** An import claimed (Import pressed) at `startedAt` whose progress message is `ts`, left running. */
  async function running(
    fileName: string,
    startedAt: string,
    ts: string,
    kind: 'leads' | 'products' = 'leads',
  ) {
    const record = await app.deps.imports.create({
      teamId: app.teamId,
      userId: 'U_IMP',
      kind,
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

  it('a price list’s import says to finish it with /product import', async () => {
    const id = await running('prices.csv', '2026-12-01T03:10:00Z', '1764554400.000300', 'products');
    await at('2026-12-01T03:41:00Z');
    expect(await statusOf(id)).toBe('failed');
    const [update] = updatesOf('1764554400.000300');
    expect(String(update?.args.text)).toContain('用同一个文件再次运行 `/product import` 即可完成');
  });

  it('leaves alone an import that started recently', async () => {
    const id = await running('fresh.csv', '2026-12-01T02:50:00Z', '1764554400.000200');
    await at('2026-12-01T03:05:00Z');
    expect(await statusOf(id)).toBe('running');
    expect(updatesOf('1764554400.000200')).toEqual([]);
  });
});
