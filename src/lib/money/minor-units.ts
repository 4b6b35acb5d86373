/**
 * Money as integer minor units (fen, cents; yen have none), converted with decimal string arithmetic only: no
 * amount is ever multiplied as a float on its way in or out (DESIGN.md, rule 12).
 */

/** ISO 4217 exponents of the currencies Salesflow handles; anything unknown has two decimals. */
const EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, TWD: 2 };

export function currencyExponent(currency: string): number {
  return EXPONENTS[currency.toUpperCase()] ?? 2;
}

/** Largest amount kept in minor units: well inside 2^53, so bigint columns read back as exact JS numbers. */
export const MAX_MINOR = 1e15;

/**
 * `"12345.67"` in CNY → 1234567; `"5000"` in JPY → 5000. `scale` shifts the decimal point first (a magnitude:
 * `1.5` with scale 4 is 15000). More decimals than the currency has are refused (null), never rounded silently.
 */
export function decimalToMinor(decimal: string, currency: string, scale = 0): number | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  const shift = scale + currencyExponent(currency);
  const digits = `${whole}${fraction.padEnd(shift, '0')}`;
  const kept = digits.slice(0, whole.length + shift);
  if (/[1-9]/.test(digits.slice(whole.length + shift))) return null;
  const minor = Number(kept.replace(/^0+(?=\d)/, ''));
  return Number.isSafeInteger(minor) && minor <= MAX_MINOR ? minor : null;
}

/**
 * A JS number that was parsed from a decimal (an approval request's amount) into minor units: its shortest
 * round-trip text is the decimal that was typed, so reading that text is exact. Half-up beyond the currency's
 * decimals, so a float like 0.30000000000000004 still lands on 30 fen.
 */
export function numberToMinor(amount: number, currency: string): number | null {
  if (!Number.isFinite(amount) || amount < 0) return null;
  const text = String(amount);
  if (/e/i.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  const exponent = currencyExponent(currency);
  const exact = decimalToMinor(`${whole}.${fraction.slice(0, exponent) || '0'}`, currency);
  if (exact === null) return null;
  const roundUp = (fraction[exponent] ?? '0') >= '5' ? 1 : 0;
  return exact + roundUp;
}

/** 1234567 CNY → `"12345.67"`; 5000 JPY → `"5000"`. Exact: the minor units' digits, with the point put in. */
export function minorToDecimal(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  if (exponent === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const SYMBOLS: Record<string, string> = {
  CNY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
  HKD: 'HK$',
  SGD: 'S$',
};

/** `¥12,345.67`, `-$5.00`, `JP¥5,000`: grouped digits of the exact decimal, the same in English and Chinese. */
export function formatMinor(minor: number, currency: string): string {
  const decimal = minorToDecimal(Math.abs(minor), currency);
  const [whole = '0', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol = SYMBOLS[currency.toUpperCase()];
  const number = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return `${minor < 0 ? '-' : ''}${symbol ?? `${currency} `}${number}`;
}

/**
 * `part / whole` as a percent with one decimal, rounded down (so 59.96 % never reads as 60 % when 60 % is the
 * bar): integer arithmetic on the minor units.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Number((BigInt(part) * 1000n) / BigInt(whole)) / 10;
}

/**
 * The smallest amount in minor units that is at least `percent` of `whole` (`percent` with up to two decimals,
 * given as basis points: 60 % = 6000). Rounds up, so "at least 60 % collected" is never met by rounding.
 */
export function shareOf(whole: number, basisPoints: number): number {
  const numerator = BigInt(whole) * BigInt(basisPoints);
  return Number((numerator + 9999n) / 10000n);
}

/** A percent with up to two decimals (`30`, `12.5`) as basis points (3000, 1250), read from its decimal text. */
export function percentToBasisPoints(percent: number): number {
  return numberToMinor(percent, 'USD') ?? 0;
}
