import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPayment, reversePayment } from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

/**
 * A reversal is booked in the month it happens, in the team's zone (Asia/Shanghai, UTC+8): the month the
 * payment accrued keeps its commission, the later month carries the negative entry. Each case confirms one
 * minute before the team's midnight at a month's (or year's) end and reverses two minutes later.
 */
describe.each(DRIVERS)('a reversal in a later month (%s)', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;
  let team: Team;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database, new Date('2026-03-02T02:00:00Z'));
    team = await seedTeam(deps);
    const plan = { baseRateBp: 300, tiers: [], lateCutoffDays: null, currency: null };
    await deps.financeSettings.savePlan(team.teamId, plan, 0, 'U_ADMIN', deps.clock.now());
  });
  afterAll(() => database?.destroy());

  const as = (userId: string) => ({ ...deps, actor: actor(userId), team });
  const commissionIn = async (month: string) =>
    (await deps.ledgerReports.statementTotals(team.teamId, month, 'all')).map((row) => [
      row.repUserId,
      row.collectedMinor,
      row.commissionMinor,
    ]);

  it.each([
    ['a month', '2026-03-31T15:59:00Z', '2026-03', '2026-04'],
    ['a year', '2026-12-31T15:59:00Z', '2026-12', '2027-01'],
  ])(
    'across %s end: confirmed at %s (23:59 in Shanghai), reversed two minutes later',
    async (_what, confirmedAt, accrued, reversed) => {
      deps.clock.set(new Date(confirmedAt));
      const contract = await approvedContract(deps, team, {
        amount: '100000',
        company: `Reversal ${accrued}`,
      });
      const ref = { kind: 'id' as const, contractId: contract.id };
      const paid = await recordPayment({ ...as('U_FIN'), ref, amount: '10000' });
      // The plan: 3 % of ¥10,000.
      expect(await commissionIn(accrued)).toEqual([['U_REP', 1_000_000, 30_000]]);
      expect(await commissionIn(reversed)).toEqual([]);

      deps.clock.advance(2 * 60_000);
      await reversePayment({ ...as('U_FIN'), paymentId: paid.payment.id, reason: 'bank returned it' });

      expect(await commissionIn(accrued)).toEqual([['U_REP', 1_000_000, 30_000]]);
      expect(await commissionIn(reversed)).toEqual([['U_REP', -1_000_000, -30_000]]);
    },
  );
});
