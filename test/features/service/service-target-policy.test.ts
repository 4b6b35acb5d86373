import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerRepository } from '../../../src/features/customers/customers.repository.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createContractRepository } from '../../../src/features/ledger/contracts.repository.js';
import { createServiceRepository } from '../../../src/features/service/service.repository.js';
import { openServiceRequest } from '../../../src/features/service/service.usecases.js';
import {
  serviceTargetPolicy,
  setServiceOwner,
  setServiceTarget,
} from '../../../src/features/service/service-settings.usecases.js';
import { createServiceTransitions } from '../../../src/features/service/service-transitions.repository.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

/** Monday 2026-12-07, 10:00 in Shanghai. */
const MONDAY_10 = new Date('2026-12-07T02:00:00Z');
const TEAM = 'T_SVC_TARGETS';
const who = (userId: string, role: Actor['role'] = 'rep'): Actor => ({
  teamId: TEAM,
  userId,
  role,
  isAdmin: role === 'admin',
  locale: 'en',
  timezone: 'Asia/Shanghai',
});
const ADMIN = who('U_ADMIN', 'admin');

function makeDeps(database: TestDatabase) {
  return {
    service: createServiceRepository(database),
    serviceMoves: createServiceTransitions(database),
    customers: createCustomerRepository(database),
    contracts: createContractRepository(database),
    leads: createLeadRepository(database),
    teams: createTeamRepository(database),
    clock: fixedClock(MONDAY_10),
  };
}

describe.each(DRIVERS)('the service targets as a team policy (%s)', (driver) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof makeDeps>;
  let customerId: number;
  const open = (priority: 'urgent' | 'high') =>
    openServiceRequest({
      ...deps,
      actor: who('U_REP'),
      customerId,
      contractId: null,
      input: { kind: 'fault', priority, description: 'The printer jams' },
    });
  const set = (text: string, actor = ADMIN) => setServiceTarget({ ...deps, actor, text });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = makeDeps(database);
    await deps.teams.ensureTeam(TEAM);
    await deps.teams.updateTeam(TEAM, { timezone: 'Asia/Shanghai' });
    const [row] = (
      (await database.db.execute(
        sql`insert into customers (team_id, name, owner_user_id) values (${TEAM}, 'Acme', 'U_REP') returning id`,
      )) as unknown as { rows: { id: number }[] }
    ).rows;
    customerId = Number(row?.id);
  });
  afterAll(() => database?.destroy());

  it('a P1 request opened after an admin sets P1 to 1h/4h is due by those; one opened before keeps its due times', async () => {
    const before = await open('urgent');
    expect(before.request.responseDueAt?.toISOString()).toBe('2026-12-07T04:00:00.000Z'); // 12:00, the default 2 h

    const { change } = await set('P1 1h 4h');
    expect(change).toEqual({ kind: 'set', priority: 'urgent', responseHours: 1, resolutionHours: 4 });
    const after = await open('urgent');
    expect(after.request.responseDueAt?.toISOString()).toBe('2026-12-07T03:00:00.000Z'); // 11:00
    expect(after.request.resolutionDueAt?.toISOString()).toBe('2026-12-07T06:00:00.000Z'); // 14:00

    const [kept] = (
      (await database.db.execute(
        sql`select response_due_at from service_requests where team_id = ${TEAM} and id = ${before.request.id}`,
      )) as unknown as { rows: { response_due_at: Date | string }[] }
    ).rows;
    expect(new Date(kept?.response_due_at ?? 0).toISOString()).toBe('2026-12-07T04:00:00.000Z');
  });

  it('two admins setting two priorities at once both keep theirs, and the service owner stays', async () => {
    await setServiceOwner({ ...deps, actor: ADMIN, userId: 'U_SVC' });
    await Promise.all([set('P2 3h 1d'), set('P4 1d 20d'), set('P1 2h 2d')]);
    const targets = await serviceTargetPolicy({ ...deps, actor: who('U_REP') });
    expect(targets).toEqual([
      { priority: 'urgent', responseHours: 2, resolutionHours: 18 },
      { priority: 'high', responseHours: 3, resolutionHours: 9 },
      { priority: 'normal', responseHours: 9, resolutionHours: 45 },
      { priority: 'low', responseHours: 9, resolutionHours: 180 },
    ]);
    expect((await deps.service.policy(TEAM)).serviceOwnerUserId).toBe('U_SVC');
    const high = await open('high');
    expect(high.request.responseDueAt?.toISOString()).toBe('2026-12-07T05:00:00.000Z'); // 13:00
  });

  it('reset restores the defaults for new requests', async () => {
    await set('reset');
    const targets = await serviceTargetPolicy({ ...deps, actor: who('U_REP') });
    expect(targets.map((t) => [t.responseHours, t.resolutionHours])).toEqual([
      [2, 9],
      [4, 18],
      [9, 45],
      [18, 90],
    ]);
    const next = await open('urgent');
    expect(next.request.responseDueAt?.toISOString()).toBe('2026-12-07T04:00:00.000Z');
  });

  it('a rep may not change the targets, and an admin’s malformed change is answered with the usage; neither is stored', async () => {
    await expect(set('P1 1h 2h', who('U_REP'))).rejects.toMatchObject({ code: 'team_not_admin' });
    await expect(set('P1 3h 2h')).rejects.toMatchObject({
      code: 'service_target_argument',
      messageKey: 'service.targets.usage',
    });
    expect((await deps.service.policy(TEAM)).targets).toEqual(
      (await createServiceRepository(database).policy('T_NOBODY')).targets,
    );
  });
});
