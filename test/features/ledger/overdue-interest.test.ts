import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePolicyForm } from '../../../src/features/ledger/ledger-input.js';
import { INTEREST_DIVISOR, overdueInterestMinor } from '../../../src/features/ledger/overdue-interest.js';

const interest = (overdueMinor: number, annualBp: number | null, daysOverdue: number) =>
  overdueInterestMinor({ overdueMinor, annualBp, daysOverdue });

describe('interest on overdue money (计息): overdue × annual rate × days ÷ 365, half up to the minor unit', () => {
  it('¥100,000.00 overdue 73 days at 5 % a year is ¥1,000.00 (a fifth of a year)', () => {
    expect(interest(10_000_000, 500, 73)).toBe(100_000);
  });

  it('¥10,000.00 one day overdue at 18.25 % a year (万分之五 a day) is ¥5.00', () => {
    expect(interest(1_000_000, 1825, 1)).toBe(500);
  });

  it('half a fen rounds up, just under half rounds down', () => {
    // 1 × 1825 × 1000 / 3,650,000 = 0.5 exactly → 1; 1 × 1824 × 1000 / 3,650,000 = 0.4997… → 0.
    expect(interest(1, 1825, 1000)).toBe(1);
    expect(interest(1, 1824, 1000)).toBe(0);
    // 3 × 500 × 1217 / 3,650,000 = 0.50013… → 1; 3 × 500 × 1216 / 3,650,000 = 0.49972… → 0.
    expect(interest(3, 500, 1217)).toBe(1);
    expect(interest(3, 500, 1216)).toBe(0);
  });

  it('stays exact where minor units × basis points × days pass 2^53', () => {
    // ¥90,000,000,000.00 × 100 % × 3,650 days: ten years at 100 % is ten times the money.
    expect(interest(9_000_000_000_000, 10_000, 3650)).toBe(90_000_000_000_000);
  });

  it('is zero when the policy is off, nothing is owed or nothing is late', () => {
    expect(interest(10_000_000, null, 400)).toBe(0);
    expect(interest(10_000_000, 0, 400)).toBe(0);
    expect(interest(0, 500, 400)).toBe(0);
    expect(interest(10_000_000, 500, 0)).toBe(0);
  });

  it('is never negative, zero when off, never more than half a minor unit from the exact amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000_000_000 }),
        fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
        fc.integer({ min: -10, max: 5_000 }),
        (overdue, bp, days) => {
          const value = interest(overdue, bp, days);
          expect(Number.isSafeInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          if (bp === null) expect(value).toBe(0);
          if (bp !== null && bp > 0 && overdue > 0 && days > 0) {
            // |value − exact| ≤ ½, checked in integers: |2·value·D − 2·exact·D| ≤ D.
            const exactTimesD = BigInt(overdue) * BigInt(bp) * BigInt(days);
            const gap = 2n * BigInt(value) * BigInt(INTEREST_DIVISOR) - 2n * exactTimesD;
            expect(gap <= BigInt(INTEREST_DIVISOR) && gap > -BigInt(INTEREST_DIVISOR)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('the finance policy form’s interest field', () => {
  const base = { invoiceThresholdPercent: '60', overdueManagerDays: '7' };

  it('is off (null) by default, when empty and at 0', () => {
    for (const overdueInterestPercent of [undefined, '', '0'])
      expect(validatePolicyForm({ ...base, overdueInterestPercent }, 'CNY')).toMatchObject({
        ok: true,
        value: { overdueInterestBp: null },
      });
  });

  it('reads an annual percent with up to two decimals as basis points a year', () => {
    expect(validatePolicyForm({ ...base, overdueInterestPercent: '18.25' }, 'CNY')).toMatchObject({
      ok: true,
      value: { overdueInterestBp: 1825 },
    });
    expect(validatePolicyForm({ ...base, overdueInterestPercent: '5%' }, 'CNY')).toMatchObject({
      ok: true,
      value: { overdueInterestBp: 500 },
    });
  });

  it('refuses a rate that is not a percent of at most 100', () => {
    for (const overdueInterestPercent of ['-1', '101', 'five', '0.001'])
      expect(validatePolicyForm({ ...base, overdueInterestPercent }, 'CNY')).toMatchObject({
        ok: false,
        errors: { overdueInterestPercent: 'ledger.form.error.percent' },
      });
  });
});
