import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerRepository } from '../../../src/features/customers/customers.repository.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createContractRepository } from '../../../src/features/ledger/contracts.repository.js';
import { createServiceRepository } from '../../../src/features/service/service.repository.js';
import { openServiceRequest } from '../../../src/features/service/service.usecases.js';
import { validateServiceCloseForm } from '../../../src/features/service/service-input.js';
import {
  closeServiceRequest,
  resolveServiceRequest,
  startServiceRequest,
} from '../../../src/features/service/service-states.usecases.js';
import { createServiceTransitions } from '../../../src/features/service/service-transitions.repository.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { describePostgresOnly } from '../../helpers/postgres-only.js';
import { createTestDatabase, DRIVERS, type Driver } from '../../helpers/test-db.js';

const NOW = new Date('2026-12-07T02:00:00Z');
const TEAM = 'T_SVC';
const who = (userId: string, role: Actor['role'] = 'rep'): Actor => ({
  teamId: TEAM,
  userId,
  role,
  isAdmin: role === 'admin',
  locale: 'en',
  timezone: 'Asia/Shanghai',
});
const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === 'fulfilled' ? 'ok' : ((r.reason as { code?: string }).code ?? String(r.reason));

async function setUp(driver: Driver) {
  const database = await createTestDatabase(driver);
  const deps = {
    service: createServiceRepository(database),
    serviceMoves: createServiceTransitions(database),
    customers: createCustomerRepository(database),
    contracts: createContractRepository(database),
    leads: createLeadRepository(database),
    teams: createTeamRepository(database),
    clock: fixedClock(NOW),
  };
  await deps.teams.ensureTeam(TEAM);
  const [row] = (
    (await database.db.execute(
      sql`insert into customers (team_id, name, owner_user_id) values (${TEAM}, 'Acme 宏达', 'U_REP') returning id`,
    )) as unknown as { rows: { id: number }[] }
  ).rows;
  const customerId = Number(row?.id);
  const open = (actor = who('U_REP')) =>
    openServiceRequest({
      ...deps,
      actor,
      customerId,
      contractId: null,
      input: { kind: 'fault', priority: 'urgent', description: 'The printer jams' },
    });
  return { database, deps, customerId, open };
}

describe.each(DRIVERS)('service requests (%s)', (driver) => {
  let ctx: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    ctx = await setUp(driver);
  });
  afterAll(() => ctx?.database.destroy());

  it('a new request goes to the customer’s rep, or to the team’s service owner once an admin names one', async () => {
    const first = await ctx.open();
    expect(first.request).toMatchObject({ status: 'open', ownerUserId: 'U_REP', customerName: 'Acme 宏达' });
    await ctx.deps.service.setServiceOwner(TEAM, 'U_SVC', NOW);
    const second = await ctx.open();
    expect(second.request.ownerUserId).toBe('U_SVC');
    await ctx.deps.service.setServiceOwner(TEAM, null, NOW);
    expect(await ctx.deps.service.auditKinds(TEAM, first.request.id)).toEqual([
      { kind: 'opened', actorUserId: 'U_REP' },
    ]);
  });

  it('a request moves open → in progress → resolved → closed, each move with its audit row', async () => {
    const { request } = await ctx.open();
    const started = await startServiceRequest({ ...ctx.deps, actor: who('U_REP'), requestId: request.id });
    expect(started.request.status).toBe('in_progress');
    const resolved = await resolveServiceRequest({
      ...ctx.deps,
      actor: who('U_REP'),
      requestId: request.id,
      resolution: 'Replaced the roller',
    });
    expect(resolved.request).toMatchObject({ status: 'resolved', resolution: 'Replaced the roller' });
    const closed = await closeServiceRequest({
      ...ctx.deps,
      actor: who('U_REP'),
      requestId: request.id,
      resolution: 'Replaced the roller; customer confirmed',
      satisfaction: 4,
    });
    expect(closed.request).toMatchObject({ status: 'closed', satisfaction: 4, closedByUserId: 'U_REP' });
    expect((await ctx.deps.service.auditKinds(TEAM, request.id)).map((e) => e.kind)).toEqual([
      'opened',
      'started',
      'resolved',
      'closed',
    ]);
    await expect(
      startServiceRequest({ ...ctx.deps, actor: who('U_REP'), requestId: request.id }),
    ).rejects.toMatchObject({ code: 'service_request_closed' });
  });

  it('the second of two people closing one request is told who closed it (one after the other)', async () => {
    const { request } = await ctx.open();
    await ctx.deps.teams.updateMember(TEAM, 'U_MGR', { role: 'manager' });
    await ctx.deps.teams.updateMember(TEAM, 'U_REP', { managerUserId: 'U_MGR' });
    const close = (actor: Actor) =>
      closeServiceRequest({
        ...ctx.deps,
        actor,
        requestId: request.id,
        resolution: 'Fixed',
        satisfaction: 5,
      });
    await close(who('U_REP'));
    const refused = await close(who('U_MGR', 'manager')).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'service_request_closed',
      params: { id: request.id, user: { userId: 'U_REP' } },
    });
    expect(
      (await ctx.deps.service.auditKinds(TEAM, request.id)).filter((e) => e.kind === 'closed'),
    ).toHaveLength(1);
  });

  it('a rep who does not see the customer cannot touch its requests', async () => {
    const { request } = await ctx.open();
    await expect(
      startServiceRequest({ ...ctx.deps, actor: who('U_STRANGER'), requestId: request.id }),
    ).rejects.toMatchObject({ code: 'service_request_not_found' });
  });
});

