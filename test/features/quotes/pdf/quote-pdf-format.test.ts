import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatPercent,
  formatQuantity,
} from '../../../../src/features/quotes/pdf/quote-pdf-format.js';

describe('numbers on the quote PDF', () => {
  it('shows quantities from thousandths exactly, grouped, without trailing zeros', () => {
    expect(formatQuantity(1500)).toBe('1.5');
    expect(formatQuantity(12_000)).toBe('12');
    expect(formatQuantity(250)).toBe('0.25');
    expect(formatQuantity(1)).toBe('0.001');
    expect(formatQuantity(123_456_789)).toBe('123,456.789');
  });

  it('reads every quantity back to the same thousandths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (milli) => {
        const [whole = '', fraction = ''] = formatQuantity(milli).replaceAll(',', '').split('.');
        expect(Number(whole) * 1000 + Number(fraction.padEnd(3, '0'))).toBe(milli);
      }),
    );
  });

  it('shows discounts and tax rates from basis points', () => {
    expect(formatPercent(1000)).toBe('10%');
    expect(formatPercent(250)).toBe('2.5%');
    expect(formatPercent(1234)).toBe('12.34%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('writes dates the way each language reads them, and a date it cannot read as it was given', () => {
    expect(formatDate('2026-12-07', 'zh-CN')).toBe('2026年12月7日');
    expect(formatDate('2026-12-07', 'en')).toBe('7 December 2026');
    expect(formatDate('2027-02-30', 'en')).toBe('2027-02-30');
    expect(formatDate('soon', 'zh-CN')).toBe('soon');
  });
});
