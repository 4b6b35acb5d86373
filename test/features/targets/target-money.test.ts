import { describe, expect, it } from 'vitest';
import { minorDigits, minorToDecimal } from '../../../src/features/targets/target-money.js';
import { readMoneyArgument } from '../../../src/lib/parse/money-argument.js';

/** A target amount as /target reads it: the app's money reader, 0 allowed (it removes the target). */
function parseAmount(text: string, currency: string) {
  const reading = readMoneyArgument(text, currency, { allowZero: true });
  return reading.ok ? { ok: true, minor: reading.minor } : { ok: false, reason: reading.problem };
}

describe('target amounts in minor units', () => {
  it('reads plain, grouped and decimal amounts exactly', () => {
    expect(parseAmount('500000', 'CNY')).toEqual({ ok: true, minor: 50_000_000 });
    expect(parseAmount('500,000.50', 'CNY')).toEqual({ ok: true, minor: 50_000_050 });
    // 0.1 + 0.2 style float errors cannot happen: 1234567.89 is read digit by digit.
    expect(parseAmount('1234567.89', 'USD')).toEqual({ ok: true, minor: 123_456_789 });
  });

  it('reads magnitudes in English and Chinese', () => {
    expect(parseAmount('50万', 'CNY')).toEqual({ ok: true, minor: 50_000_000 });
    expect(parseAmount('1.5m', 'USD')).toEqual({ ok: true, minor: 150_000_000 });
    expect(parseAmount('80k', 'EUR')).toEqual({ ok: true, minor: 8_000_000 });
    expect(parseAmount('1.2亿', 'CNY')).toEqual({ ok: true, minor: 12_000_000_000 });
    expect(parseAmount('¥50万', 'CNY')).toEqual({ ok: true, minor: 50_000_000 });
    expect(parseAmount('300万元', 'CNY')).toEqual({ ok: true, minor: 300_000_000 });
  });

  it('follows the currency’s minor unit: yen have none', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('CNY')).toBe(2);
    expect(parseAmount('1500000', 'JPY')).toEqual({ ok: true, minor: 1_500_000 });
    expect(parseAmount('1500.5', 'JPY')).toEqual({ ok: false, reason: 'precision' });
    expect(parseAmount('10.005', 'CNY')).toEqual({ ok: false, reason: 'precision' });
  });

  it('refuses another currency than the team’s, and what is not an amount', () => {
    expect(parseAmount('$5000', 'CNY')).toEqual({ ok: false, reason: 'currency' });
    expect(parseAmount('5000 usd', 'CNY')).toEqual({ ok: false, reason: 'currency' });
    expect(parseAmount('HK$5000', 'HKD')).toEqual({ ok: true, minor: 500_000 });
    expect(parseAmount('HK$5000', 'USD')).toEqual({ ok: false, reason: 'currency' });
    expect(parseAmount('$5000', 'HKD')).toEqual({ ok: true, minor: 500_000 });
    expect(parseAmount('lots', 'CNY')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseAmount('-5', 'CNY')).toEqual({ ok: false, reason: 'negative' });
    expect(parseAmount('99999999999999999', 'CNY')).toEqual({ ok: false, reason: 'too_large' });
  });

  it('writes minor units back as exact decimals', () => {
    expect(minorToDecimal(50_000_050, 'CNY')).toBe('500000.50');
    expect(minorToDecimal(5, 'CNY')).toBe('0.05');
    expect(minorToDecimal(1_500_000, 'JPY')).toBe('1500000');
    expect(minorToDecimal(-1234, 'USD')).toBe('-12.34');
  });
});
