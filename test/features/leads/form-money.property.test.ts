import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  validateContractForm,
  validateDiscountForm,
} from '../../../src/features/approvals/approval-input.js';
import { leadValueMaxMinor, validateLeadInput } from '../../../src/features/leads/lead-input.js';
import { validateWonForm } from '../../../src/features/leads/lead-progress-input.js';
import { formatMinor, minorToDecimal, numberToMinor } from '../../../src/lib/money/minor-units.js';

const TODAY = '2026-11-27';
const CURRENCIES = ['CNY', 'USD', 'EUR', 'JPY', 'HKD'] as const;

/** Any amount a lead's column can keep, in one of the form's currencies. */
const amounts = fc
  .constantFrom(...CURRENCIES)
  .chain((currency) =>
    fc.tuple(fc.integer({ min: 1, max: leadValueMaxMinor(currency) }), fc.constant(currency)),
  );

/** What the app shows (`¥12,345.67`, `JP¥5,000`) and the bare decimal (`12345.67`): both are typed back. */
const written = (minor: number, currency: string) => [
  formatMinor(minor, currency),
  minorToDecimal(minor, currency),
];

describe('every form reads back, exactly, the amount the app shows', () => {
  it('the lead’s deal value', () => {
    fc.assert(
      fc.property(amounts, ([minor, currency]) => {
        for (const text of written(minor, currency)) {
          const read = validateLeadInput(
            { companyName: 'A', contactName: 'B', estimatedValue: text, currency },
            TODAY,
          );
          if (!read.ok) throw new Error(`${text} refused: ${JSON.stringify(read.errors)}`);
          expect(numberToMinor(read.value.estimatedValue ?? -1, currency)).toBe(minor);
        }
      }),
    );
  });

  it('the won amount', () => {
    fc.assert(
      fc.property(amounts, ([minor, currency]) => {
        for (const text of written(minor, currency)) {
          const read = validateWonForm({ amount: text }, currency);
          if (!read.ok) throw new Error(`${text} refused`);
          expect(numberToMinor(read.value.amount, currency)).toBe(minor);
        }
      }),
    );
  });

  it('the contract request’s amount', () => {
    fc.assert(
      fc.property(amounts, ([minor, currency]) => {
        for (const text of written(minor, currency)) {
          const read = validateContractForm({ amount: text, upfrontPercent: '30', currency }, TODAY, 'CNY');
          if (!read.ok) throw new Error(`${text} refused`);
          expect(read.value.currency).toBe(currency);
          expect(numberToMinor(read.value.amount, currency)).toBe(minor);
        }
      }),
    );
  });

  it('a discount’s target and list prices, and the percent between them from the minor units', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 10_000 }), ([list, currency], basisPoints) => {
        const target = Math.floor((list * (10_000 - basisPoints)) / 10_000);
        const read = validateDiscountForm(
          {
            targetPrice: formatMinor(target === 0 ? list : target, currency),
            listPrice: formatMinor(list, currency),
            justification: 'volume',
          },
          TODAY,
          currency,
        );
        if (!read.ok) throw new Error(JSON.stringify(read.errors));
        expect(numberToMinor(read.value.listPrice ?? -1, currency)).toBe(list);
        expect(read.value.percent).toBeGreaterThanOrEqual(0);
        expect(read.value.percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('the form’s currency decides', () => {
  it('an amount naming another currency is refused as such; one naming the form’s is read', () => {
    const lead = (estimatedValue: string, currency: string) =>
      validateLeadInput({ companyName: 'A', contactName: 'B', estimatedValue, currency }, TODAY);
    expect(lead('USD 500', 'CNY')).toMatchObject({
      ok: false,
      errors: { estimatedValue: 'money.field.currency' },
    });
    expect(lead('$500', 'USD')).toMatchObject({ ok: true, value: { estimatedValue: 500, currency: 'USD' } });
    expect(lead('1.2万', 'CNY')).toMatchObject({ ok: true, value: { estimatedValue: 12000 } });
    expect(lead('1500.5', 'JPY')).toMatchObject({
      ok: false,
      errors: { estimatedValue: 'money.field.precision' },
    });
  });

  it('with no currency on the form the lead’s or team’s is used, and the lead is stamped with it', () => {
    const read = validateLeadInput(
      { companyName: 'A', contactName: 'B', estimatedValue: '€80k' },
      TODAY,
      'EUR',
    );
    expect(read).toMatchObject({ ok: true, value: { estimatedValue: 80000, currency: 'EUR' } });
    expect(
      validateLeadInput({ companyName: 'A', contactName: 'B', estimatedValue: '€80k' }, TODAY, 'CNY'),
    ).toMatchObject({ ok: false, errors: { estimatedValue: 'money.field.currency' } });
  });

  it('before the ack, when no currency is known, a named currency waits for the use case', () => {
    expect(validateWonForm({ amount: 'USD 500' }, null)).toMatchObject({ ok: true });
    expect(validateWonForm({ amount: '-5' }, null)).toEqual({
      ok: false,
      errors: { amount: 'money.field.negative' },
    });
  });

  it('a discount of 88,000 against 100,000 is 12 % exactly, worked out on the minor units', () => {
    const read = validateDiscountForm(
      { targetPrice: '¥88,000.01', listPrice: '100000', justification: 'volume' },
      TODAY,
      'CNY',
    );
    expect(read).toMatchObject({
      ok: true,
      value: { percent: 12, targetPrice: 88000.01, listPrice: 100000 },
    });
  });
});
