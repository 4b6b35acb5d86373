import { decimalToMinor } from '../money/minor-units.js';
import { CHINESE_NUMERAL_PATTERN, parseChineseNumeral } from './chinese-numerals.js';

/**
 * One typed amount of money (`300000`, `30万`, `300k`, `¥300,000`, `1.2m USD`, `三十万元`) read EXACTLY into minor
 * units of a currency: the magnitude moves the decimal point in the digits' text; nothing is multiplied as a float.
 * The written forms are those the needs parser (money.ts) understands, for one amount that is the whole text.
 */
export type ExactMoneyResult =
  | { ok: true; minor: number; currency: string }
  | { ok: false; reason: 'invalid' | 'precision' | 'currency' };

const PREFIXES: Record<string, string> = {
  us$: 'USD',
  'jp¥': 'JPY',
  hk$: 'HKD',
  s$: 'SGD',
  $: 'USD',
  '¥': 'CNY',
  '￥': 'CNY',
  '€': 'EUR',
  '£': 'GBP',
  rmb: 'CNY',
  人民币: 'CNY',
};
const CODES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'SGD'];
const SUFFIXES: Record<string, string> = {
  ...Object.fromEntries(CODES.map((code) => [code.toLowerCase(), code])),
  rmb: 'CNY',
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
  euros: 'EUR',
};
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
  bn: 9,
  billion: 9,
};

const alternatives = (keys: string[]) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[$]/g, '\\$'))
    .join('|');
const PATTERN = new RegExp(
  `^(${alternatives([...Object.keys(PREFIXES), ...CODES.map((c) => c.toLowerCase())])})?\\s?` +
    `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL_PATTERN})` +
    `\\s?(${alternatives(Object.keys(MAGNITUDES))})?\\s?(${alternatives(Object.keys(SUFFIXES))})?$`,
  'iu',
);

/**
 * Reads `text` as an amount in `currency` (the contract's). A currency written in the text must be that one;
 * more decimals than the currency has (`0.005` CNY, `1.5` JPY) are refused rather than rounded.
 */
export function parseMoneyExact(text: string, currency: string): ExactMoneyResult {
  const match = PATTERN.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return { ok: false, reason: 'invalid' };
  const [, prefix, number = '', magnitude, suffix] = match;
  const written = [
    prefix ? (PREFIXES[prefix.toLowerCase()] ?? prefix.toUpperCase()) : null,
    suffix ? SUFFIXES[suffix.toLowerCase()] : null,
  ].filter((code): code is string => Boolean(code));
  if (written.some((code) => code !== currency.toUpperCase())) return { ok: false, reason: 'currency' };
  let decimal = number.replaceAll(',', '');
  if (!/^\d/.test(decimal)) {
    const value = parseChineseNumeral(decimal);
    if (value === null || !Number.isFinite(value)) return { ok: false, reason: 'invalid' };
    decimal = String(value);
    if (/e/i.test(decimal)) return { ok: false, reason: 'invalid' };
  }
  const scale = magnitude ? (MAGNITUDES[magnitude.toLowerCase()] ?? 0) : 0;
  const minor = decimalToMinor(decimal, currency, scale);
  if (minor === null) {
    const tooPrecise = decimalToMinor(decimal.replace(/\.\d*$/, ''), currency, scale) !== null;
    return { ok: false, reason: tooPrecise ? 'precision' : 'invalid' };
  }
  return minor > 0 ? { ok: true, minor, currency: currency.toUpperCase() } : { ok: false, reason: 'invalid' };
}
