import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLead } from '../../src/features/leads/leads.usecases.js';
import { fixedClock } from '../../src/lib/clock.js';
import { COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

const NOW = new Date('2026-12-07T02:00:00Z');

describe.each(DRIVERS)('/customer export (%s)', (driver) => {
  let app: TestApp;
  let contractSeq = 0;

  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await app.deps.db.execute(query)) as unknown as { rows: T[] }).rows;
  const customer = async (name: string, owner: string, contacts: [string, string][]) => {
    const [row] = await rows<{ id: string }>(sql`
      insert into customers (team_id, name, owner_user_id, industry)
      values (${app.teamId}, ${name}, ${owner}, 'manufacturing') returning id`);
    const id = Number(row?.id);
    for (const [contact, phone] of contacts)
      await app.deps.db.execute(sql`
        insert into customer_contacts (team_id, customer_id, name, phone)
        values (${app.teamId}, ${id}, ${contact}, ${phone})`);
    return id;
  };
  /** A lead of the customer with a contract of `amountMinor` in `currency`, `collectedMinor` confirmed. */
  const contract = async (
    customerId: number,
    amountMinor: number,
    collectedMinor: number,
    currency: string,
  ) => {
    const n = ++contractSeq;
    const created = await createLead({
      ...app.deps,
      actor: {
        teamId: app.teamId,
        userId: 'U_REP',
        role: 'rep',
        isAdmin: false,
        locale: 'en',
        timezone: 'UTC',
      },
      form: { companyName: `Order ${n}`, contactName: 'y', currency: 'CNY' },
    });
    if (!created.ok) throw new Error('lead not created');
    await app.deps.customers.linkLead(app.teamId, created.lead.id, customerId);
    const lead = created.lead;
    await app.deps.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, approved_at)
      values (${app.teamId}, ${`HT-2026-${n}`}, 2026, ${n}, ${lead?.id}, ${n}, 'U_REP', 'x', ${amountMinor},
        ${currency}, 3000, 'delivering', ${collectedMinor}, ${NOW.toISOString()})`);
  };
  /** The CSV the command uploaded, parsed, and what the caller was told. */
  const exportAs = async (userId: string) => {
    const uploads = app.slack.uploads.length;
    const sent = await app.command(userId, COMMANDS.customer, 'export');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    const upload = app.slack.uploads.length > uploads ? app.slack.uploads.at(-1) : undefined;
    const bytes = upload?.bytes.toString('utf8') ?? '';
    const csv = bytes.slice(bytes.indexOf('\uFEFF'), bytes.lastIndexOf('\r\n------'));
    return {
      text: String(reply.body.text),
      bom: csv.startsWith('\uFEFF'),
      rows: upload ? (parse(csv.replace(/^\uFEFF/, '')) as string[][]) : [],
    };
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    for (const [id, locale] of [
      ['U_REP', 'zh-CN'],
      ['U_OTHER', 'en-US'],
      ['U_MGR', 'en-US'],
      ['U_FIN', 'en-US'],
    ] as const)
      app.addUser({ id, locale, tz: 'Asia/Shanghai' });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { managerUserId: 'U_MGR' });
    await app.deps.teams.updateMember(app.teamId, 'U_FIN', { role: 'finance' });
    const mine = await customer('杭州远航科技有限公司', 'U_REP', [
      ['周经理', '+86 139 0000 1111'],
      ['吴厂长', '+86 137 0000 2222'],
    ]);
    await contract(mine, 48_000_000, 34_000_000, 'CNY');
    await contract(mine, 125_000, 0, 'USD');
    await customer('=HYPERLINK("http://evil")', 'U_OTHER', [['Eve', '+1 555 0100']]);
    const gone = await customer('Merged Away Ltd', 'U_REP', []);
    await app.deps.db.execute(sql`update customers set merged_into_id = ${mine} where id = ${gone}`);
  });
  afterAll(() => app?.stop());

  it('the rep gets her customers only, in Chinese, with every contact and money per currency', async () => {
    const exported = await exportAs('U_REP');
    expect(exported.text).toContain('已导出 1 个客户');
    expect(exported.bom).toBe(true);
    const [header, row] = exported.rows;
    expect(header?.slice(0, 6)).toEqual(['客户编号', '客户名称', '类型', '行业', '负责人', '联系人']);
    expect(exported.rows).toHaveLength(2);
    expect(row?.slice(1, 10)).toEqual([
      '杭州远航科技有限公司',
      '企业',
      'manufacturing',
      // The display name the member has (none here) and the id the import matches back; a leading + is guarded.
      'U_REP (U_REP)',
      '周经理',
      '',
      "'+86 139 0000 1111",
      '',
      '吴厂长 · +86 137 0000 2222',
    ]);
    expect(row?.slice(10, 13)).toEqual([
      'CNY 480000.00; USD 1250.00',
      'CNY 340000.00; USD 0.00',
      'CNY 140000.00; USD 1250.00',
    ]);
  });

  it('her manager sees her customers, finance all (a formula-like name stays text); another rep only her own', async () => {
    const manager = await exportAs('U_MGR');
    expect(manager.rows.map((r) => r[1])).toEqual(['Customer name', '杭州远航科技有限公司']);
    const finance = await exportAs('U_FIN');
    expect(finance.rows.map((r) => r[1])).toEqual([
      'Customer name',
      '杭州远航科技有限公司',
      `'=HYPERLINK("http://evil")`,
    ]);
    const other = await exportAs('U_OTHER');
    expect(other.rows.map((r) => r[1])).toEqual(['Customer name', `'=HYPERLINK("http://evil")`]);
    await app.deps.db.execute(sql`delete from customers where owner_user_id = 'U_OTHER'`);
    const none = await exportAs('U_OTHER');
    expect(none.rows).toEqual([]);
    expect(none.text).toContain('No customers of yours to export yet');
  });
});
