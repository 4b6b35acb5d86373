import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerLinkRepository } from '../../../src/features/customers/customer-links.repository.js';
import { createCustomerMergeRepository } from '../../../src/features/customers/customer-merge.repository.js';
import {
  confirmCustomerMerge,
  type MergeSeen,
  previewCustomerMerge,
  seenOf,
} from '../../../src/features/customers/customer-merge.usecases.js';
import { createCustomerRepository } from '../../../src/features/customers/customers.repository.js';
import { findCustomers } from '../../../src/features/customers/customers.usecases.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createLead } from '../../../src/features/leads/leads.usecases.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { describePostgresOnly } from '../../helpers/postgres-only.js';
import { createTestDatabase, DRIVERS, type Driver, type TestDatabase } from '../../helpers/test-db.js';

const NOW = new Date('2026-12-07T02:00:00Z');
const actor = (teamId: string, userId: string, isAdmin: boolean): Actor => ({
  teamId,
  userId,
  role: isAdmin ? 'admin' : 'rep',
  isAdmin,
  locale: 'en',
  timezone: 'Asia/Shanghai',
});

/** A team with two customers that are one company: #kept (one contact) and #merged (two leads, two contracts). */
function mergeFixture(driver: Driver) {
  const ctx = {
    database: undefined as unknown as TestDatabase,
    deps: undefined as unknown as ReturnType<typeof depsOf>,
  };
  let sequence = 0;
  const depsOf = (database: TestDatabase) => ({
    customers: createCustomerRepository(database),
    customerMerges: createCustomerMergeRepository(database),
    customerLinks: createCustomerLinkRepository(database),
    leads: createLeadRepository(database),
    teams: createTeamRepository(database),
    clock: fixedClock(NOW),
  });
  beforeAll(async () => {
    ctx.database = await createTestDatabase(driver);
    ctx.deps = depsOf(ctx.database);
  });
  afterAll(() => ctx.database?.destroy());

  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const customer = async (teamId: string, name: string, contacts: [string, string | null][]) => {
    const [row] = await rows<{ id: string | number }>(sql`
      insert into customers (team_id, name, owner_user_id) values (${teamId}, ${name}, 'U_REP') returning id`);
    const id = Number(row?.id);
    for (const [contact, phone] of contacts)
      await ctx.database.db.execute(sql`
        insert into customer_contacts (team_id, customer_id, name, phone) values (${teamId}, ${id}, ${contact}, ${phone})`);
    return id;
  };
  const leadOf = async (teamId: string, customerId: number, name: string) => {
    const created = await createLead({
      ...ctx.deps,
      actor: actor(teamId, 'U_REP', false),
      form: { companyName: name, contactName: '王工', currency: 'CNY' },
    });
    if (!created.ok) throw new Error('lead not created');
    await ctx.deps.customers.linkLead(teamId, created.lead.id, customerId);
    return created.lead.id;
  };
  const contract = async (teamId: string, leadId: number, amountMinor: number, currency: string) => {
    const seq = ++sequence;
    await ctx.database.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, approved_at)
      values (${teamId}, ${`HT-2026-${seq}`}, 2026, ${seq}, ${leadId}, ${seq}, 'U_REP', 'x', ${amountMinor},
        ${currency}, 3000, 'delivering', 0, ${NOW.toISOString()})`);
  };
  /** #kept with 周经理 (139…1111); #merged with the same 周经理 phone, a new 吴厂长, two leads with contracts. */
  const pair = async (teamId: string) => {
    const kept = await customer(teamId, '杭州远航科技有限公司', [['周经理', '+86 139 0000 1111']]);
    const merged = await customer(teamId, '远航科技(杭州)', [
      ['周总', '13900001111'],
      ['吴厂长', '+86 137 0000 2222'],
    ]);
    const leads = [
      await leadOf(teamId, merged, '远航科技 一期'),
      await leadOf(teamId, merged, '远航科技 二期'),
    ];
    await contract(teamId, leads[0] as number, 48_000_000, 'CNY');
    await contract(teamId, leads[1] as number, 1_250_00, 'USD');
    return { kept, merged, leads };
  };
  return { ctx, rows, pair, leadOf };
}

describe.each(DRIVERS)('merging two customers (%s)', (driver) => {
  const { ctx, rows, pair, leadOf } = mergeFixture(driver);
  const admin = (teamId: string) => ({ ...ctx.deps, actor: actor(teamId, 'U_ADMIN', true) });

  it('the preview lists what moves and what is kept, per currency, and writes nothing', async () => {
    const { kept, merged } = await pair('T_PREVIEW');
    const preview = await previewCustomerMerge({ ...admin('T_PREVIEW'), keptId: kept, mergedId: merged });
    expect(preview.kept.name).toBe('杭州远航科技有限公司');
    expect(preview.counts).toEqual({ leads: 2, contracts: 2, contactsMoved: 1, contactsCollapsed: 1 });
    expect(preview.money.map((m) => [m.currency, m.contractedMinor])).toEqual([
      ['CNY', 48_000_000],
      ['USD', 125_000],
    ]);
    expect((await ctx.deps.customers.findById('T_PREVIEW', merged))?.mergedIntoId).toBeNull();
  });

  it('the merge moves leads and contacts, folds the duplicate contact, audits it, and #merged points to #kept', async () => {
    const { kept, merged, leads } = await pair('T_MERGE');
    const preview = await previewCustomerMerge({ ...admin('T_MERGE'), keptId: kept, mergedId: merged });
    const done = await confirmCustomerMerge({ ...admin('T_MERGE'), seen: seenOf(preview) });
    expect(done).toMatchObject({ leadIds: leads, contactsMoved: 1, contactsCollapsed: 1 });
    expect(
      (
        await rows<{ id: string }>(
          sql`select id from leads where team_id = 'T_MERGE' and customer_id = ${kept}`,
        )
      ).length,
    ).toBe(2);
    expect(
      await rows(sql`select name from customer_contacts where team_id = 'T_MERGE' order by customer_id, id`),
    ).toEqual([{ name: '周经理' }, { name: '吴厂长' }]);
    const audit = await ctx.deps.customerMerges.mergesInto('T_MERGE', kept);
    expect(audit).toEqual([
      {
        mergedCustomerId: merged,
        actorUserId: 'U_ADMIN',
        details: {
          leadIds: leads,
          contactsMoved: 1,
          contactsCollapsed: 1,
          money: [
            { currency: 'CNY', contractedMinor: 48_000_000 },
            { currency: 'USD', contractedMinor: 125_000 },
          ],
        },
        occurredAt: NOW,
      },
    ]);
    await expect(findCustomers({ ...admin('T_MERGE'), ref: `#${merged}` })).rejects.toMatchObject({
      code: 'customer_merged',
      params: { id: merged, into: kept },
    });
    const found = await findCustomers({ ...admin('T_MERGE'), ref: '远航' });
    expect(found.kind === 'one' && found.customer.id).toBe(kept);
    // The same preview confirmed again: already merged, nothing written twice.
    await expect(confirmCustomerMerge({ ...admin('T_MERGE'), seen: seenOf(preview) })).rejects.toMatchObject({
      code: 'customer_merge_already_merged',
      params: { id: merged, into: kept },
    });
    expect(await ctx.deps.customerMerges.mergesInto('T_MERGE', kept)).toHaveLength(1);
    // A lead won later under the merged-away name joins the kept customer, never the merged one.
    const created = await createLead({
      ...ctx.deps,
      actor: actor('T_MERGE', 'U_REP', false),
      form: { companyName: '远航科技(杭州)', contactName: '新人', currency: 'CNY' },
    });
    if (!created.ok) throw new Error('lead not created');
    expect(await ctx.deps.customerLinks.linkWonLead('T_MERGE', created.lead.id)).toEqual({
      customerId: kept,
      created: false,
    });
  });

  it('the merged customer’s service requests and planned revisits follow it to the kept customer', async () => {
    const { kept, merged, leads } = await pair('T_AFTER');
    const [contract] = await rows<{ id: string }>(
      sql`select id from contracts where team_id = 'T_AFTER' and lead_id = ${leads[0] as number}`,
    );
    await ctx.database.db.execute(sql`
      insert into service_requests (team_id, customer_id, kind, priority, description, owner_user_id,
        opened_by_user_id, opened_at)
      values ('T_AFTER', ${merged}, 'fault', 'high', '泵不转', 'U_REP', 'U_REP', ${NOW.toISOString()})`);
    await ctx.database.db.execute(sql`
      insert into revisits (team_id, customer_id, contract_id, owner_user_id, days_after_delivery, due_on)
      values ('T_AFTER', ${merged}, ${Number(contract?.id)}, 'U_REP', 30, '2027-01-06')`);
    const preview = await previewCustomerMerge({ ...admin('T_AFTER'), keptId: kept, mergedId: merged });
    await confirmCustomerMerge({ ...admin('T_AFTER'), seen: seenOf(preview) });
    const elsewhere = (table: 'service_requests' | 'revisits') =>
      rows(
        sql`select customer_id from ${sql.raw(table)} where team_id = 'T_AFTER' and customer_id <> ${kept}`,
      );
    expect(await elsewhere('service_requests')).toEqual([]);
    expect(await elsewhere('revisits')).toEqual([]);
    expect(await rows(sql`select id from revisits where team_id = 'T_AFTER'`)).toHaveLength(1);
  });

  it('a lead filed under a customer after the preview makes it stale: refused with what changed, nothing moved', async () => {
    const { kept, merged } = await pair('T_STALE');
    const preview = await previewCustomerMerge({ ...admin('T_STALE'), keptId: kept, mergedId: merged });
    await leadOf('T_STALE', merged, '远航科技 三期');
    await expect(confirmCustomerMerge({ ...admin('T_STALE'), seen: seenOf(preview) })).rejects.toMatchObject({
      code: 'customer_merge_stale',
      params: { kept, merged, leads: 3, leadsSeen: 2, contacts: 2, contactsSeen: 2 },
    });
    expect((await ctx.deps.customers.findById('T_STALE', merged))?.mergedIntoId).toBeNull();
    expect(await rows(sql`select id from leads where team_id = 'T_STALE' and customer_id = ${kept}`)).toEqual(
      [],
    );
    expect(await ctx.deps.customerMerges.mergesInto('T_STALE', kept)).toEqual([]);
    // A version moved on (the customer edited) is stale as well.
    const fresh = seenOf(await previewCustomerMerge({ ...admin('T_STALE'), keptId: kept, mergedId: merged }));
    await ctx.database.db.execute(sql`update customers set version = version + 1 where id = ${kept}`);
    await expect(confirmCustomerMerge({ ...admin('T_STALE'), seen: fresh })).rejects.toMatchObject({
      code: 'customer_merge_stale',
    });
  });

  it('only admins merge, two different customers, of their own team', async () => {
    const { kept, merged } = await pair('T_WHO');
    const rep = { ...ctx.deps, actor: actor('T_WHO', 'U_REP', false) };
    await expect(previewCustomerMerge({ ...rep, keptId: kept, mergedId: merged })).rejects.toMatchObject({
      code: 'customer_merge_admin_only',
    });
    const seen: MergeSeen = {
      keptId: kept,
      mergedId: merged,
      keptVersion: 1,
      mergedVersion: 1,
      leads: 2,
      contactsMoved: 1,
      contactsCollapsed: 1,
    };
    await expect(confirmCustomerMerge({ ...rep, seen })).rejects.toMatchObject({
      code: 'customer_merge_admin_only',
    });
    await expect(
      previewCustomerMerge({ ...admin('T_WHO'), keptId: kept, mergedId: kept }),
    ).rejects.toMatchObject({ code: 'customer_merge_same' });
    await expect(confirmCustomerMerge({ ...admin('T_ELSEWHERE'), seen })).rejects.toMatchObject({
      code: 'customer_not_found',
    });
    expect((await ctx.deps.customers.findById('T_WHO', merged))?.mergedIntoId).toBeNull();
  });
});

