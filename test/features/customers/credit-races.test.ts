import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerCredit } from '../../../src/features/customers/credit.usecases.js';
import { confirmPayment, recordPayment } from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { describePostgresOnly } from '../../helpers/postgres-only.js';
import { createTestDatabase, type Driver, type TestDatabase } from '../../helpers/test-db.js';
import { actor, seedTeam } from '../ledger/ledger-fixtures.js';
import { type CreditTestDeps, creditDeps, customerContract, newCustomer } from './credit-fixtures.js';

const START = new Date('2026-03-02T02:00:00Z');
// 100,000.00 with 30 % upfront due 2026-03-09: on 2026-03-20 the upfront is 11 days overdue.
const BEFORE = {
  worstOpenDaysOverdue: 11,
  money: [{ currency: 'CNY', outstandingMinor: 10_000_000, overdueMinor: 3_000_000 }],
};
const AFTER = {
  worstOpenDaysOverdue: 0,
  money: [{ currency: 'CNY', outstandingMinor: 7_000_000, overdueMinor: 0 }],
};

/** A customer whose overdue upfront the rep reported paid; finance has not confirmed it yet. */
async function reportedUpfront(deps: CreditTestDeps, team: Team, database: TestDatabase, n: number) {
  deps.clock.set(START);
  const customerId = await newCustomer(database, team.teamId, `Race ${n}`);
  const contract = await customerContract(deps, team, customerId, { amount: '100000', upfront: '30' });
  deps.clock.set(new Date('2026-03-20T02:00:00Z'));
  const reported = await recordPayment({
    ...deps,
    actor: actor('U_REP'),
    team,
    ref: { kind: 'number', number: contract.number },
    amount: '30000',
    // Paid on its due date: once confirmed, the history is clean.
    receivedOn: '2026-03-09',
  });
  const customer = await deps.customers.findById(team.teamId, customerId);
  if (!customer) throw new Error('no customer');
  return { customer, paymentId: reported.payment.id };
}

function suite(driver: Driver, concurrent: boolean) {
  let database: TestDatabase;
  let deps: CreditTestDeps;
  let team: Team;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = creditDeps(database, START);
    team = await seedTeam(deps);
  });
  afterAll(() => database?.destroy());

  it('a grade read while finance confirms the payment sees it wholly or not at all, and ends on the paid state', async () => {
    for (let n = 0; n < 3; n++) {
      const { customer, paymentId } = await reportedUpfront(deps, team, database, n);
      const grade = () => customerCredit({ ...deps, actor: actor('U_FIN'), customer });
      const confirm = () => confirmPayment({ ...deps, actor: actor('U_FIN'), team, paymentId });
      const reads = concurrent
        ? (await Promise.all([confirm(), ...Array.from({ length: 6 }, grade)])).slice(1)
        : [await grade(), (await confirm()) && (await grade())];
      for (const read of reads as Awaited<ReturnType<typeof grade>>[]) {
        const seen = { worstOpenDaysOverdue: read.history.worstOpenDaysOverdue, money: read.history.money };
        expect([BEFORE, AFTER]).toContainEqual(seen);
        expect(read.rating.grade).toBe(seen.worstOpenDaysOverdue ? 'D' : 'A');
      }
      const final = await grade();
      expect(final.history).toMatchObject(AFTER);
      expect(final.rating).toMatchObject({ grade: 'A', reason: { code: 'clean' } });
    }
  });
}

describe('credit grade and payment confirmation, one after the other (pglite)', () => suite('pglite', false));
describePostgresOnly('credit grade recomputed while a payment is confirmed', () => suite('postgres', true));
