import { AppError, type ErrorParam } from '../errors.js';
import { currencyExponent, formatMinor, MAX_MINOR } from '../money/minor-units.js';
import { CHINESE_NUMERAL_PATTERN, parseChineseNumeral } from './chinese-numerals.js';
import { CURRENCY_MARK_PATTERN, currenciesOf, isCurrencyWord } from './currency-marks.js';

/**
 * THE reader of money a user types for a record whose currency is known — a command's amount (`/payment`,
 * `/invoice`, `/target`) or a form's money field — into integer minor units of that currency (DESIGN.md, rules
 * 12 and 16). Every command and form reads money through it, so they all accept the same forms and refuse the
 * same mistakes with the same words:
 *
 * - digits with optional thousands commas and decimals: `300000`, `300,000.50`; full-width `３００` too;
 * - a magnitude, attached or as its own word: `30万`, `30 万`, `300k`, `1.5m`, `2亿`; Chinese numerals `三十万`;
 * - a currency before or after, attached or as its own word: `¥300`, `$ 500`, `USD 500`, `500usd`, `500 美元`,
 *   `30万元`, `人民币 30万`. A named currency must be the record's — `¥` is the yuan or the yen, `$` any dollar —
 *   and any other is refused, never converted.
 *
 * The answer is minor units, or ONE named problem, in the order a user should fix them: `empty`, `not_a_number`
 * (`NaN`, `1e9`, `1.2.3`), `currency`, `negative`, `too_large` (above `maxMinor`, by default `MAX_MINOR`),
 * `precision` (more decimals than the currency has: `0.005` CNY, `1.5` JPY — never rounded), `zero` (unless
 * `allowZero`). {@link moneyProblemMessage} turns a problem into the message a user reads; {@link findMoneyWords}
 * finds the amount among a command's words.
 */
export type MoneyProblem =
  | 'empty'
  | 'not_a_number'
  | 'currency'
  | 'negative'
  | 'too_large'
  | 'precision'
  | 'zero';

export type MoneyReading =
  | { ok: true; minor: number; currency: string }
  | {
      ok: false;
      problem: MoneyProblem;
      /** The record's currency (upper case). */
      currency: string;
      /** For `currency`: the currency the text named instead (`$` → `USD`). */
      written: string | null;
      /** What was typed, trimmed: a message may quote it. */
      text: string;
    };

export interface MoneyArgumentOptions {
  /** `0` is an amount (a target of 0 removes it); by default it is refused as `zero`. */
  allowZero?: boolean;
  /** The largest amount in minor units (default `MAX_MINOR`, well inside `Number.MAX_SAFE_INTEGER`). */
  maxMinor?: number;
}

/** Powers of ten each magnitude word stands for. */
const MAGNITUDES: Record<string, number> = {
  k: 3,
  thousand: 3,
  千: 3,
  w: 4,
  万: 4,
  十万: 5,
  m: 6,
  mn: 6,
  million: 6,
  百万: 6,
  千万: 7,
  亿: 8,
  b: 9,
  bn: 9,
  billion: 9,
};
const MAGNITUDE_PATTERN = Object.keys(MAGNITUDES)
  .sort((a, b) => b.length - a.length)
  .join('|');

const SIGN = /^[-+−]/u;
const LEADING_MARK = new RegExp(`^(${CURRENCY_MARK_PATTERN})(?![a-z])`, 'iu');
const TRAILING_MARK = new RegExp(`(?<![a-z])(${CURRENCY_MARK_PATTERN})$`, 'iu');
const TRAILING_MAGNITUDE = new RegExp(`(?<=\\d)\\s?(${MAGNITUDE_PATTERN})$`, 'iu');
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const CHINESE = new RegExp(`^(?:${CHINESE_NUMERAL_PATTERN})$`, 'u');
/** What an attempt at a number starts with, once signs and currencies are peeled off: `1e9`, `.5`, `NaN`. */
const ATTEMPT = /^(?:\d|\.\d|nan$|inf(?:inity)?$)/iu;

