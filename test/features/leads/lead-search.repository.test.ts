import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadRepository, type LeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

const TEAM = 'T_SEARCH';

describe.each(DRIVERS)('searching leads in the database (%s)', (driver) => {
  let database: TestDatabase;
  let leads: LeadRepository;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    leads = createLeadRepository({ db: database.db });
    // 25 Chinese and 25 English company names, each lead touched one minute after the previous one.
    await database.db.execute(sql`
      insert into leads (team_id, owner_user_id, created_by_user_id, company_name, contact_name, search_text,
        last_activity_at)
      select ${TEAM}, case when g % 2 = 0 then 'U1' else 'U2' end, 'U1',
        case when g % 2 = 0 then '北京第' || g || '科技有限公司' else 'Acme ' || g || ' Trading' end, 'Li',
        lower(case when g % 2 = 0 then '北京第' || g || '科技有限公司' else 'Acme ' || g || ' Trading' end),
        timestamptz '2026-01-01' + g * interval '1 minute'
      from generate_series(1, 50) g`);
    await database.db.execute(
      sql`insert into leads (team_id, owner_user_id, created_by_user_id, company_name, contact_name, search_text)
        values ('T_OTHER', 'U1', 'U1', '北京第2科技有限公司', 'Li', '北京第2科技有限公司')`,
    );
  });
  afterAll(() => database?.destroy());

  const search = (text: string, limit: number, offset = 0, owners: 'all' | string[] = 'all') =>
    leads.query(TEAM, { owners, text, limit, offset });

  it('finds a lead by part of its Chinese name, in this team only', async () => {
    const found = await search('第2科', 20);
    expect(found.total).toBe(1);
    expect(found.leads.map((lead) => lead.companyName)).toEqual(['北京第2科技有限公司']);
  });

  it('counts every match of a common term while showing one page, newest activity first', async () => {
    const first = await search('科技', 10);
    expect(first.total).toBe(25);
    expect(first.leads.map((lead) => lead.companyName).slice(0, 2)).toEqual([
      '北京第50科技有限公司',
      '北京第48科技有限公司',
    ]);
    const middle = await search('trading', 10, 10);
    expect(middle.total).toBe(25);
    expect(middle.leads).toHaveLength(10);
  });

  it('knows the total on the last page, on an exactly full last page and past the end', async () => {
    expect((await search('trading', 10, 20)).total).toBe(25);
    expect((await search('trading', 5, 20)).total).toBe(25);
    const past = await search('trading', 10, 40);
    expect(past).toEqual({ leads: [], total: 25 });
    expect(await search('nothing like it', 10)).toEqual({ leads: [], total: 0 });
  });

  it('counts only the leads of the owners the caller may see', async () => {
    const mine = await search('科技', 10, 0, ['U1']);
    expect(mine.total).toBe(25);
    expect((await search('trading', 10, 0, ['U1'])).total).toBe(0);
  });

  it('can answer a 3-character search from the trigram index instead of reading the table', async () => {
    const plan = await database.db.transaction(async (tx) => {
      // On 50 rows the planner rightly prefers a scan; forbid it to prove the index can serve the search.
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = (await tx.execute(
        sql`explain select id from leads where search_text like '%第4科%'`,
      )) as unknown as { rows: Record<string, string>[] };
      return result.rows.map((row) => Object.values(row)[0]).join('\n');
    });
    expect(plan).toContain('leads_search_text_trgm_idx');
  });
});
