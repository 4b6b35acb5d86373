import { decimalToMinor } from '../../lib/money/minor-units.js';
import { parseMoneyExact } from '../../lib/parse/money-exact.js';

/** Why a typed price cannot be a price: each has its own message, in the field or the import row. */
export type PriceProblem = 'negative' | 'zero' | 'invalid' | 'precision' | 'currency';

export type PriceReading = { ok: true; minor: number } | { ok: false; problem: PriceProblem };

/**
 * A price as typed on a form, a command or an import cell (`1,200`, `1.2万`, `¥3,000`, `3000元`), read exactly into
 * minor units of the list's currency as `/payment` reads amounts; another currency is refused, never converted.
 * Zero and negative amounts are named as such, so the user is told what is wrong rather than "not a number".
 */
export function readPrice(text: string, currency: string): PriceReading {
  const typed = text.normalize('NFKC').trim();
  if (/^[-−]|^[^\d]*-\s*\d/.test(typed)) return { ok: false, problem: 'negative' };
  const parsed = parseMoneyExact(typed, currency);
  if (parsed.ok) return { ok: true, minor: parsed.minor };
  if (parsed.reason === 'invalid' && isZero(typed, currency)) return { ok: false, problem: 'zero' };
  return { ok: false, problem: parsed.reason };
}

/** `0`, `0.00`, `¥0`, `0元`: a zero amount, which the exact reader refuses as it refuses nonsense. */
function isZero(text: string, currency: string): boolean {
  const digits = /^[^\d]*?(\d+(?:\.\d+)?)[^\d]*$/.exec(text.replaceAll(',', ''))?.[1];
  return digits !== undefined && decimalToMinor(digits.replace(/\.0+$/, ''), currency) === 0;
}

/**
 * A tax rate as people write it: `13%`, `13` and `0.13` are all 13 % (a plain number below 1 is a fraction, 1 or
 * more a percent), with at most two decimals of a percent; returned in basis points (1300). Above 100 % is refused.
 */
export type TaxRateReading =
  | { ok: true; basisPoints: number }
  | { ok: false; problem: 'invalid' | 'above100' };

export function readTaxRate(text: string): TaxRateReading {
  const typed = text.normalize('NFKC').replace(/\s+/g, '');
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(typed);
  if (!match) return { ok: false, problem: 'invalid' };
  const [, number = '', percent] = match;
  const fraction = !percent && Number(number) < 1 && number.includes('.');
  // Basis points are hundredths of a percent: a percent moves the point two places, a fraction four.
  const basisPoints = decimalToMinor(number, 'USD', fraction ? 2 : 0);
  if (basisPoints === null) return { ok: false, problem: 'invalid' };
  return basisPoints > 10_000 ? { ok: false, problem: 'above100' } : { ok: true, basisPoints };
}
