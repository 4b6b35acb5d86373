import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commissionStatement } from '../../../src/features/ledger/commission.usecases.js';
import { updateFinancePolicy } from '../../../src/features/ledger/finance-settings.usecases.js';
import type { Contract } from '../../../src/features/ledger/ledger.types.js';
import { recordPayment } from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

/**
 * The hold-back policy (抵扣提成) on the real migrations. Two contracts approved 2026-01-05 (Shanghai) with the
 * default schedule: ¥30,000 upfront due 2026-01-12, the ¥70,000 balance due 2026-02-04. The plan pays 3 %.
 */
describe.each(DRIVERS)('commission held back while money is overdue (%s)', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;
  let team: Team;
  let a: Contract;
  let b: Contract;
  const as = (userId: string) => ({ ...deps, actor: actor(userId), team });
  const at = (iso: string) => deps.clock.set(new Date(iso));
  const pay = (contract: Contract, amount: string) =>
    recordPayment({ ...as('U_FIN'), ref: { kind: 'id', contractId: contract.id }, amount });
  const statement = (month: string) => commissionStatement({ ...as('U_REP'), month });
  const policy = (holdDays: string, expectedVersion: number) =>
    updateFinancePolicy({
      ...as('U_ADMIN'),
      expectedVersion,
      form: { invoiceThresholdPercent: '60', overdueManagerDays: '7', commissionHoldDays: holdDays },
    });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database, new Date('2026-01-05T02:00:00Z'));
    team = await seedTeam(deps);
    const plan = { baseRateBp: 300, tiers: [], lateCutoffDays: null, currency: null };
    await deps.financeSettings.savePlan(team.teamId, plan, 0, 'U_ADMIN', deps.clock.now());
    a = await approvedContract(deps, team, { amount: '100000', company: 'Alpha 有限公司' });
    b = await approvedContract(deps, team, { amount: '100000', company: 'Beta 有限公司' });
    at('2026-01-10T02:00:00Z');
    await pay(a, '30000');
    await pay(b, '30000');
    // March 10: part of each balance, which has been overdue since 2026-02-04.
    at('2026-03-10T02:00:00Z');
    await pay(a, '10000');
    await pay(b, '10000');
    // April 15: A's balance is paid in full; B pays a little more and stays overdue.
    at('2026-04-15T02:00:00Z');
    await pay(a, '60000');
    await pay(b, '10000');
    // May 20: B's balance is paid.
    at('2026-05-20T02:00:00Z');
    await pay(b, '50000');
    at('2026-06-02T02:00:00Z');
  });
  afterAll(() => database?.destroy());

  const byContract = (lines: Awaited<ReturnType<typeof statement>>['lines']) =>
    lines.map((line) => [
      line.contractNumber,
      line.commissionMinor,
      line.heldMinor,
      line.releasedMinor,
      line.payableMinor,
    ]);

  it('with the policy off (the default) nothing is held back', async () => {
    const march = await statement('2026-03');
    expect(march.hold).toBeNull();
    expect(byContract(march.lines)).toEqual([
      [a.number, 30_000, 0, 0, 30_000],
      [b.number, 30_000, 0, 0, 30_000],
    ]);
  });

  it('an admin sets 30 days; empty, zero and words are refused with the next step', async () => {
    expect(await policy('0', 0)).toEqual({
      ok: false,
      errors: { commissionHoldDays: 'commission.form.error.holdDays' },
    });
    expect(await policy('thirty', 0)).toMatchObject({ ok: false });
    const saved = await policy('30', 0);
    expect(saved).toMatchObject({ ok: true, value: { commissionHoldDays: 30 } });
  });

  it('money overdue more than 30 days at the cut-off holds that contract’s commission, with the reason', async () => {
    const jan = await statement('2026-01');
    expect(byContract(jan.lines)).toEqual([
      [a.number, 90_000, 0, 0, 90_000],
      [b.number, 90_000, 0, 0, 90_000],
    ]);
    const march = await statement('2026-03');
    expect(march.hold).toEqual({ holdDays: 30, cutoff: '2026-03-31' });
    // On 2026-03-31 each balance has ¥60,000 open, 55 days past its due date.
    expect(march.lines.map((line) => [line.contractNumber, line.heldMinor, line.overdue])).toEqual([
      [a.number, 30_000, { overdueMinor: 6_000_000, daysOverdue: 55 }],
      [b.number, 30_000, { overdueMinor: 6_000_000, daysOverdue: 55 }],
    ]);
    expect(march.totals).toEqual([
      expect.objectContaining({
        commissionMinor: 60_000,
        heldMinor: 60_000,
        releasedMinor: 0,
        payableMinor: 0,
      }),
    ]);
  });

  it('the statement after the overdue money is collected releases what was held, and says since when', async () => {
    const april = await statement('2026-04');
    // A: paid in full in April — its April commission is paid and March's is released. B: still overdue.
    expect(byContract(april.lines)).toEqual([
      [a.number, 180_000, 0, 30_000, 210_000],
      [b.number, 30_000, 30_000, 0, 0],
    ]);
    expect(april.lines[0]?.heldSince).toBe('2026-03');
    const may = await statement('2026-05');
    // B: March's and April's held commission come back together with May's.
    expect(byContract(may.lines)).toEqual([[b.number, 150_000, 0, 60_000, 210_000]]);
    expect(may.lines[0]?.heldSince).toBe('2026-03');
    expect(byContract((await statement('2026-06')).lines)).toEqual([]);
  });

  it('a statement reads the same later: March still shows what March held', async () => {
    const march = await statement('2026-03');
    expect(march.totals[0]).toMatchObject({ heldMinor: 60_000, payableMinor: 0 });
  });

  it('over the months, everything held is released once and every statement adds up', async () => {
    let held = 0;
    let released = 0;
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']) {
      for (const total of (await statement(month)).totals) {
        expect(total.commissionMinor + total.releasedMinor).toBe(total.heldMinor + total.payableMinor);
        held += total.heldMinor;
        released += total.releasedMinor;
      }
      expect(released).toBeLessThanOrEqual(held);
    }
    expect(released).toBe(held);
    expect(held).toBe(90_000);
  });

  it('a rep asking about someone out of reach sees nothing held or released', async () => {
    const hidden = await commissionStatement({ ...as('U_REP2'), month: '2026-04', repUserId: 'U_REP' });
    expect(hidden.lines).toEqual([]);
    expect(hidden.totals).toEqual([]);
  });
});