describePostgresOnly('service requests closed at the same moment', () => {
  let ctx: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    ctx = await setUp('postgres');
  });
  afterAll(() => ctx?.database.destroy());

  it('two people closing one request at once: one wins, the other is told who closed it', async () => {
    for (let round = 0; round < 5; round++) {
      const { request } = await ctx.open();
      const closers = [who('U_REP'), who('U_ADMIN', 'admin')];
      const results = await Promise.allSettled(
        closers.map((actor) =>
          closeServiceRequest({
            ...ctx.deps,
            actor,
            requestId: request.id,
            resolution: 'Fixed',
            satisfaction: 3,
          }),
        ),
      );
      expect(results.map(codeOf).sort()).toEqual(['ok', 'service_request_closed']);
      const winner = await ctx.deps.service.findById(TEAM, request.id);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason).toMatchObject({ params: { user: { userId: winner?.closedByUserId } } });
      const audit = await ctx.deps.service.auditKinds(TEAM, request.id);
      expect(audit.filter((e) => e.kind === 'closed')).toEqual([
        { kind: 'closed', actorUserId: winner?.closedByUserId },
      ]);
    }
  });
});

describePostgresOnly('service requests resolved at the same moment', () => {
  let ctx: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    ctx = await setUp('postgres');
  });
  afterAll(() => ctx?.database.destroy());

  it('two people resolving one request at once: one wins, the other is told who resolved it and to close it', async () => {
    for (let round = 0; round < 5; round++) {
      const { request } = await ctx.open();
      const resolvers = [who('U_REP'), who('U_ADMIN', 'admin')];
      const results = await Promise.allSettled(
        resolvers.map((actor) =>
          resolveServiceRequest({
            ...ctx.deps,
            actor,
            requestId: request.id,
            resolution: `by ${actor.userId}`,
          }),
        ),
      );
      expect(results.map(codeOf).sort()).toEqual(['ok', 'service_request_resolved']);
      const winner = await ctx.deps.service.findById(TEAM, request.id);
      expect(winner?.resolution).toBe(`by ${winner?.resolvedByUserId}`);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason).toMatchObject({
        messageKey: 'service.error.alreadyResolved',
        params: { user: { userId: winner?.resolvedByUserId } },
      });
      const audit = await ctx.deps.service.auditKinds(TEAM, request.id);
      expect(audit.filter((e) => e.kind === 'resolved')).toHaveLength(1);
    }
  });
});

describe('the close form', () => {
  it('needs what was done and a satisfaction from 1 to 5', () => {
    expect(
      validateServiceCloseForm({ resolution: ' ', satisfaction: '7' }, { needsSatisfaction: true }),
    ).toEqual({
      ok: false,
      errors: {
        resolution: 'service.close.error.resolution',
        satisfaction: 'service.close.error.satisfaction',
      },
    });
    expect(
      validateServiceCloseForm({ resolution: 'Fixed', satisfaction: '5' }, { needsSatisfaction: true }),
    ).toEqual({ ok: true, resolution: 'Fixed', satisfaction: 5 });
    expect(
      validateServiceCloseForm({ resolution: 'Fixed', satisfaction: null }, { needsSatisfaction: false }),
    ).toEqual({ ok: true, resolution: 'Fixed', satisfaction: null });
  });
});
