import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalToMinor,
  formatMinor,
  minorToDecimal,
  numberToMinor,
  percentOf,
  shareOf,
} from '../../../src/lib/money/minor-units.js';
import { parseMoney } from '../../../src/lib/parse/money.js';
import { parseMoneyExact } from '../../../src/lib/parse/money-exact.js';

describe('money in minor units', () => {
  it('a decimal becomes fen exactly, yen have no minor unit, and extra decimals are refused rather than rounded', () => {
    expect(decimalToMinor('12345.67', 'CNY')).toBe(1_234_567);
    expect(decimalToMinor('0.1', 'CNY')).toBe(10);
    expect(decimalToMinor('5000', 'JPY')).toBe(5000);
    expect(decimalToMinor('50.5', 'JPY')).toBeNull();
    expect(decimalToMinor('0.005', 'CNY')).toBeNull();
    expect(decimalToMinor('1.5', 'CNY', 4)).toBe(1_500_000);
  });

  it('an approval request’s float amount lands on the fen that was typed, even when the float is off', () => {
    expect(numberToMinor(0.1 + 0.2, 'CNY')).toBe(30);
    expect(numberToMinor(1_234_567.89, 'CNY')).toBe(123_456_789);
    expect(numberToMinor(99_999_999_999.99, 'USD')).toBe(9_999_999_999_999);
    expect(numberToMinor(1234, 'JPY')).toBe(1234);
    expect(numberToMinor(-1, 'CNY')).toBeNull();
  });

  it('any amount typed with up to two decimals survives the float of a request and comes back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (minor) => {
        const typed = minorToDecimal(minor, 'CNY');
        expect(numberToMinor(Number(typed), 'CNY')).toBe(minor);
        expect(decimalToMinor(typed, 'CNY')).toBe(minor);
      }),
    );
  });

  it('formats grouped digits with the currency’s symbol and sign', () => {
    expect(formatMinor(30_000_010, 'CNY')).toBe('¥300,000.10');
    expect(formatMinor(-500, 'USD')).toBe('-$5.00');
    expect(formatMinor(2_000_000, 'JPY')).toBe('JP¥2,000,000');
    expect(formatMinor(100, 'AUD')).toBe('AUD 1.00');
  });

  it('a share is rounded so that “60 % collected” is never reached by rounding', () => {
    expect(shareOf(30_000_037, 6000)).toBe(18_000_023);
    expect(percentOf(17_999_999, 30_000_000)).toBe(59.9);
    expect(percentOf(18_000_000, 30_000_000)).toBe(60);
  });
});

describe('typed amounts read exactly', () => {
  it('reads the forms the rest of the app understands', () => {
    const read = (text: string, currency = 'CNY') => parseMoneyExact(text, currency);
    expect(read('300000')).toEqual({ ok: true, minor: 30_000_000, currency: 'CNY' });
    expect(read('30万')).toMatchObject({ minor: 30_000_000 });
    expect(read('300k')).toMatchObject({ minor: 30_000_000 });
    expect(read('¥300,000')).toMatchObject({ minor: 30_000_000 });
    expect(read('1.2345万')).toMatchObject({ minor: 1_234_500 });
    expect(read('三十万元')).toMatchObject({ minor: 30_000_000 });
    expect(read('$1.5m', 'USD')).toMatchObject({ minor: 150_000_000 });
    expect(read('5000円', 'JPY')).toMatchObject({ minor: 5000 });
  });

  it('refuses another currency, too many decimals and nonsense', () => {
    expect(parseMoneyExact('$300', 'CNY')).toEqual({ ok: false, reason: 'currency' });
    expect(parseMoneyExact('1.005', 'CNY')).toEqual({ ok: false, reason: 'precision' });
    expect(parseMoneyExact('1.5', 'JPY')).toEqual({ ok: false, reason: 'precision' });
    expect(parseMoneyExact('=1+1', 'CNY')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseMoneyExact('0', 'CNY')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('agrees with the needs parser on every amount both read', () => {
    const magnitude = fc.constantFrom('', '万', 'k', 'w');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 0, max: 99 }),
        magnitude,
        (whole, cents, mag) => {
          const text = `¥${whole}.${String(cents).padStart(2, '0')}${mag}`;
          const needs = parseMoney(text);
          const exact = parseMoneyExact(text, 'CNY');
          expect(exact.ok).toBe(true);
          expect(needs).not.toBeNull();
          if (exact.ok && needs) expect(exact.minor).toBe(Math.round(needs.amount * 100));
        },
      ),
    );
  });
});