interface Peeled {
  core: string;
  marks: string[];
  negative: boolean;
}

/** Takes signs and currency marks off both ends (`-¥5`, `¥-5`, `USD 500`, `30万元`), keeping what they said. */
function peel(text: string): Peeled {
  let core = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const marks: string[] = [];
  let negative = false;
  for (let changed = true; changed && core; ) {
    changed = false;
    const sign = SIGN.exec(core)?.[0];
    const lead = sign ? undefined : LEADING_MARK.exec(core)?.[1];
    const trail = TRAILING_MARK.exec(core)?.[1];
    if (sign) negative ||= sign !== '+';
    if (lead) marks.push(lead);
    if (trail && core.length > trail.length) marks.push(trail);
    const cut = (sign ?? lead ?? '').length;
    const end = trail && core.length > cut + trail.length ? core.length - trail.length : core.length;
    if (cut || end < core.length) {
      core = core.slice(cut, end).trim();
      changed = true;
    }
  }
  return { core, marks, negative };
}

/** The amount's digits as whole and fraction text with its magnitude's power of ten, or null if not a number. */
function digitsOf(core: string): { whole: string; fraction: string; scale: number } | null {
  const magnitude = TRAILING_MAGNITUDE.exec(core);
  const number = magnitude ? core.slice(0, magnitude.index).trim() : core;
  const scale = magnitude?.[1] ? (MAGNITUDES[magnitude[1].toLowerCase()] ?? 0) : 0;
  if (DIGITS.test(number)) {
    const [whole = '', fraction = ''] = number.replaceAll(',', '').split('.');
    return { whole, fraction, scale };
  }
  if (magnitude || !CHINESE.test(number)) return null;
  const value = parseChineseNumeral(number);
  const text = value === null ? '' : String(value);
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  const [whole = '', fraction = ''] = text.split('.');
  return { whole, fraction, scale };
}

/** Reads `text` as an amount of money in `currency` (the record's): minor units, or the one problem with it. */
export function readMoneyArgument(
  text: string,
  currency: string,
  options: MoneyArgumentOptions = {},
): MoneyReading {
  const code = currency.toUpperCase();
  const typed = text.trim();
  const fail = (problem: MoneyProblem, written: string | null = null): MoneyReading => ({
    ok: false,
    problem,
    currency: code,
    written,
    text: typed,
  });
  if (!typed) return fail('empty');
  const { core, marks, negative } = peel(typed);
  const digits = digitsOf(core);
  if (!digits) return fail(core || marks.length === 0 ? 'not_a_number' : 'empty');
  for (const mark of marks) {
    const means = currenciesOf(mark) ?? [];
    if (!means.includes(code)) return fail('currency', means[0] ?? mark.toUpperCase());
  }
  const shift = digits.scale + currencyExponent(code);
  const kept = digits.fraction.padEnd(shift, '0').slice(0, shift);
  const dropped = digits.fraction.slice(shift);
  const wholeDigits = `${digits.whole}${kept}`.replace(/^0+(?=\d)/, '');
  const max = options.maxMinor ?? MAX_MINOR;
  const isZero = !/[1-9]/.test(wholeDigits) && !/[1-9]/.test(dropped);
  if (negative && !isZero) return fail('negative');
  if (wholeDigits.length > String(max).length || BigInt(wholeDigits) > BigInt(max)) return fail('too_large');
  if (/[1-9]/.test(dropped)) return fail('precision');
  if (isZero && !options.allowZero) return fail('zero');
  return { ok: true, minor: Number(wholeDigits), currency: code };
}

/** Does the word try to be an amount, even a broken one (`-5000`, `1e9`, `NaN`, `¥-5`, `1.2.3`)? */
function attemptsAmount(word: string): boolean {
  if (isCurrencyWord(word)) return false;
  const reading = readMoneyArgument(word, 'CNY');
  if (reading.ok || (reading.problem !== 'not_a_number' && reading.problem !== 'empty')) return true;
  return ATTEMPT.test(peel(word).core);
}

