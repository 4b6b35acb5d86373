import type { Locale } from '../../i18n/index.js';
import { numberFormat } from '../intl-cache.js';
import {
  CHINESE_NUMERAL_PATTERN,
  FINANCIAL_NUMERAL_PATTERN,
  fromFinancialNumerals,
  hasFinancialNumerals,
  parseChineseNumeral,
} from './chinese-numerals.js';

export type CurrencyCode = 'CNY' | 'USD' | 'EUR' | 'GBP' | 'JPY' | 'HKD' | 'SGD' | 'AUD' | 'CAD' | 'TWD';

export interface MoneyMatch {
  /** The amount; for a range, the upper bound (the most the customer said they could spend). */
  amount: number;
  /** ISO code, or null when the text does not say (e.g. a bare `50万` or `250k`). */
  currency: CurrencyCode | null;
  min?: number;
  max?: number;
  /** The words the amount came from, exactly as written. */
  raw: string;
  /** Offset of `raw` in the text. */
  index: number;
  /** Set when the amount is a unit price (`5万/台`, `$50 per seat`), with the words that say so. */
  per?: string;
  /** Only with `allowAmbiguous`: no currency, and a magnitude that also means other things ("1.5M"). */
  ambiguous?: boolean;
}

const PREFIX_CURRENCIES: Record<string, CurrencyCode> = {
  us$: 'USD',
  'jp¥': 'JPY',
  hk$: 'HKD',
  s$: 'SGD',
  a$: 'AUD',
  c$: 'CAD',
  nt$: 'TWD',
  $: 'USD',
  '¥': 'CNY',
  '￥': 'CNY',
  '€': 'EUR',
  '£': 'GBP',
  rmb: 'CNY',
  人民币: 'CNY',
};
const CODE_CURRENCIES: Record<string, CurrencyCode> = {
  cny: 'CNY',
  rmb: 'CNY',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  hkd: 'HKD',
  sgd: 'SGD',
  aud: 'AUD',
  cad: 'CAD',
  twd: 'TWD',
};
const SUFFIX_CURRENCIES: Record<string, CurrencyCode> = {
  ...CODE_CURRENCIES,
  元: 'CNY',
  块: 'CNY',
  块钱: 'CNY',
  人民币: 'CNY',
  美元: 'USD',
  美金: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
  円: 'JPY',
  港币: 'HKD',
  港元: 'HKD',
  yuan: 'CNY',
  dollars: 'USD',
  dollar: 'USD',
  bucks: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
};
const MAGNITUDES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mil: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  w: 1e4,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};
/** Magnitudes that also mean other things (5m long, 3M the company), accepted only with a currency. */
const AMBIGUOUS_MAGNITUDES = new Set(['m', 'mm', 'mil', 'b', 'thousand']);

const alternatives = (keys: string[]) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[$]/g, '\\$'))
    .join('|');

