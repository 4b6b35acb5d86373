import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicatePolicy } from '../../../src/features/imports/imports.types.js';
import {
  previewImport,
  rejectedRowsCsv,
  remapImport,
  runImport,
  startImport,
} from '../../../src/features/imports/imports.usecases.js';
import { listLeads } from '../../../src/features/leads/leads.usecases.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { translator } from '../../../src/i18n/index.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, directory, fixture, importDeps, seedTeam } from './import-setup.js';

const FILES = [
  { file: 'leads-en-utf8.csv', language: 'en' },
  { file: 'leads-zh-utf8-bom.csv', language: 'zh' },
  { file: 'leads-zh-gbk.csv', language: 'zh' },
  { file: 'leads-zh.xlsx', language: 'zh' },
  { file: 'leads-en.xlsx', language: 'en' },
] as const;

describe.each(DRIVERS)('importing leads from a file (%s)', (driver) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof importDeps>;
  let team = 0;
  /** Every test gets its own team, so imports of the same fixture do not see each other. */
  const freshTeam = async () => {
    const teamId = `T_IMPORT_${++team}`;
    await seedTeam(deps, teamId);
    return teamId;
  };
  const importFile = async (who: Actor, name: string, policy: DuplicatePolicy = 'skip') => {
    const preview = await previewImport({ ...deps, actor: who, directory: directory(), file: fixture(name) });
    await startImport({ ...deps, actor: who, importId: preview.importId, policy });
    return runImport({ ...deps, actor: who, directory: directory(), importId: preview.importId });
  };
  const leadsOf = async (teamId: string) =>
    (await listLeads({ ...deps, actor: actor(teamId, 'U_ADMIN', 'admin'), filter: { kind: 'team' } })).leads;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = importDeps(database);
  });
  afterAll(() => database?.destroy());

  describe.each(FILES)('$file', ({ file }) => {
    it('the preview counts valid, invalid and duplicate rows before anything is written', async () => {
      const teamId = await freshTeam();
      const manager = actor(teamId, 'U_MGR', 'manager');
      const preview = await previewImport({
        ...deps,
        actor: manager,
        directory: directory(),
        file: fixture(file),
      });
      expect(preview.counts).toEqual({
        rows: 7,
        valid: 4,
        invalid: 3,
        duplicates: 1,
        alreadyImported: 0,
        repeatedInFile: 0,
      });
      expect(
        preview.invalidRows.map((row) => [row.line, row.problems.map((p) => `${p.field}:${p.key}`)]),
      ).toEqual([
        [5, ['companyName:leads.error.required']],
        // "lots" is not an amount; "三十万" is ¥300,000.00, read as the lead form reads it.
        [
          6,
          [
            'email:leads.error.email',
            'phone:leads.error.phone',
            ...(file.includes('zh') ? [] : ['estimatedValue:money.problem.not_a_number']),
          ],
        ],
        [7, ['stage:imports.error.stage']],
      ]);
      // Row 8 has the phone of U_OTHER's lead, whom the manager does not manage: only the owner is shown.
      expect(preview.duplicateRows).toEqual([
        {
          line: 8,
          companyName: expect.any(String),
          duplicate: { visible: false, ownerUserId: 'U_OTHER', reasons: ['phone'] },
        },
      ]);
      expect(await leadsOf(teamId)).toHaveLength(1);
    });

    it('importing creates the valid new rows once: the same file again creates nothing', async () => {
      const teamId = await freshTeam();
      const manager = actor(teamId, 'U_MGR', 'manager');
      const first = await importFile(manager, file);
      expect(first.status).toBe('done');
      expect(first.result).toEqual({ created: 3, updated: 0, skipped: 1, alreadyImported: 0, rejected: 3 });
      const again = await importFile(manager, file);
      expect(again.result).toEqual({ created: 0, updated: 0, skipped: 1, alreadyImported: 3, rejected: 3 });
      expect(await leadsOf(teamId)).toHaveLength(4);
    });
  });

  it('cells become lead fields as the form would save them, from Chinese labels, Excel numbers and dates', async () => {
    const teamId = await freshTeam();
    await importFile(actor(teamId, 'U_MGR', 'manager'), 'leads-zh.xlsx');
    const byCompany = new Map((await leadsOf(teamId)).map((lead) => [lead.companyName, lead]));
    expect(byCompany.get('北京星辰科技有限公司')).toMatchObject({
      ownerUserId: 'U_MGR',
      contactName: '张伟',
      phone: '13800138000',
      industry: 'technology',
      companySize: '51-200',
      source: 'referral',
      estimatedValue: 300000,
      currency: 'CNY',
      stage: 'needs_analysis',
      nextFollowUpOn: '2027-01-15',
    });
    expect(byCompany.get('上海宏达制造股份有限公司')).toMatchObject({
      ownerUserId: 'U_FANG',
      email: 'LiNa@HongDa.com.cn',
      estimatedValue: 1250000.5,
      stage: 'proposal',
      source: 'event',
      notes: '客户说"价格偏高"，\n下周再谈',
    });
    expect(byCompany.get('广州蓝海贸易有限公司')).toMatchObject({
      stage: 'new',
      estimatedValue: null,
      currency: null,
      notes: '=HYPERLINK("http://evil.example")',
    });
  });

  it('a rep imports only for themself: a row owned by a colleague is rejected with the reason', async () => {
    const teamId = await freshTeam();
    const rep = actor(teamId, 'U_WANG');
    const preview = await previewImport({
      ...deps,
      actor: rep,
      directory: directory(),
      file: fixture('leads-zh-utf8-bom.csv'),
    });
    expect(preview.invalidRows.find((row) => row.line === 3)?.problems).toEqual([
      { field: 'owner', key: 'imports.error.ownerNotAllowed' },
    ]);
    expect(preview.counts.invalid).toBe(4);
  });

  it('owners are matched by email through Slack, and an unknown owner is a rejected row', async () => {
    const teamId = await freshTeam();
    const admin = actor(teamId, 'U_ADMIN', 'admin');
    const header = 'Company,Contact,Owner\n';
    const bytes = new TextEncoder().encode(
      `${header}A Co,Ann,fang@example.cn\nB Co,Bob,nobody@example.cn\nC Co,Cy,<@U_WANG>\n`,
    );
    const preview = await previewImport({
      ...deps,
      actor: admin,
      directory: directory({ 'fang@example.cn': 'U_FANG' }),
      file: { name: 'owners.csv', bytes },
    });
    expect(preview.counts).toMatchObject({ valid: 2, invalid: 1 });
    expect(preview.invalidRows[0]).toMatchObject({
      line: 3,
      problems: [{ field: 'owner', key: 'imports.error.ownerUnknown' }],
    });
  });

  it('an overdue follow-up from the old system is kept; a date beyond ten years is refused as in the form', async () => {
    const teamId = await freshTeam();
    const rep = actor(teamId, 'U_WANG');
    const bytes = new TextEncoder().encode(
      '公司,联系人,下次跟进\n甲公司,甲,2026/3/1\n乙公司,乙,2099-01-01\n丙公司,丙,2026-02-30\n',
    );
    const preview = await previewImport({
      ...deps,
      actor: rep,
      directory: directory(),
      file: { name: 'dates.csv', bytes },
    });
    expect(preview.invalidRows.map((row) => [row.line, row.problems])).toEqual([
      [3, [{ field: 'nextFollowUpOn', key: 'leads.error.tooFar' }]],
      [4, [{ field: 'nextFollowUpOn', key: 'leads.error.date' }]],
    ]);
  });

  it('a corrected mapping is previewed again; after Import the mapping can no longer change', async () => {
    const teamId = await freshTeam();
    const manager = actor(teamId, 'U_MGR', 'manager');
    const preview = await previewImport({
      ...deps,
      actor: manager,
      directory: directory(),
      file: fixture('leads-en-utf8.csv'),
    });
    expect(preview.mapping).toMatchObject({ companyName: 0, contactName: 1, phone: 2, email: 3, notes: 12 });
    // Without the phone and email columns, row 6's bad phone and email no longer count, and row 8 is no duplicate.
    const { phone: _phone, email: _email, ...rest } = preview.mapping;
    const remapped = await remapImport({
      ...deps,
      actor: manager,
      directory: directory(),
      importId: preview.importId,
      mapping: rest,
    });
    expect(remapped.counts).toMatchObject({ valid: 4, invalid: 3, duplicates: 0 });
    expect(remapped.invalidRows[1]?.problems).toEqual([
      {
        field: 'estimatedValue',
        key: 'money.problem.not_a_number',
        params: expect.objectContaining({ text: 'lots', currency: 'CNY' }),
      },
    ]);
    // Import pressed with the columns as the modal shows them now (notes unmapped): that mapping is imported.
    const { notes: _notes, ...withoutNotes } = rest;
    const started = await startImport({
      ...deps,
      actor: manager,
      importId: preview.importId,
      policy: 'skip',
      mapping: withoutNotes,
    });
    expect(started.mapping).toEqual(withoutNotes);
    expect(started.mapping.notes).toBeUndefined();
    await expect(
      remapImport({
        ...deps,
        actor: manager,
        directory: directory(),
        importId: preview.importId,
        mapping: rest,
      }),
    ).rejects.toMatchObject({ code: 'import_already_started' });
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('Import pressed twice at once starts the import once; someone else cannot start it at all', async () => {
    const teamId = await freshTeam();
    const manager = actor(teamId, 'U_MGR', 'manager');
    const preview = await previewImport({
      ...deps,
      actor: manager,
      directory: directory(),
      file: fixture('leads-en-utf8.csv'),
    });
    const start = () => startImport({ ...deps, actor: manager, importId: preview.importId, policy: 'skip' });
    const outcomes = await Promise.allSettled([start(), start()]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    await expect(
      startImport({ ...deps, actor: actor(teamId, 'U_WANG'), importId: preview.importId, policy: 'skip' }),
    ).rejects.toMatchObject({ code: 'import_not_found' });
  });

  it('"update duplicates" fills in the existing lead the importer may change, and leaves others alone', async () => {
    const teamId = await freshTeam();
    const admin = actor(teamId, 'U_ADMIN', 'admin');
    const result = await importFile(admin, 'leads-zh-utf8-bom.csv', 'update');
    expect(result.result).toMatchObject({ created: 3, updated: 1, skipped: 0 });
    // Matched by phone, it takes the row's values; it stays U_OTHER's (handing leads over is not an import's job).
    const existing = (await leadsOf(teamId)).filter((lead) => lead.ownerUserId === 'U_OTHER');
    expect(existing).toEqual([
      expect.objectContaining({
        companyName: '杭州云端网络有限公司',
        contactName: '吴敏',
        estimatedValue: 80000,
        industry: 'technology',
      }),
    ]);
    // The same file again: nothing left to change.
    expect((await importFile(admin, 'leads-zh-utf8-bom.csv', 'update')).result).toMatchObject({
      created: 0,
      updated: 0,
    });
  });

  it('the rejected rows come back as a CSV with the reason in the reader’s language', async () => {
    const teamId = await freshTeam();
    const manager = actor(teamId, 'U_MGR', 'manager', 'zh-CN');
    const done = await importFile(manager, 'leads-zh-gbk.csv');
    const { csv, count, fileName } = await rejectedRowsCsv({
      ...deps,
      actor: manager,
      importId: done.id,
      t: translator('zh-CN'),
    });
    expect(count).toBe(3);
    expect(fileName).toBe('leads-zh-gbk-rejected.csv');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '未导入原因,客户名称,联系人,手机,邮箱,行业,规模,来源,预算,币种,阶段,负责人,下次跟进,备注',
    );
    expect(lines[1]).toBe('客户名称：此项必填。,,赵磊,137 0000 0000,zhaolei@example.cn,,,,,,,,,缺客户名称');
    expect(lines).toHaveLength(4);
  });
});
