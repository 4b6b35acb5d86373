import { decimalToMinor } from '../../lib/money/minor-units.js';
import { type MoneyProblem, readMoneyArgument } from '../../lib/parse/money-argument.js';

/** Why a typed price cannot be a price: each has its own message, in the field or the import row. */
export type PriceProblem = 'negative' | 'zero' | 'invalid' | 'precision' | 'currency' | 'too_large';

export type PriceReading = { ok: true; minor: number } | { ok: false; problem: PriceProblem };

const PROBLEMS: Record<MoneyProblem, PriceProblem> = {
  empty: 'invalid',
  not_a_number: 'invalid',
  currency: 'currency',
  negative: 'negative',
  too_large: 'too_large',
  precision: 'precision',
  zero: 'zero',
};

/**
 * A price as typed on a form, a command or an import cell (`1,200`, `1.2万`, `¥3,000`, `3000元`), read exactly into
 * minor units of the list's currency by the app's one money reader (src/lib/parse/money-argument.ts), as `/payment`
 * reads amounts; another currency is refused, never converted. The price list words each problem its own way (a
 * zero list price, a negative one).
 */
export function readPrice(text: string, currency: string): PriceReading {
  const reading = readMoneyArgument(text, currency);
  return reading.ok ? { ok: true, minor: reading.minor } : { ok: false, problem: PROBLEMS[reading.problem] };
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
