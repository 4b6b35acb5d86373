import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadDuplicateRepository } from '../../../src/features/leads/lead-duplicates.repository.js';
import {
  createLeadUnlessDuplicate,
  duplicatesVisibleTo,
  findDuplicateLeads,
} from '../../../src/features/leads/lead-duplicates.usecases.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createLead } from '../../../src/features/leads/leads.usecases.js';
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

describe.each(DRIVERS)('duplicate leads (%s)', (driver) => {
  let database: TestDatabase;
  let deps: {
    leads: ReturnType<typeof createLeadRepository>;
    teams: ReturnType<typeof createTeamRepository>;
    leadDuplicates: ReturnType<typeof createLeadDuplicateRepository>;
    clock: ReturnType<typeof fixedClock>;
  };
  const ids: Record<string, number> = {};
  const add = async (owner: Actor, companyName: string, extra: Record<string, string> = {}) => {
    const result = await createLead({
      ...deps,
      actor: owner,
      form: { companyName, contactName: 'Someone', ...extra },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    ids[companyName] = result.lead.id;
  };
  const find = (candidate: { companyName: string; phone?: string; email?: string }, teamId = 'T1') =>
    findDuplicateLeads({
      ...deps,
      teamId,
      candidate: { phone: null, email: null, ...candidate },
    }).then(({ matches }) => matches.map((match) => [match.companyName, match.reasons]));

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = {
      leads: createLeadRepository(database),
      teams: createTeamRepository(database),
      leadDuplicates: createLeadDuplicateRepository(database),
      clock: fixedClock(new Date('2026-11-27T02:00:00Z')),
    };
    await deps.teams.updateMember('T1', 'U_A', { managerUserId: 'U_M' });
    await deps.teams.updateMember('T1', 'U_M', { role: 'manager' });
    await add(actor('U_A'), '上海宏达制造股份有限公司', { phone: '+86 139 0000 1234' });
    await add(actor('U_A'), 'Contoso, Ltd.', { email: 'Bob@Contoso.example' });
    await add(actor('U_B'), 'Fabrikam Trading', { phone: '0571 8888 0001' });
    await add(actor('U_B', { teamId: 'T2' }), 'Other Team Co', {
      phone: '13800138000',
      email: 'x@other.example',
    });
  });
  afterAll(() => database?.destroy());

  it('the same phone written another way is a duplicate', async () => {
    expect(await find({ companyName: 'Someone Else', phone: '13900001234' })).toEqual([
      ['上海宏达制造股份有限公司', ['phone']],
    ]);
    expect(await find({ companyName: 'Someone Else', phone: '+86 571-8888-0001' })).toEqual([
      ['Fabrikam Trading', ['phone']],
    ]);
  });

  it('the same email in another case is a duplicate', async () => {
    expect(await find({ companyName: 'Unrelated', email: ' bob@contoso.EXAMPLE ' })).toEqual([
      ['Contoso, Ltd.', ['email']],
    ]);
  });

  it('a very similar company name is a duplicate, a merely related one is not', async () => {
    expect(await find({ companyName: 'CONTOSO' })).toEqual([['Contoso, Ltd.', ['company']]]);
    expect(await find({ companyName: '上海宏达制造有限公司' })).toEqual([
      ['上海宏达制造股份有限公司', ['company']],
    ]);
    expect(await find({ companyName: 'Fabrikam Trading Co' })).toEqual([['Fabrikam Trading', ['company']]]);
    expect(await find({ companyName: '北京宏达物流' })).toEqual([]);
    expect(await find({ companyName: 'Contoso Pharmaceuticals International' })).toEqual([]);
    // Names that differ only in their numbers are different customers.
    expect(await find({ companyName: 'Fabrikam Trading 2' })).toEqual([]);
  });

  it('exact matches come before similar names, and every reason is given', async () => {
    expect(
      await find({ companyName: 'Contoso Ltd', phone: '0571 8888 0001', email: 'bob@contoso.example' }),
    ).toEqual([
      ['Contoso, Ltd.', ['email', 'company']],
      ['Fabrikam Trading', ['phone']],
    ]);
  });

  it('another team’s leads are never matched', async () => {
    expect(
      await find({ companyName: 'Other Team Co', phone: '13800138000', email: 'x@other.example' }),
    ).toEqual([]);
    expect(await find({ companyName: 'Contoso' }, 'T2')).toEqual([]);
  });

  it('a rep learns whose lead it is but not the lead; the owner’s manager sees the lead', async () => {
    const candidate = { companyName: 'New', phone: '139 0000 1234', email: null };
    expect((await duplicatesVisibleTo({ ...deps, actor: actor('U_B'), candidate })).duplicates).toEqual([
      { visible: false, ownerUserId: 'U_A', reasons: ['phone'] },
    ]);
    const seen = await duplicatesVisibleTo({ ...deps, actor: actor('U_M', { role: 'manager' }), candidate });
    expect(seen.duplicates).toEqual([
      {
        visible: true,
        match: expect.objectContaining({ leadId: ids.上海宏达制造股份有限公司, ownerUserId: 'U_A' }),
      },
    ]);
  });

  it('the new-lead form creates nothing for a likely duplicate until the rep confirms it is another customer', async () => {
    const save = (
      confirmedNotDuplicate: boolean,
      form = { companyName: 'Contoso Ltd', contactName: 'Eve' },
    ) => createLeadUnlessDuplicate({ ...deps, actor: actor('U_B'), form, confirmedNotDuplicate });
    const refused = await save(false);
    expect(refused).toEqual({
      ok: false,
      duplicates: [{ visible: false, ownerUserId: 'U_A', reasons: ['company'] }],
    });
    expect((await find({ companyName: 'Contoso' })).length).toBe(1);
    const created = await save(true);
    expect(created.ok).toBe(true);
    expect((await find({ companyName: 'Contoso' })).length).toBe(2);
    // Field errors come first, exactly as the form's own validation says them.
    expect(await save(false, { companyName: '', contactName: 'Eve' })).toEqual({
      ok: false,
      errors: { companyName: 'leads.error.required' },
    });
    // Nothing like it: created straight away.
    expect((await save(false, { companyName: 'Brand New Name', contactName: 'Eve' })).ok).toBe(true);
  });
});
