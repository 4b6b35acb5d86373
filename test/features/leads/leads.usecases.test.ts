import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadCardRepository } from '../../../src/features/leads/lead-card.repository.js';
import { getLeadCardData } from '../../../src/features/leads/lead-card.usecases.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createLead, listLeads, visibleOwners } from '../../../src/features/leads/leads.usecases.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

const actor = (userId: string, overrides: Partial<Actor> = {}): Actor => ({
  teamId: 'T1',
  userId,
  role: 'rep',
  isAdmin: false,
  locale: 'en',
  timezone: 'Asia/Shanghai',
  ...overrides,
});

describe.each(DRIVERS)('leads on %s', (driver) => {
  let database: TestDatabase;
  let deps: {
    leads: ReturnType<typeof createLeadRepository>;
    teams: ReturnType<typeof createTeamRepository>;
    clock: ReturnType<typeof fixedClock>;
  };

  const cardRepos = () => ({ leadCards: createLeadCardRepository({ db: database.db }) });

  const add = async (owner: Actor, companyName: string, extra: Record<string, string> = {}) => {
    const result = await createLead({
      ...deps,
      actor: owner,
      form: { companyName, contactName: 'Contact', ...extra },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.lead;
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = {
      leads: createLeadRepository(database),
      teams: createTeamRepository(database),
      clock: fixedClock(new Date('2026-11-27T02:00:00Z')),
    };
    // Reporting lines: rep A → manager M → director D.
    await deps.teams.updateMember('T1', 'U_A', { managerUserId: 'U_M' });
    await deps.teams.updateMember('T1', 'U_M', { role: 'manager', managerUserId: 'U_D' });
    await deps.teams.updateMember('T1', 'U_D', { role: 'director' });
    await add(actor('U_A'), '北京某某科技有限公司', { phone: '+86 138 0000 1111' });
    await add(actor('U_A'), 'Acme Trading', { email: 'Buyer@Acme.example' });
    await add(actor('U_B'), 'Beta 100%_Discount Ltd');
    await add(actor('U_B', { teamId: 'T2' }), 'Acme Other Team');
  });
  afterAll(() => database?.destroy());

  it('a director sees the leads of everyone below them, a rep only their own', async () => {
    expect(await visibleOwners({ ...deps, actor: actor('U_D', { role: 'director' }) })).toEqual(
      expect.arrayContaining(['U_D', 'U_M', 'U_A']),
    );
    expect(await visibleOwners({ ...deps, actor: actor('U_A') })).toEqual(['U_A']);
    expect(await visibleOwners({ ...deps, actor: actor('U_X', { isAdmin: true }) })).toBe('all');
  });

  it('search is partial, case-insensitive and CJK-safe', async () => {
    const search = (text: string) =>
      listLeads({ ...deps, actor: actor('U_A'), filter: { kind: 'search', text } });
    expect((await search('科技')).leads.map((lead) => lead.companyName)).toEqual(['北京某某科技有限公司']);
    expect((await search('BUYER@acme')).leads.map((lead) => lead.companyName)).toEqual(['Acme Trading']);
    expect((await search('0000 11')).total).toBe(1);
  });

  it('a search never reaches another rep’s or another team’s leads, and % or _ are literal', async () => {
    expect(
      (await listLeads({ ...deps, actor: actor('U_A'), filter: { kind: 'search', text: 'acme' } })).total,
    ).toBe(1);
    expect(
      (await listLeads({ ...deps, actor: actor('U_A'), filter: { kind: 'search', text: '%' } })).total,
    ).toBe(0);
    const admin = actor('U_X', { isAdmin: true });
    expect(
      (await listLeads({ ...deps, actor: admin, filter: { kind: 'search', text: '100%_d' } })).total,
    ).toBe(1);
    expect((await listLeads({ ...deps, actor: admin, filter: { kind: 'search', text: 'acme' } })).total).toBe(
      1,
    );
  });

  it('another rep’s lead is "not found", exactly like a lead that does not exist', async () => {
    const theirs = await add(actor('U_B'), 'Private Co');
    await expect(
      getLeadCardData({ ...deps, ...cardRepos(), actor: actor('U_A'), leadId: theirs.id }),
    ).rejects.toMatchObject({
      code: 'lead_not_found',
    });
    await expect(
      getLeadCardData({ ...deps, ...cardRepos(), actor: actor('U_A'), leadId: 999_999 }),
    ).rejects.toMatchObject({
      code: 'lead_not_found',
    });
    const card = await getLeadCardData({ ...deps, ...cardRepos(), actor: actor('U_B'), leadId: theirs.id });
    expect(card.activities.map((a) => a.kind)).toEqual(['created']);
  });

  it('stale lists open leads with no activity for a week', async () => {
    // Five days after the fixture's leads were made on the pinned clock (within the 7-day threshold), with one
    // lead untouched for a month: only that one is stale. Nothing reads the wall clock, so any date gives the same.
    const stale = await add(actor('U_A'), 'Dusty Inc');
    deps.clock.set(new Date('2026-12-02T02:00:00Z'));
    const monthAgo = new Date('2026-11-02T02:00:00Z');
    await database.db.execute(sql`update leads set last_activity_at = ${monthAgo} where id = ${stale.id}`);
    const fresh = await add(actor('U_A'), 'Fresh Co');
    const result = await listLeads({ ...deps, actor: actor('U_A'), filter: { kind: 'stale' } });
    expect(result.leads.map((lead) => lead.companyName)).toEqual(['Dusty Inc']);
    expect(result.leads.map((lead) => lead.id)).not.toContain(fresh.id);
  });
});
