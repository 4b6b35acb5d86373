import { describe, expect, it } from 'vitest';
import { commissionFor, eligibleBasis } from '../../../src/features/ledger/commission.js';
import {
  allocate,
  defaultSchedule,
  validateSchedule,
} from '../../../src/features/ledger/contract-schedule.js';

const plan = { baseRateBp: 300, tiers: [{ fromMinor: 5_000_000, rateBp: 500 }] };

describe('commission', () => {
  it('tiers are marginal: only the part of the month above the tier earns its rate', () => {
    const computed = commissionFor({
      plan,
      planCurrency: 'CNY',
      currency: 'CNY',
      monthBasisBefore: 4_000_000,
      basisMinor: 2_000_000,
    });
    // ¥10,000 at 3 % and ¥10,000 at 5 %.
    expect(computed.commissionMinor).toBe(30_000 + 50_000);
    expect(computed.bands).toEqual([
      { fromMinor: 4_000_000, toMinor: 5_000_000, rateBp: 300 },
      { fromMinor: 5_000_000, toMinor: 6_000_000, rateBp: 500 },
    ]);
  });

  it('money in another currency than the plan’s earns the base rate, whatever the month’s total', () => {
    const computed = commissionFor({
      plan,
      planCurrency: 'CNY',
      currency: 'USD',
      monthBasisBefore: 9_000_000,
      basisMinor: 100_000,
    });
    expect(computed.commissionMinor).toBe(3000);
  });

  it('rounds half up once per payment, in integers', () => {
    expect(
      commissionFor({ plan, planCurrency: 'CNY', currency: 'CNY', monthBasisBefore: 0, basisMinor: 50 })
        .commissionMinor,
    ).toBe(2);
    expect(
      commissionFor({ plan, planCurrency: 'CNY', currency: 'CNY', monthBasisBefore: 0, basisMinor: 49 })
        .commissionMinor,
    ).toBe(1);
  });

  it('money collected more than N days after its installment was due earns nothing; N days exactly still earns', () => {
    const allocations = [
      { amountMinor: 100, daysLate: 10 },
      { amountMinor: 200, daysLate: 11 },
      { amountMinor: 400, daysLate: -3 },
    ];
    expect(eligibleBasis(allocations, 10)).toBe(500);
    expect(eligibleBasis(allocations, null)).toBe(700);
  });
});

describe('payment schedules', () => {
  it('a new contract owes its upfront share a week after approval and the rest on the delivery date', () => {
    expect(
      defaultSchedule({
        amountMinor: 10_000_001,
        upfrontBp: 3000,
        approvedOn: '2026-03-02',
        deliveryDate: '2026-05-01',
      }),
    ).toEqual([
      { seq: 1, dueOn: '2026-03-09', amountMinor: 3_000_000, isUpfront: true },
      { seq: 2, dueOn: '2026-05-01', amountMinor: 7_000_001, isUpfront: false },
    ]);
    expect(
      defaultSchedule({ amountMinor: 500, upfrontBp: 0, approvedOn: '2026-03-02', deliveryDate: null }),
    ).toEqual([{ seq: 1, dueOn: '2026-04-01', amountMinor: 500, isUpfront: false }]);
  });

  it('an adjusted schedule must add up to the contract amount exactly, with dates in order', () => {
    const check = (rows: { dueOn: string; amountMinor: number | null }[]) =>
      validateSchedule({ amountMinor: 1000, upfrontBp: 3000, rows });
    expect(
      check([
        { dueOn: '2026-03-01', amountMinor: 300 },
        { dueOn: '2026-04-01', amountMinor: 700 },
      ]),
    ).toMatchObject({ ok: true });
    expect(
      check([
        { dueOn: '2026-03-01', amountMinor: 300 },
        { dueOn: '2026-04-01', amountMinor: 600 },
      ]),
    ).toEqual({ ok: false, problem: 'sum' });
    expect(
      check([
        { dueOn: '2026-04-01', amountMinor: 300 },
        { dueOn: '2026-03-01', amountMinor: 700 },
      ]),
    ).toEqual({ ok: false, problem: 'order', row: 2 });
    expect(check([{ dueOn: '2026-02-30', amountMinor: 1000 }])).toEqual({
      ok: false,
      problem: 'date',
      row: 1,
    });
    expect(check([])).toEqual({ ok: false, problem: 'empty' });
  });

  it('a payment fills the oldest open installment first and records how late each part was', () => {
    const installments = [
      { id: 1, seq: 1, dueOn: '2026-03-09', amountMinor: 300, collectedMinor: 100 },
      { id: 2, seq: 2, dueOn: '2026-05-01', amountMinor: 700, collectedMinor: 0 },
    ];
    expect(allocate(installments, 500, '2026-03-19')).toEqual({
      allocations: [
        { installmentId: 1, amountMinor: 200, daysLate: 10 },
        { installmentId: 2, amountMinor: 300, daysLate: -43 },
      ],
      rest: 0,
    });
  });
});