describePostgresOnly('two admins confirm the same merge at once', () => {
  const { ctx, pair } = mergeFixture('postgres');

  it('one merges, the other finds the pair changed; the leads move once and one audit event is written', async () => {
    const { kept, merged, leads } = await pair('T_RACE');
    const admin = { ...ctx.deps, actor: actor('T_RACE', 'U_A1', true) };
    const preview = await previewCustomerMerge({ ...admin, keptId: kept, mergedId: merged });
    const seen = seenOf(preview);
    // Both past the use case's checks at once: the two writes themselves race, on two connections.
    const write = (userId: string) =>
      ctx.deps.customerMerges.merge({
        teamId: 'T_RACE',
        keptId: kept,
        mergedId: merged,
        keptVersion: seen.keptVersion,
        mergedVersion: seen.mergedVersion,
        seen,
        actorUserId: userId,
        money: preview.money,
        now: NOW,
      });
    const results = await Promise.all([write('U_A1'), write('U_A2')]);
    expect(results.filter((r) => r.ok)).toEqual([
      { ok: true, leadIds: leads, contactsMoved: 1, contactsCollapsed: 1 },
    ]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false }]);
    expect(await ctx.deps.customerMerges.mergesInto('T_RACE', kept)).toHaveLength(1);
    // The loser's admin, confirming through the use case, reads that it is already merged.
    await expect(confirmCustomerMerge({ ...admin, seen })).rejects.toMatchObject({
      code: 'customer_merge_already_merged',
    });
  });
});
