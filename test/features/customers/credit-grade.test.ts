import { describe, expect, it } from 'vitest';
import { type CreditHistory, rateCredit } from '../../../src/features/customers/credit-grade.js';

const history = (over: Partial<CreditHistory> = {}): CreditHistory => ({
  settledInstallments: 10,
  onTimeInstallments: 10,
  worstOpenDaysOverdue: 0,
  worstPastDaysLate: 0,
  money: [{ currency: 'CNY', outstandingMinor: 1_000_000, overdueMinor: 0 }],
  ...over,
});

describe('the credit grade', () => {
  it('a customer with no instalment due yet is unrated, not A', () => {
    const rating = rateCredit(history({ settledInstallments: 0, onTimeInstallments: 0 }));
    expect(rating.grade).toBeNull();
    expect(rating.reason.code).toBe('no_history');
  });

  it('every instalment paid on time and nothing overdue is A', () => {
    expect(rateCredit(history())).toMatchObject({
      grade: 'A',
      reason: { code: 'clean', onTimePercent: 100 },
    });
  });

  it('any money open past due makes it B at best; more than 30 days C; more than 90 days D', () => {
    const open = (days: number) =>
      rateCredit(
        history({
          worstOpenDaysOverdue: days,
          money: [{ currency: 'CNY', outstandingMinor: 1_000_000, overdueMinor: 100_000 }],
        }),
      );
    expect(open(1)).toMatchObject({ grade: 'B', reason: { code: 'open_overdue', days: 1 } });
    expect(open(30).grade).toBe('B');
    expect(open(31)).toMatchObject({ grade: 'C', reason: { code: 'open_overdue', days: 31 } });
    expect(open(90).grade).toBe('C');
    expect(open(91)).toMatchObject({ grade: 'D', reason: { code: 'open_overdue', days: 91 } });
  });

  it('the share paid on time: under 95 % B, under 75 % C, under 50 % D (rounded down, never up)', () => {
    const onTime = (n: number, of = 100) =>
      rateCredit(history({ settledInstallments: of, onTimeInstallments: n })).grade;
    expect(onTime(95)).toBe('A');
    expect(onTime(94)).toBe('B');
    expect(onTime(75)).toBe('B');
    expect(onTime(74)).toBe('C');
    expect(onTime(50)).toBe('C');
    expect(onTime(49)).toBe('D');
    // 2 of 3 is 66.66… %: C, and the reason says 66 %.
    expect(rateCredit(history({ settledInstallments: 3, onTimeInstallments: 2 })).reason.onTimePercent).toBe(
      66,
    );
  });

  it('a past payment late by more than 30 days is B, by more than 90 days C', () => {
    expect(rateCredit(history({ worstPastDaysLate: 30 })).grade).toBe('A');
    expect(rateCredit(history({ worstPastDaysLate: 31 }))).toMatchObject({
      grade: 'B',
      reason: { code: 'past_late', days: 31 },
    });
    expect(rateCredit(history({ worstPastDaysLate: 91 })).grade).toBe('C');
  });

  it('what it owes now: a quarter overdue is C; half overdue with money over 30 days late is D', () => {
    const owed = (overdueMinor: number, open: number) =>
      rateCredit(
        history({
          worstOpenDaysOverdue: open,
          money: [
            { currency: 'USD', outstandingMinor: 10_000, overdueMinor: 0 },
            { currency: 'CNY', outstandingMinor: 1_000_000, overdueMinor },
          ],
        }),
      );
    expect(owed(240_000, 5).grade).toBe('B');
    expect(owed(250_000, 5)).toMatchObject({
      grade: 'C',
      reason: { code: 'overdue_share', overdueSharePercent: 25 },
    });
    expect(owed(500_000, 30).grade).toBe('C');
    expect(owed(500_000, 31)).toMatchObject({ grade: 'D', reason: { code: 'overdue_share' } });
  });
});