const PREFIX = `(?:(${alternatives(Object.keys(PREFIX_CURRENCIES))})|(${alternatives(Object.keys(CODE_CURRENCIES))})(?![a-z]))\\s?`;
const NUMBER = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL_PATTERN}|${FINANCIAL_NUMERAL_PATTERN})`;
const MAGNITUDE = `(?:\\s?(${alternatives(Object.keys(MAGNITUDES))})(?![a-z]))`;
const RANGE = `\\s?(?:-|–|—|~|～|到|至|\\bto\\b)\\s?(?:${alternatives(Object.keys(PREFIX_CURRENCIES))})?\\s?`;
const SUFFIX = `(?:\\s?(${alternatives(Object.keys(SUFFIX_CURRENCIES))})(?![a-z]))`;
/** "20来万", "20多万", "20余万": about 20万 (the stated number is kept); "30个w" is 30万. */
const ABOUT = '(?:来|多|余|个(?=\\s?[wW万]))?';
const MONEY_REGEX = new RegExp(
  `(?<![\\w.,$¥￥€£几数好上])(?:${PREFIX})?${NUMBER}${ABOUT}${MAGNITUDE}?(?:${RANGE}${NUMBER}${ABOUT}${MAGNITUDE}?)?${SUFFIX}?`,
  'giu',
);
/** One amount alone, to re-read the first half of a "range" that is not one ("from $300k to $260k"). */
const SINGLE_MONEY_REGEX = new RegExp(`(?:${PREFIX})?${NUMBER}${ABOUT}${MAGNITUDE}?()()${SUFFIX}?`, 'iuy');
/** Counted things right after a number mean it is a quantity, not money ("20万台", "5k users"). */
const COUNT_AFTER =
  /^(?:个|人|名|位|台|辆|套|件|部|家|张|把|次|天|年(?![底末初中前内])|月|周|小时|公里|平|米)|^\s?(?:users?\b|seats?\b|licen[cs]es?\b|people\b|employees?\b|units?\b|km\b|miles?\b|kg\b)/i;
const PER_AFTER =
  /^\s?(?:\/\s?(?:[a-z]+|[\u4e00-\u9fa5]{1,2})|每[\u4e00-\u9fa5]{1,2}|一(?:台|辆|套|个|年|月|人)|per\s+\w+|(?:a|each)\s+(?:month|year|seat|user|unit)\b)/i;

/** Reads one written number: `3,000,000`, `1.5`, `五十`. */
export function parseNumberToken(token: string): number | null {
  if (/^[\d,.]+$/.test(token)) {
    const value = Number(token.replaceAll(',', ''));
    return Number.isFinite(value) ? value : null;
  }
  return parseChineseNumeral(fromFinancialNumerals(token));
}

/**
 * Every amount of money written in `text`, in order. Never throws. `allowAmbiguous` also returns amounts whose
 * only sign of money is a magnitude that means other things too ("1.5M", "3 mil"), marked `ambiguous`, for
 * callers that check the words around them.
 */
export function findMoney(text: string, options: { allowAmbiguous?: boolean } = {}): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  const allowAmbiguous = options.allowAmbiguous ?? false;
  const pattern = new RegExp(MONEY_REGEX.source, MONEY_REGEX.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const parsed = toMoney(match, text, allowAmbiguous);
    if (parsed && parsed !== 'falling') found.push(parsed);
    else if (parsed === 'falling') {
      // A falling pair is two amounts, a revision ("revised from $300k to $260k"): read the first, then go on.
      SINGLE_MONEY_REGEX.lastIndex = match.index;
      const single = SINGLE_MONEY_REGEX.exec(text);
      const first = single ? toMoney(single, text, allowAmbiguous) : null;
      if (single && first && first !== 'falling') found.push(first);
      pattern.lastIndex = match.index + Math.max(1, single?.[0].length ?? 1);
    }
  }
  return found;
}

/** The first amount of money in `text`, or null. */
export function parseMoney(text: string): MoneyMatch | null {
  return findMoney(text)[0] ?? null;
}

/** `'falling'`: two amounts joined like a range but falling ("$300k to $260k"), so not a range. */
function toMoney(
  match: RegExpMatchArray,
  text: string,
  allowAmbiguous: boolean,
): MoneyMatch | 'falling' | null {
  const [raw, prefix, prefixCode, first, firstMag, second, secondMag, suffix] = match;
  if (!raw || !first || match.index === undefined) return null;
  const currency = resolveCurrency(prefix ?? prefixCode, suffix);
  const magnitude = (firstMag ?? secondMag)?.toLowerCase();
  const chineseOnly = /^[^\d]/.test(first);
  // Financial numerals double as words (陆家嘴, 收拾): only an amount with its currency is read.
  if (!currency && hasFinancialNumerals(first + (second ?? ''))) return null;
  if (!currency && !magnitude && !(chineseOnly && /[万亿]/.test(first + (second ?? '')))) return null;
  const ambiguous = !currency && magnitude !== undefined && AMBIGUOUS_MAGNITUDES.has(magnitude);
  if (ambiguous && !allowAmbiguous) return null;
  const pair = !second ? approximatePair(first, firstMag) : null;
  if (pair) {
    const after = text.slice(match.index + raw.length);
    if (!currency && COUNT_AFTER.test(after)) return null;
    return {
      amount: pair.max,
      currency,
      min: pair.min,
      max: pair.max,
      raw: raw.trimEnd(),
      index: match.index,
    };
  }
  const after = text.slice(match.index + raw.length);
  if (!currency && COUNT_AFTER.test(after)) return null;
  const low = scale(first, firstMag ?? (second ? secondMag : undefined));
  const high = second ? scale(second, secondMag ?? firstMag) : null;
  if (low === null || (second && high === null)) return null;
  const trimmedRaw = raw.trimEnd();
  const result: MoneyMatch = { amount: high ?? low, currency, raw: trimmedRaw, index: match.index };
  if (high !== null) {
    if (high <= low) return 'falling';
    result.min = low;
    result.max = high;
  }
  const per = PER_AFTER.exec(after)?.[0];
  if (per) result.per = per.trim();
  if (ambiguous) result.ambiguous = true;
  return result;
}

/** 五六十万 = 50万 to 60万, 三四百万 = 300万 to 400万: two neighbouring digits before a unit give a range. */
function approximatePair(first: string, magnitude: string | undefined): { min: number; max: number } | null {
  const m = /^([一二三四五六七八])([二三四五六七八九])([十百千]?)([万亿]?)$/u.exec(first);
  if (!m?.[1] || !m[2]) return null;
  const low = parseChineseNumeral(m[1]) ?? 0;
  const high = parseChineseNumeral(m[2]) ?? 0;
  if (high !== low + 1) return null;
  const unit =
    (m[3] ? (parseChineseNumeral(`一${m[3]}`) ?? 1) : 1) * (m[4] === '亿' ? 1e8 : m[4] === '万' ? 1e4 : 1);
  const factor = unit * (magnitude ? (MAGNITUDES[magnitude.toLowerCase()] ?? 1) : 1);
  return { min: low * factor, max: high * factor };
}

function scale(number: string, magnitude: string | undefined): number | null {
  const value = parseNumberToken(number);
  if (value === null) return null;
  const factor = magnitude ? (MAGNITUDES[magnitude.toLowerCase()] ?? 1) : 1;
  // Rounding keeps 1.2 × 1e6 at 1,200,000 instead of 1,199,999.9999.
  return Math.round(value * factor * 100) / 100;
}

function resolveCurrency(prefix: string | undefined, suffix: string | undefined): CurrencyCode | null {
  const fromSuffix = suffix ? SUFFIX_CURRENCIES[suffix.toLowerCase()] : undefined;
  const fromPrefix = prefix
    ? (PREFIX_CURRENCIES[prefix.toLowerCase()] ?? CODE_CURRENCIES[prefix.toLowerCase()])
    : undefined;
  // `$100万美元`-style doubles agree; `¥… USD` is rare, and the written word wins over the symbol.
  return fromSuffix ?? fromPrefix ?? null;
}

const SYMBOLS: Partial<Record<CurrencyCode, string>> = {
  CNY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
  HKD: 'HK$',
  SGD: 'S$',
  AUD: 'A$',
  CAD: 'C$',
  TWD: 'NT$',
};

/** The mark written before an amount: `¥`, `HK$`; the ISO code followed by a space for other currencies. */
export function currencyPrefix(currency: string): string {
  return SYMBOLS[currency as CurrencyCode] ?? `${currency} `;
}

/** `¥300,000`, `$1,500,000.5`, `HK$80,000`; with no currency, just the grouped number. */
export function formatMoney(amount: number, currency: CurrencyCode | null, locale: Locale): string {
  const number = numberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  if (!currency) return number;
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${number}` : `${currency} ${number}`;
}
