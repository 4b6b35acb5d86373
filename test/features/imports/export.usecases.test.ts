import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLeads } from '../../../src/features/imports/export.usecases.js';
import { previewImport, runImport, startImport } from '../../../src/features/imports/imports.usecases.js';
import type { Lead } from '../../../src/features/leads/leads.types.js';
import { listLeads } from '../../../src/features/leads/leads.usecases.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, directory, fixture, importDeps, seedTeam } from './import-setup.js';

const rowsOf = (csv: string) => parse(csv.replace(/^\uFEFF/, '')) as string[][];

describe.each(DRIVERS)('exporting leads (%s)', (driver) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof importDeps>;
  const TEAM = 'T_EXPORT';
  const manager = actor(TEAM, 'U_MGR', 'manager', 'zh-CN');

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = importDeps(database);
    await seedTeam(deps, TEAM);
    const preview = await previewImport({
      ...deps,
      actor: manager,
      directory: directory(),
      file: fixture('leads-zh.xlsx'),
    });
    await startImport({ ...deps, actor: manager, importId: preview.importId, policy: 'skip' });
    await runImport({ ...deps, actor: manager, directory: directory(), importId: preview.importId });
  });
  afterAll(() => database?.destroy());

  it('a Chinese user gets Chinese headers and labels, in UTF-8 with a BOM', async () => {
    const { csv, count, fileName } = await exportLeads({ ...deps, actor: manager, filter: { kind: 'team' } });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(count).toBe(3);
    expect(fileName).toBe('leads-team-2026-11-27.csv');
    const [header, ...rows] = rowsOf(csv);
    expect(header?.slice(0, 4)).toEqual(['编号', '客户名称', '联系人', '职位']);
    const hongda = rows.find((row) => row[1] === '上海宏达制造股份有限公司');
    expect(hongda?.slice(6, 15)).toEqual([
      '企业',
      '制造业',
      '1000+',
      '展会/活动',
      '1250000.5',
      'CNY',
      '报价',
      '王芳 (U_FANG)',
      '',
    ]);
  });

  it('an English user gets English headers', async () => {
    const { csv } = await exportLeads({
      ...deps,
      actor: { ...manager, locale: 'en' },
      filter: { kind: 'mine' },
    });
    expect(rowsOf(csv)[0]?.slice(0, 3)).toEqual(['ID', 'Company', 'Contact']);
  });

  it('a cell that a spreadsheet would run as a formula is written as text', async () => {
    const { csv } = await exportLeads({ ...deps, actor: manager, filter: { kind: 'search', text: '蓝海' } });
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
  });

  it('the export holds exactly the leads the caller may see with the filter', async () => {
    const companies = async (who: typeof manager, filter: Parameters<typeof exportLeads>[0]['filter']) =>
      rowsOf((await exportLeads({ ...deps, actor: who, filter })).csv)
        .slice(1)
        .map((row) => row[1])
        .sort();
    // U_OTHER's lead is not the manager's to see; a rep sees their own only.
    expect(await companies(manager, { kind: 'team' })).toEqual([
      '上海宏达制造股份有限公司',
      '北京星辰科技有限公司',
      '广州蓝海贸易有限公司',
    ]);
    expect(await companies(manager, { kind: 'mine' })).toEqual([
      '北京星辰科技有限公司',
      '广州蓝海贸易有限公司',
    ]);
    expect(await companies(manager, { kind: 'stage', stage: 'proposal' })).toEqual([
      '上海宏达制造股份有限公司',
    ]);
    expect(await companies(actor(TEAM, 'U_FANG'), { kind: 'team' })).toEqual(['上海宏达制造股份有限公司']);
    expect(await companies(actor(TEAM, 'U_OTHER'), { kind: 'search', text: 'customer' })).toEqual([
      'Existing Customer',
    ]);
    expect(await companies(actor(TEAM, 'U_ADMIN', 'admin'), { kind: 'team' })).toHaveLength(4);
  });

  it('an export imports back into another team as the same leads', async () => {
    const { csv } = await exportLeads({
      ...deps,
      actor: actor(TEAM, 'U_ADMIN', 'admin', 'zh-CN'),
      filter: { kind: 'team' },
    });
    await seedTeam(deps, 'T_COPY');
    const admin = actor('T_COPY', 'U_ADMIN', 'admin');
    const preview = await previewImport({
      ...deps,
      actor: admin,
      directory: directory(),
      file: { name: 'export.csv', bytes: new TextEncoder().encode(csv) },
    });
    // The copy team already has its own "Existing Customer" (seedTeam): that row is a duplicate, the rest new.
    expect(preview.counts).toMatchObject({ rows: 4, valid: 4, invalid: 0, duplicates: 1 });
    await startImport({ ...deps, actor: admin, importId: preview.importId, policy: 'skip' });
    expect(
      (await runImport({ ...deps, actor: admin, directory: directory(), importId: preview.importId })).result,
    ).toMatchObject({ created: 3 });
    const fields = (lead: Lead) => {
      const { id, teamId, createdAt, lastActivityAt, stageChangedAt, createdByUserId, ...rest } =
        lead as Lead & Record<string, unknown>;
      for (const key of ['updatedAt', 'importKey', 'version', 'phoneKey', 'emailKey', 'companyKey'])
        delete rest[key];
      return rest;
    };
    const all = async (teamId: string) =>
      (await listLeads({ ...deps, actor: actor(teamId, 'U_ADMIN', 'admin'), filter: { kind: 'team' } })).leads
        .map(fields)
        .sort((a, b) => String(a.companyName).localeCompare(String(b.companyName)));
    expect(await all('T_COPY')).toEqual(await all(TEAM));
  });
});
