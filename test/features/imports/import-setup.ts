import { readFileSync } from 'node:fs';
import { createCustomerImportRepository } from '../../../src/features/customers/customer-import.repository.js';
import { createImportRepository } from '../../../src/features/imports/imports.repository.js';
import type { OwnerDirectory } from '../../../src/features/imports/owner-matching.js';
import { createLeadDuplicateRepository } from '../../../src/features/leads/lead-duplicates.repository.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createPriceListRepository } from '../../../src/features/products/price-lists.repository.js';
import { createProductRepository } from '../../../src/features/products/products.repository.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor, Role } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import type { TestDatabase } from '../../helpers/test-db.js';

export const FIXTURES = 'test/fixtures/imports';

export const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(`${FIXTURES}/${name}`)),
});

export const actor = (
  teamId: string,
  userId: string,
  role: Role = 'rep',
  locale: Actor['locale'] = 'en',
): Actor => ({
  teamId,
  userId,
  role,
  isAdmin: role === 'admin',
  locale,
  timezone: 'Asia/Shanghai',
});

/** Slack's users.lookupByEmail, as the tests' workspace answers it. */
export const directory = (emails: Record<string, string> = {}): OwnerDirectory => ({
  userIdByEmail: async (email) => emails[email],
});

export function importDeps(database: TestDatabase) {
  return {
    imports: createImportRepository(database),
    leadDuplicates: createLeadDuplicateRepository(database),
    customerImports: createCustomerImportRepository(database),
    leads: createLeadRepository(database),
    products: createProductRepository(database),
    priceLists: createPriceListRepository(database),
    teams: createTeamRepository(database),
    clock: fixedClock(new Date('2026-11-27T02:00:00Z')),
  };
}

/**
 * A team as the fixtures expect it: manager U_MGR with reps Wang Fang (U_WANG, "Wang Fang") and 王芳 (U_FANG),
 * another rep U_OTHER who already has the lead with phone 0571 8888 0001 that row 8 of every fixture repeats.
 */
export async function seedTeam(deps: ReturnType<typeof importDeps>, teamId: string): Promise<void> {
  await deps.teams.ensureTeam(teamId);
  await deps.teams.updateMember(teamId, 'U_MGR', { role: 'manager' });
  for (const [userId, name] of [
    ['U_WANG', 'Wang Fang'],
    ['U_FANG', '王芳'],
    ['U_OTHER', 'Other Rep'],
  ] as const) {
    await deps.teams.saveProfile(
      teamId,
      userId,
      { displayName: name, locale: null, timezone: null, isWorkspaceAdmin: false },
      deps.clock.now(),
    );
    if (userId !== 'U_OTHER') await deps.teams.updateMember(teamId, userId, { managerUserId: 'U_MGR' });
  }
  await deps.leads.create(
    teamId,
    'U_OTHER',
    {
      kind: 'company',
      companyName: 'Existing Customer',
      contactName: 'Old Contact',
      contactTitle: null,
      phone: '+86 571 8888 0001',
      email: null,
      industry: null,
      companySize: null,
      source: null,
      estimatedValue: null,
      currency: null,
      expectedCloseDate: null,
      intent: null,
      nextFollowUpOn: null,
      notes: null,
    },
    { actorUserId: 'U_OTHER', kind: 'created' },
  );
}
