import { numberFormat } from '../../lib/intl-cache.js';

/**
 * Amounts of money as integer minor units (分, cents), written back as exact decimal strings. What a user types is
 * read by the app's one money reader (src/lib/parse/money-argument.ts).
 */

/** Decimal places of the currency's minor unit, from the ISO 4217 data Intl carries (JPY 0, CNY 2). */
export function minorDigits(currency: string): number {
  try {
    const digits = numberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits;
    return digits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units as an exact decimal string in major units: 1234567 CNY → `12345.67`, 1500 JPY → `1500`. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const text = BigInt(Math.abs(Math.trunc(minor)))
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits > 0 ? text.slice(0, -digits) : text;
  const fraction = digits > 0 ? text.slice(-digits) : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
