import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerLinkRepository } from '../../../src/features/customers/customer-links.repository.js';
import { markWon } from '../../../src/features/leads/lead-progress.usecases.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import type { LeadForm } from '../../../src/features/leads/leads.types.js';
import { createLead } from '../../../src/features/leads/leads.usecases.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

const actor = (teamId: string, userId: string): Actor => ({
  teamId,
  userId,
  role: 'rep',
  isAdmin: false,
  locale: 'en',
  timezone: 'Asia/Shanghai',
});
const NOW = new Date('2026-11-27T02:00:00Z');

describe.each(DRIVERS)('winning a lead files it under its customer (%s)', (driver) => {
  let database: TestDatabase;
  let deps: {
    leads: ReturnType<typeof createLeadRepository>;
    teams: ReturnType<typeof createTeamRepository>;
    clock: ReturnType<typeof fixedClock>;
    customerLinks: ReturnType<typeof createCustomerLinkRepository>;
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = {
      leads: createLeadRepository(database),
      teams: createTeamRepository(database),
      clock: fixedClock(NOW),
      customerLinks: createCustomerLinkRepository(database),
    };
  });
  afterAll(() => database?.destroy());

  async function win(who: Actor, form: LeadForm) {
    const created = await createLead({ ...deps, actor: who, form: { currency: 'CNY', ...form } });
    if (!created.ok) throw new Error('could not create the lead');
    const won = await markWon({ ...deps, actor: who, leadId: created.lead.id, form: { amount: '1000' } });
    if (!won.ok) throw new Error('could not win the lead');
    return won.lead;
  }

  async function customersOf(teamId: string) {
    const { rows } = (await database.db.execute(sql`
      select c.name, c.owner_user_id, array_agg(k.name order by k.id) as contacts from customers c
      left join customer_contacts k on k.customer_id = c.id
      where c.team_id = ${teamId} group by c.id order by c.id`)) as unknown as { rows: unknown[] };
    return rows;
  }

  it('a new company becomes a customer; its next order with the same phone joins it, whoever wrote the name', async () => {
    const rep = actor('T_WIN', 'U_A');
    const first = await win(rep, {
      companyName: '杭州远航科技有限公司',
      contactName: '周经理',
      phone: '+86 139 0000 1111',
    });
    expect(first.customerId).not.toBeNull();
    const again = await win(rep, {
      companyName: '远航科技(杭州)',
      contactName: '小李',
      phone: '13900001111',
    });
    expect(again.customerId).toBe(first.customerId);
    expect(await customersOf('T_WIN')).toEqual([
      { name: '杭州远航科技有限公司', owner_user_id: 'U_A', contacts: ['周经理', '小李'] },
    ]);
    expect((await deps.leads.findById('T_WIN', again.id))?.customerId).toBe(first.customerId);
  });

  it('the same company key links two companies; a person with a common name, or another team, never', async () => {
    const rep = actor('T_KEY', 'U_A');
    const acme = await win(rep, { companyName: 'Acme Ltd.', contactName: 'Ann' });
    const again = await win(rep, { companyName: 'ACME', contactName: 'Bob' });
    expect(again.customerId).toBe(acme.customerId);
    const person = await win(rep, { companyName: 'Wang Wei', contactName: 'Wang Wei', kind: 'individual' });
    const namesake = await win(rep, { companyName: 'Wang Wei', contactName: 'Wang Wei', kind: 'individual' });
    expect(namesake.customerId).not.toBe(person.customerId);
    const elsewhere = await win(actor('T_OTHER', 'U_A'), { companyName: 'Acme Ltd.', contactName: 'Ann' });
    expect(elsewhere.customerId).not.toBe(acme.customerId);
    expect(await customersOf('T_OTHER')).toHaveLength(1);
  });

  it('two leads of one new company won at once make one customer', async () => {
    const rep = actor('T_RACE', 'U_A');
    const forms = [1, 2].map((n) => ({ companyName: 'Race Co', contactName: `Buyer ${n}` }));
    const created = await Promise.all(
      forms.map((form) => createLead({ ...deps, actor: rep, form: { currency: 'CNY', ...form } })),
    );
    const won = await Promise.all(
      created.map((lead) =>
        lead.ok ? markWon({ ...deps, actor: rep, leadId: lead.lead.id, form: { amount: '5' } }) : null,
      ),
    );
    const ids = won.map((result) => (result?.ok ? result.lead.customerId : undefined));
    expect(ids[0]).toBeTypeOf('number');
    expect(ids[1]).toBe(ids[0]);
    expect(await customersOf('T_RACE')).toHaveLength(1);
  });
});