/** Is the word an amount in some currency's grammar (a wrong currency, sign or size still counts)? */
function readsAsAmount(word: string): boolean {
  if (isCurrencyWord(word)) return false;
  const reading = readMoneyArgument(word, 'CNY');
  return reading.ok || (reading.problem !== 'not_a_number' && reading.problem !== 'empty');
}

const MAGNITUDE_WORD = new RegExp(`^(?:${MAGNITUDE_PATTERN})$`, 'iu');

/** Where a command's amount sits among its words: `words.slice(start, end)`, joined as `text`. */
export interface MoneyWords {
  start: number;
  end: number;
  text: string;
}

/**
 * Finds the amount among a command's words, from index `from` on: the first word that reads as an amount (or,
 * when none does, the first that tries to: `-5000`, `NaN`), with a currency word just before it (`USD 500`), a
 * magnitude word after it (`30 万`) and a currency word after that (`500 USD`). `last` takes the last such word
 * instead (an amount that ends the command). Null when no word is an amount.
 */
export function findMoneyWords(
  words: readonly string[],
  options: { from?: number; last?: boolean } = {},
): MoneyWords | null {
  const from = options.from ?? 0;
  const pick = (test: (word: string) => boolean) => {
    const indexes = words.map((word, index) => (index >= from && test(word) ? index : -1));
    const found = indexes.filter((index) => index >= 0);
    return options.last ? found.at(-1) : found[0];
  };
  const at = pick(readsAsAmount) ?? pick(attemptsAmount);
  if (at === undefined) return null;
  let start = at;
  let end = at + 1;
  if (start > from && isCurrencyWord(words[start - 1] ?? '')) start -= 1;
  if (/\d$/.test(words[at] ?? '') && MAGNITUDE_WORD.test(words[end] ?? '')) end += 1;
  if (end < words.length && isCurrencyWord(words[end] ?? '')) end += 1;
  return { start, end, text: words.slice(start, end).join(' ') };
}

/** What a user reads about a money problem: a catalog key (`money.problem.<problem>`) and its parameters. */
export function moneyProblemMessage(
  reading: Extract<MoneyReading, { ok: false }>,
  options: { currencyMessageKey?: string; maxMinor?: number } = {},
): { key: string; params: Record<string, ErrorParam> } {
  const text = reading.text.length > 40 ? `${reading.text.slice(0, 40)}…` : reading.text;
  const key =
    reading.problem === 'currency' && options.currencyMessageKey
      ? options.currencyMessageKey
      : `money.problem.${reading.problem}`;
  return {
    key,
    params: {
      currency: reading.currency,
      text,
      written: reading.written ?? '',
      digits: currencyExponent(reading.currency),
      max: formatMinor(options.maxMinor ?? MAX_MINOR, reading.currency),
    },
  };
}

/** The catalog key a form shows under a money field with this problem (no parameters: the field is named). */
export type MoneyFieldErrorKey = `money.field.${MoneyProblem}`;
export function moneyFieldError(problem: MoneyProblem): MoneyFieldErrorKey {
  return `money.field.${problem}`;
}

/** A refused money argument, told in the user's language; `code` is `money_<problem>` unless a feature names it. */
export class MoneyArgumentError extends AppError {
  readonly problem: MoneyProblem;
  constructor(
    reading: Extract<MoneyReading, { ok: false }>,
    options: { code?: string; currencyMessageKey?: string; maxMinor?: number } = {},
  ) {
    const { key, params } = moneyProblemMessage(reading, options);
    super(options.code ?? `money_${reading.problem}`, `money argument: ${reading.problem}`, {
      messageKey: key,
      params,
    });
    this.name = 'MoneyArgumentError';
    this.problem = reading.problem;
  }
}

/** The reading's minor units, or a {@link MoneyArgumentError} thrown. */
export function requireMoneyArgument(
  text: string,
  currency: string,
  options: MoneyArgumentOptions & { code?: string; currencyMessageKey?: string } = {},
): number {
  const reading = readMoneyArgument(text, currency, options);
  if (!reading.ok) throw new MoneyArgumentError(reading, options);
  return reading.minor;
}
