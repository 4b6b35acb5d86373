import { numberFormat } from '../../lib/intl-cache.js';

/**
 * Amounts of money as integer minor units (分, cents): parsed from what a user types with exact decimal string
 * arithmetic (BigInt), never by multiplying floats, and written back as exact decimal strings.
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

/** Powers of ten a written magnitude stands for: `50万` is 50 × 10⁴, `1.5m` is 1.5 × 10⁶. */
const MAGNITUDES: Record<string, number> = {
  k: 3,
  千: 3,
  w: 4,
  万: 4,
  m: 6,
  百万: 6,
  千万: 7,
  亿: 8,
  b: 9,
};
/** Currency marks a user may write; each names the currencies it can mean. */
const MARKS: Record<string, readonly string[]> = {
  '¥': ['CNY', 'JPY'],
  '￥': ['CNY', 'JPY'],
  元: ['CNY'],
  块: ['CNY'],
  rmb: ['CNY'],
  $: ['USD', 'HKD', 'SGD', 'AUD', 'CAD', 'TWD'],
  us$: ['USD'],
  hk$: ['HKD'],
  s$: ['SGD'],
  a$: ['AUD'],
  c$: ['CAD'],
  nt$: ['TWD'],
  '€': ['EUR'],
  '£': ['GBP'],
};

const AMOUNT = new RegExp(
  [
    '^(?<prefix>(?:us|hk|nt|s|a|c)?\\$|[¥￥€£]|rmb|[a-z]{3})?\\s*',
    '(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)',
    '\\s*(?<magnitude>k|w|m|b|千万|百万|千|万|亿)?',
    '\\s*(?<suffix>元|块|rmb|[a-z]{3})?$',
  ].join(''),
  'u',
);

export type AmountParse =
  | { ok: true; minor: number }
  | { ok: false; reason: 'invalid' | 'currency' | 'precision' | 'too_large' };

/**
 * `500000`, `500,000.50`, `¥50万`, `1.5m`, `CNY 80k` → minor units of `currency`. A currency written in the
 * text must be `currency` (targets are kept in the team currency); more decimals than the currency has are
 * refused rather than rounded.
 */
export function parseAmount(text: string, currency: string): AmountParse {
  const match = AMOUNT.exec(text.trim().toLowerCase());
  const groups = match?.groups;
  if (!groups?.number) return { ok: false, reason: 'invalid' };
  for (const mark of [groups.prefix, groups.suffix]) {
    if (!mark) continue;
    const means = MARKS[mark] ?? [mark.toUpperCase()];
    if (!means.includes(currency.toUpperCase())) return { ok: false, reason: 'currency' };
  }
  const [whole = '', fraction = ''] = groups.number.replaceAll(',', '').split('.');
  const exponent = (groups.magnitude ? (MAGNITUDES[groups.magnitude] ?? 0) : 0) + minorDigits(currency);
  const shift = exponent - fraction.length;
  const digits = BigInt(`${whole}${fraction}`);
  let minor: bigint;
  if (shift >= 0) minor = digits * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    if (digits % divisor !== 0n) return { ok: false, reason: 'precision' };
    minor = digits / divisor;
  }
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'too_large' };
  return { ok: true, minor: Number(minor) };
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
