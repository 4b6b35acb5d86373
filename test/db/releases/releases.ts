import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../../src/db/client.js';

/**
 * Every published release whose databases must upgrade in place: its last migration, a file of data as it
 * stored it (`<name>.sql`, written against that release's schema and never changed after), and what the
 * migrations since must have made of that data (new columns filled, backfills right).
 */
export interface Release {
  name: string;
  lastMigration: string;
  checkUpgraded(db: Db): Promise<void>;
}

export const RELEASES: Release[] = [
  {
    name: '0.1.0',
    lastMigration: '0000_init',
    async checkUpgraded(db) {
      // 0001: every existing lead starts at version 1, so forms opened before the upgrade are still current.
      const { rows } = (await db.execute(
        sql`select count(*)::int as leads, count(*) filter (where version = 1)::int as at_one from leads`,
      )) as unknown as { rows: { leads: number; at_one: number }[] };
      expect(rows[0]).toEqual({ leads: 3, at_one: 3 });
      // 0002/0003: existing leads get their duplicate-match keys, computed from the data they already hold.
      const keys = (await db.execute(
        sql`select company_name, phone_key, email_key, company_key, import_key from leads order by company_name`,
      )) as unknown as { rows: Record<string, string | null>[] };
      expect(keys.rows).toEqual([
        {
          company_name: 'Acme Ltd',
          phone_key: null,
          email_key: 'ann@acme.test',
          company_key: 'acme',
          import_key: null,
        },
        {
          company_name: 'Lost Corp',
          phone_key: null,
          email_key: null,
          company_key: 'lost',
          import_key: null,
        },
        {
          company_name: '华为技术 & Sons <!channel>',
          phone_key: '13800000000',
          email_key: 'zhang@example.cn',
          company_key: '华为技术sonschannel',
          import_key: null,
        },
      ]);
      // 0002: existing teams keep today's schedule: no country holidays, no own days off, the old thresholds.
      const teams = (await db.execute(
        sql`select count(*)::int as teams,
                   count(*) filter (where holiday_country is null and holidays = '{}'
                                    and stale_after_days = 7 and quiet_working_days = 3)::int as unchanged
            from teams`,
      )) as unknown as { rows: { teams: number; unchanged: number }[] };
      expect(teams.rows[0]?.teams).toBeGreaterThan(0);
      expect(teams.rows[0]?.unchanged).toBe(teams.rows[0]?.teams);
    },
  },
  {
    name: '0.2.0',
    lastMigration: '0007_schedules-timed-follow-ups-inbound',
    async checkUpgraded(db) {
      // 0008: the price list starts empty; nothing of the ledger moved.
      const { rows } = (await db.execute(
        sql`select (select count(*)::int from products) as products,
                   (select count(*)::int from price_lists) as lists,
                   (select sum(collected_minor)::text from contracts where team_id = 'T_CN') as collected`,
      )) as unknown as { rows: { products: number; lists: number; collected: string }[] };
      expect(rows[0]).toEqual({ products: 0, lists: 0, collected: '34000000' });
      // 0010: every finance policy saved before quotes existed numbers its quotes `BJ-…`; the quote tables start
      // empty, and no existing contract gains lines it never had.
      const quotes = (await db.execute(
        sql`select (select count(*)::int from finance_policies) as policies,
                   (select count(*)::int from finance_policies where quote_prefix = 'BJ') as prefixed,
                   (select count(*)::int from quotes) as quotes,
                   (select count(*)::int from contract_lines) as contract_lines`,
      )) as unknown as {
        rows: { policies: number; prefixed: number; quotes: number; contract_lines: number }[];
      };
      expect(quotes.rows[0]?.policies).toBeGreaterThan(0);
      expect(quotes.rows[0]).toMatchObject({
        prefixed: quotes.rows[0]?.policies,
        quotes: 0,
        contract_lines: 0,
      });
      // 0009: an import written as 0.2.0 writes it (no kind, no list) is an import of leads.
      const imported = (await db.execute(
        sql`insert into lead_imports (team_id, user_id, file_name, format, file_sha256, mapping, row_count)
            values ('T_UPGRADE', 'U_OLD', 'old.csv', 'csv', '0', '{}'::jsonb, 0)
            returning kind, price_list_id`,
      )) as unknown as { rows: Record<string, unknown>[] };
      expect(imported.rows).toEqual([{ kind: 'leads', price_list_id: null }]);
      await db.execute(sql`delete from lead_imports where team_id = 'T_UPGRADE'`);
      // 0012: the won lead and its repeat order (same phone, name written differently) are one customer, named
      // after the won lead, owned by its rep, with its contact; the look-alike name with nothing else in common
      // stays unlinked for the rep to confirm; the lost prospect makes no customer; the other workspace's lead with
      // the same phone and email is a customer of its own team, never of T_CN's.
      const linked = (await db.execute(
        sql`select l.team_id, l.company_name, l.version, c.name as customer, c.owner_user_id as owner, c.team_id as customer_team
            from leads l left join customers c on c.id = l.customer_id
            where l.team_id in ('T_CN', 'T_US') order by l.team_id, l.created_at`,
      )) as unknown as { rows: Record<string, unknown>[] };
      const hongda = { customer: '上海宏达制造股份有限公司', owner: 'U_REP', customer_team: 'T_CN' };
      const none = { customer: null, owner: null, customer_team: null };
      expect(linked.rows).toEqual([
        { team_id: 'T_CN', company_name: '北京某某科技有限公司', version: 3, ...none },
        { team_id: 'T_CN', company_name: '上海宏达制造股份有限公司', version: 4, ...hongda },
        { team_id: 'T_CN', company_name: '上海宏达制造有限公司', version: 2, ...hongda },
        { team_id: 'T_CN', company_name: '上海宏达制造厂', version: 1, ...none },
        {
          team_id: 'T_US',
          company_name: 'Hongda Manufacturing',
          version: 2,
          customer: 'Hongda Manufacturing',
          owner: 'U_MGR',
          customer_team: 'T_US',
        },
      ]);
      const contacts = (await db.execute(
        sql`select c.team_id, k.name, k.phone_key, k.email_key from customer_contacts k
            join customers c on c.id = k.customer_id order by c.team_id`,
      )) as unknown as { rows: Record<string, unknown>[] };
      expect(contacts.rows).toEqual([
        { team_id: 'T_CN', name: '陈工', phone_key: '13800138000', email_key: 'chen@hongda.cn' },
        { team_id: 'T_US', name: 'Chen', phone_key: '13800138000', email_key: 'chen@hongda.cn' },
      ]);
    },
  },
];
