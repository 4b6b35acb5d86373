import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewImport, runImport, startImport } from '../../../src/features/imports/imports.usecases.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, directory, importDeps } from '../imports/import-setup.js';

const ROWS = 2_000;
const TEAM = 'T_CUST_IMPORT';

/**
 * 2,000 rows: every tenth has no name (refused), every 50th repeats the phone of the row before it, rows 1–200 are
 * customers the team has (same phone), the rest are new.
 */
function largeFile(): { name: string; bytes: Uint8Array } {
  const lines = ['客户名称,类型,负责人,联系人,电话,邮箱,备注'];
  for (let n = 1; n <= ROWS; n++) {
    const phone = `+86 21 ${String(n % 50 === 0 ? n - 1 : n).padStart(8, '0')}`;
    const name = n % 10 === 5 ? '' : `客户${n}贸易有限公司`;
    lines.push(`${name},企业,${n % 2 ? '' : 'U_REP'},联系人${n},${phone},c${n}@example.com,第${n}行`);
  }
  return { name: 'customers-2000.csv', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

describe.each(DRIVERS)('a 2,000-row customer file (%s)', (driver) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof importDeps>;
  const manager: Actor = actor(TEAM, 'U_MGR', 'manager', 'zh-CN');
  const file = largeFile();
  const count = async (query: ReturnType<typeof sql>) =>
    Number(((await database.db.execute(query)) as unknown as { rows: { n: string }[] }).rows[0]?.n);
  const importOnce = async () => {
    const preview = await previewImport({
      ...deps,
      actor: manager,
      directory: directory(),
      file,
      kind: 'customers',
    });
    await startImport({ ...deps, actor: manager, importId: preview.importId });
    const done = await runImport({
      ...deps,
      actor: manager,
      directory: directory(),
      importId: preview.importId,
    });
    return { preview, done };
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = importDeps(database);
    await deps.teams.ensureTeam(TEAM);
    await deps.teams.updateMember(TEAM, 'U_MGR', { role: 'manager' });
    await deps.teams.updateMember(TEAM, 'U_REP', { managerUserId: 'U_MGR' });
    // The team's first 200 customers: the file's rows 1–200 have their phones.
    await database.db.execute(sql`
      insert into customers (team_id, name, owner_user_id) select ${TEAM}, 'Old ' || g, 'U_REP'
      from generate_series(1, 200) g`);
    await database.db.execute(sql`
      insert into customer_contacts (team_id, customer_id, name, phone)
      select c.team_id, c.id, 'Old contact', '+86 21 ' || lpad(substr(c.name, 5), 8, '0')
      from customers c where c.team_id = ${TEAM}`);
  });
  afterAll(() => database?.destroy());

  it('previews and imports every row in batches, each refused row with why; the same file again writes nothing', async () => {
    const first = await importOnce();
    const details = first.preview as unknown as { counts: Record<string, number> };
    // Rows 5, 15, 25…: 200 without a name. Rows 50, 100…: 40 repeat the row before (4 of them among the first 200).
    expect(details.counts).toMatchObject({ rows: ROWS, invalid: 200, repeatedInFile: 40, updated: 180 - 4 });
    expect(details.counts.new ?? 0).toBe(ROWS - 200 - 40 - 176);
    expect(first.done.status).toBe('done');
    expect(first.done.result).toMatchObject({
      created: details.counts.new ?? 0,
      updated: 176,
      rejected: 200,
    });
    expect(first.done.rejected?.[0]).toMatchObject({
      line: 6,
      problems: [{ field: 'name', key: 'leads.error.required' }],
    });
    const customers = await count(sql`select count(*) as n from customers where team_id = ${TEAM}`);
    expect(customers).toBe(200 + (details.counts.new ?? 0));
    const mine = await count(
      sql`select count(*) as n from customers where team_id = ${TEAM} and owner_user_id = 'U_REP'`,
    );
    expect(mine).toBeGreaterThan(200);

    const contacts = await count(sql`select count(*) as n from customer_contacts where team_id = ${TEAM}`);
    const again = await importOnce();
    const counts = (again.preview as unknown as { counts: Record<string, number> }).counts;
    expect(counts).toMatchObject({ new: 0, updated: 0, unchanged: ROWS - 200 - 40 });
    expect(again.done.result).toMatchObject({ created: 0, updated: 0 });
    expect(await count(sql`select count(*) as n from customers where team_id = ${TEAM}`)).toBe(customers);
    expect(await count(sql`select count(*) as n from customer_contacts where team_id = ${TEAM}`)).toBe(
      contacts,
    );
    // Two imports of 2,000 rows on a busy shared machine: each batch of 500 is classified and written in seconds.
  }, 180_000);
});
