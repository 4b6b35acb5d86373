import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRevisitRepository,
  scheduleRevisits,
} from '../../../src/features/revisits/revisits.repository.js';
import { logRevisit } from '../../../src/features/revisits/revisits.usecases.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

const TEAM = 'T_REVISITS';
type Json = Record<string, unknown>;

describe.each(DRIVERS)('scheduling and logging revisits on real migrations (%s)', (driver) => {
  let database: TestDatabase;
  let sequence = 0;

  const rows = async (query: ReturnType<typeof sql>) =>
    ((await database.db.execute(query)) as unknown as { rows: Json[] }).rows;
  /** A contract delivered at `deliveredAt`, whose lead is filed under a customer of U_REP (unless `unfiled`). */
  async function deliveredContract(
    deliveredAt: string,
    options: { unfiled?: boolean } = {},
  ): Promise<number> {
    const n = ++sequence;
    const [lead] = await rows(sql`
      insert into leads (team_id, owner_user_id, created_by_user_id, company_name, contact_name, search_text)
      values (${TEAM}, 'U_REP', 'U_REP', ${`Customer ${n}`}, 'Li', '') returning id`);
    const [customer] = await rows(sql`
      insert into customers (team_id, name, owner_user_id) values (${TEAM}, ${`Customer ${n}`}, 'U_REP') returning id`);
    if (!options.unfiled)
      await database.db.execute(sql`update leads set customer_id = ${customer?.id} where id = ${lead?.id}`);
    const [contract] = await rows(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, approved_at, delivered_at)
      values (${TEAM}, ${`HT-2026-${n}`}, 2026, ${n}, ${lead?.id}, ${n}, 'U_REP', ${`Customer ${n}`}, 100000, 'CNY',
        3000, 'delivered', ${deliveredAt}::timestamptz, ${deliveredAt}::timestamptz)
      returning id`);
    return Number(contract?.id);
  }
  const schedule = (contractId: number) =>
    database.db.transaction((tx) => scheduleRevisits(tx, TEAM, contractId));
  const planned = async (contractId: number) =>
    (
      await rows(sql`
        select days_after_delivery, due_on::text as due_on from revisits
        where team_id = ${TEAM} and contract_id = ${contractId} order by days_after_delivery`)
    ).map((row) => `${Number(row.days_after_delivery)}:${String(row.due_on)}`);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const teams = createTeamRepository(database);
    await teams.ensureTeam(TEAM);
    await teams.updateTeam(TEAM, { timezone: 'America/Los_Angeles' });
  });
  afterAll(() => database?.destroy());

  it('a delivery schedules the default 7, 30 and 90 days from its date in the team’s zone, not UTC', async () => {
    // 03:00 UTC on 1 March is still 28 February in Los Angeles (2026 is no leap year).
    const contractId = await deliveredContract('2026-03-01T03:00:00Z');
    await schedule(contractId);
    expect(await planned(contractId)).toEqual(['7:2026-03-07', '30:2026-03-30', '90:2026-05-29']);
  });

  it('scheduling twice (a retried request) adds nothing', async () => {
    const contractId = await deliveredContract('2026-04-01T20:00:00Z');
    await schedule(contractId);
    await schedule(contractId);
    expect(await planned(contractId)).toEqual(['7:2026-04-08', '30:2026-05-01', '90:2026-06-30']);
  });

  it('follows the team’s policy: its own offsets, or none when it is off', async () => {
    const revisits = createRevisitRepository(database);
    const now = new Date('2026-05-01T00:00:00Z');
    await revisits.setDays(TEAM, [14], now);
    const fortnight = await deliveredContract('2026-05-04T18:00:00Z');
    await schedule(fortnight);
    expect(await planned(fortnight)).toEqual(['14:2026-05-18']);
    await revisits.setDays(TEAM, [], now);
    const none = await deliveredContract('2026-05-05T18:00:00Z');
    await schedule(none);
    expect(await planned(none)).toEqual([]);
    await database.db.execute(sql`delete from service_policies where team_id = ${TEAM}`);
  });

  it('a contract whose lead has no customer has nobody to revisit', async () => {
    const contractId = await deliveredContract('2026-06-01T18:00:00Z', { unfiled: true });
    await schedule(contractId);
    expect(await planned(contractId)).toEqual([]);
  });

  it('logging is conditional on the version: the second save of the same form changes nothing', async () => {
    const contractId = await deliveredContract('2026-07-01T18:00:00Z');
    await schedule(contractId);
    const revisits = createRevisitRepository(database);
    const [first] = await revisits.forContract(TEAM, contractId);
    if (!first) throw new Error('no revisit');
    const deps = {
      revisits,
      teams: createTeamRepository(database),
      clock: fixedClock(new Date('2026-07-08T02:00:00Z')),
      actor: {
        teamId: TEAM,
        userId: 'U_REP',
        role: 'rep' as const,
        isAdmin: false,
        locale: 'en' as const,
        timezone: 'UTC',
      },
      revisitId: first.id,
      expectedVersion: first.version,
    };
    const saved = await logRevisit({
      ...deps,
      input: { outcome: 'issue_found', note: 'Squeaks', startDeal: true },
    });
    // Starting a deal is kept for a new need only.
    expect(saved).toMatchObject({
      revisit: { outcome: 'issue_found', note: 'Squeaks', version: 2 },
      startDeal: false,
    });
    await expect(
      logRevisit({ ...deps, input: { outcome: 'satisfied', note: null, startDeal: false } }),
    ).rejects.toMatchObject({ code: 'revisit_already_logged', params: { user: { userId: 'U_REP' } } });
    expect((await revisits.findById(TEAM, first.id))?.outcome).toBe('issue_found');
    const due = await revisits.dueFor(TEAM, 'U_REP', '2026-07-31', 10);
    // Due by the 31st and not logged: the 30-day one of this contract (the 7-day one is logged).
    const mine = due.filter((revisit) => revisit.contractId === contractId);
    expect(mine.map((revisit) => revisit.daysAfterDelivery)).toEqual([30]);
  });
});
