import { readMoneyArgument } from '../../lib/parse/money-argument.js';
import { visibleText } from '../../lib/text.js';
import { parsePercent } from '../approvals/approval-input.js';

/**
 * Reading what a rep types on a quote: quantities, prices, discounts, and `SKU qty [price] [discount]` lines.
 * Quantities and prices read like `/payment` (`1,200`, `1.2万`, `¥3,000`), exactly, with no floating point.
 */
export type QuoteFieldError =
  | 'quotes.error.quantity'
  | 'quotes.error.price'
  | 'quotes.error.priceCurrency'
  | 'quotes.error.discount'
  | 'quotes.error.tax'
  | 'quotes.error.required'
  | 'quotes.error.tooLong'
  | 'quotes.error.date'
  | 'quotes.error.pastDate'
  | 'quotes.error.tooLarge';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: QuoteFieldError };

const MAGNITUDES: Record<string, number> = { k: 3, 千: 3, w: 4, 万: 4 };
/** Largest quantity a line takes (a billion units): keeps qty × price far inside exact integers. */
const MAX_QUANTITY_MILLI = 1e12;

/** `12`, `1,200`, `1.5`, `1.2万`, `3k` → thousandths of a unit; zero, negative or over three decimals: refused. */
export function parseQuantityMilli(text: string | null | undefined): Parsed<number> {
  const raw = visibleText(text)?.replace(/[\s_]/g, '');
  if (!raw) return { ok: false, error: 'quotes.error.required' };
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|千|w|万)?$/iu.exec(raw);
  if (!match) return { ok: false, error: 'quotes.error.quantity' };
  const [, whole = '', fraction = '', magnitude] = match;
  const shift = 3 + (magnitude ? (MAGNITUDES[magnitude.toLowerCase()] ?? 0) : 0);
  const digits = `${whole.replaceAll(',', '')}${fraction.padEnd(shift, '0')}`;
  const cut = whole.replaceAll(',', '').length + shift;
  if (/[1-9]/.test(digits.slice(cut))) return { ok: false, error: 'quotes.error.quantity' };
  const milli = Number(digits.slice(0, cut));
  if (!Number.isSafeInteger(milli) || milli <= 0 || milli > MAX_QUANTITY_MILLI)
    return { ok: false, error: 'quotes.error.quantity' };
  return { ok: true, value: milli };
}

/** A unit price in the quote's currency (`3000`, `¥3,000`, `1.2万`); another currency is refused, never converted. */
export function parsePriceMinor(text: string | null | undefined, currency: string): Parsed<number> {
  const raw = visibleText(text);
  if (!raw) return { ok: false, error: 'quotes.error.required' };
  // The app's one money reader (as /payment): zero, negative, over-precise and other currencies are refused.
  const result = readMoneyArgument(raw, currency);
  if (result.ok) return { ok: true, value: result.minor };
  if (result.problem === 'currency') return { ok: false, error: 'quotes.error.priceCurrency' };
  return {
    ok: false,
    error: result.problem === 'too_large' ? 'quotes.error.tooLarge' : 'quotes.error.price',
  };
}

/** `10`, `10%`, `12.5` → basis points; empty is 0; above 100 % or negative: refused. */
export function parseDiscountBp(text: string | null | undefined): Parsed<number> {
  const percent = parsePercent(text);
  if (percent === null) return { ok: true, value: 0 };
  if (percent === 'invalid') return { ok: false, error: 'quotes.error.discount' };
  return { ok: true, value: Math.round(percent * 100) };
}

/** A tax rate in percent (`13`, `6%`) → basis points, 0–100 %. */
export function parseTaxBp(text: string | null | undefined): Parsed<number> {
  const percent = parsePercent(text);
  if (percent === null) return { ok: true, value: 0 };
  if (percent === 'invalid') return { ok: false, error: 'quotes.error.tax' };
  return { ok: true, value: Math.round(percent * 100) };
}

export interface PastedLine {
  /** 1-based line number in the pasted text (blank lines count, so the rep finds it). */
  line: number;
  sku: string;
  quantityMilli: number;
  /** Null: the price list's price. */
  priceMinor: number | null;
  discountBp: number;
}

export interface PasteProblem {
  line: number;
  text: string;
  error:
    | QuoteFieldError
    | 'quotes.error.pasteFormat'
    | 'quotes.error.pasteEmpty'
    | 'quotes.error.unknownSku'
    | 'quotes.error.retired'
    | 'quotes.error.fileColumns'
    | 'quotes.error.fileNoSku'
    | 'quotes.error.fileDiscountFraction';
  sku?: string;
}

/**
 * `SKU qty [price] [discount]`, one a line: the price may be left out (the list's), a last token ending in `%` is
 * the discount. Every line is checked; any problem refuses the whole paste, so nothing is half-saved.
 */
export function parsePastedLines(
  text: string,
  currency: string,
): { lines: PastedLine[]; problems: PasteProblem[] } {
  const lines: PastedLine[] = [];
  const problems: PasteProblem[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    const shown = rawLine.trim().slice(0, 80);
    const tokens = rawLine
      .trim()
      .split(/[\s\t]+/)
      .filter(Boolean);
    if (tokens.length === 0) return;
    if (tokens.length < 2 || tokens.length > 4) {
      problems.push({ line, text: shown, error: 'quotes.error.pasteFormat' });
      return;
    }
    const [sku = '', quantity, ...rest] = tokens;
    const last = rest.at(-1);
    const discount = last !== undefined && /[%％]$/.test(last) ? last : rest.length === 2 ? last : undefined;
    const price = rest.length === 2 || discount === undefined ? rest[0] : undefined;
    const read = readLineFields({ line, shown, sku, quantity, price, discount }, currency);
    if ('error' in read) problems.push(read);
    else lines.push(read);
  });
  return { lines, problems };
}

/**
 * One line's fields, however they came (a pasted line's tokens, a file's cells): the quantity, the price if given
 * (else the list's) and the discount if given (else none), or the first problem among them.
 */
export function readLineFields(
  fields: {
    line: number;
    shown: string;
    sku: string;
    quantity: string | undefined;
    price: string | undefined;
    discount: string | undefined;
  },
  currency: string,
): PastedLine | PasteProblem {
  const { line, shown, sku } = fields;
  const qty = parseQuantityMilli(fields.quantity);
  if (!qty.ok) return { line, text: shown, error: qty.error };
  const price = fields.price?.trim() ? parsePriceMinor(fields.price, currency) : null;
  if (price && !price.ok) return { line, text: shown, error: price.error };
  const discount = parseDiscountBp(fields.discount);
  if (!discount.ok) return { line, text: shown, error: discount.error };
  return {
    line,
    sku,
    quantityMilli: qty.value,
    priceMinor: price?.ok ? price.value : null,
    discountBp: discount.value,
  };
}

/** Free text the rep typed (descriptions, terms): visible characters, at most `max`. */
export function cleanText(value: string | null | undefined, max: number): Parsed<string | null> {
  const text = visibleText(value);
  if (text !== null && Array.from(text).length > max) return { ok: false, error: 'quotes.error.tooLong' };
  return { ok: true, value: text };
}
