const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * A Chinese numeral must start with a digit or 十, so words like 万一 / 千万 ("by all means") never match.
 * 半 is left out: in running text it usually starts the next word (五十万，半年内).
 */
export const CHINESE_NUMERAL_PATTERN = '[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿点]*';

/** The financial numerals (大写) written on contracts and invoices, and their everyday forms. */
const FINANCIAL: Record<string, string> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
  億: '亿',
};
/**
 * A numeral in financial characters ("伍拾万", "叁佰陆拾万"). Several of them are everyday words too (陆家嘴,
 * 收拾), so callers accept one only next to a currency (人民币伍拾万元整).
 */
export const FINANCIAL_NUMERAL_PATTERN =
  '[壹贰貳叁參肆伍陆陸柒捌玖拾][零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬万億亿]*';
export const hasFinancialNumerals = (text: string) => /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]/u.test(text);

/** 伍拾万 → 五十万: financial numerals read as the everyday ones. */
export function fromFinancialNumerals(text: string): string {
  return text.replace(/[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]/gu, (c) => FINANCIAL[c] ?? c);
}

/**
 * Reads a Chinese numeral such as 五十, 一百二十万, 两千五, 三万五, 一点五万, 二零二六, 半, 两万半.
 * Returns null for anything that is not entirely a numeral. Colloquial shorthand (三万五 = 35,000) follows
 * the usual reading: a trailing digit counts in the unit just below the last one.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  if (text === '半') return 0.5;
  if (!/^[零〇一二两三四五六七八九十百千万亿点半]+$/u.test(text)) return null;
  const decimalAt = text.indexOf('点');
  if (decimalAt >= 0) return parseDecimal(text, decimalAt);
  if (/^[零〇一二两三四五六七八九]{2,}$/u.test(text)) return parsePositional(text);
  return parseWithUnits(text);
}

/** 二零二六 style: digits read one after another (years, phone numbers). */
function parsePositional(text: string): number {
  let value = 0;
  for (const char of text) value = value * 10 + (DIGITS[char] ?? 0);
  return value;
}

/** 一点五万 = 1.5 × 10,000; only a single unit may follow the fraction. */
function parseDecimal(text: string, decimalAt: number): number | null {
  const whole = parseChineseNumeral(text.slice(0, decimalAt));
  const after = text.slice(decimalAt + 1);
  const match = /^([零〇一二三四五六七八九]+)([十百千万亿]|千万|百万)?$/u.exec(after);
  if (whole === null || !match?.[1]) return null;
  const fraction = Number(`0.${parsePositional(match[1])}`);
  const unit = match[2] ? unitValue(match[2]) : 1;
  return roundTo((whole + fraction) * unit, 6);
}

function unitValue(unit: string): number {
  let value = 1;
  for (const char of unit) value *= SMALL_UNITS[char] ?? BIG_UNITS[char] ?? 1;
  return value;
}

function parseWithUnits(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let sawZero = false;
  let half = false;
  for (const char of text) {
    if (half) return null;
    const d = DIGITS[char];
    if (d !== undefined) {
      if (digit !== null && d !== 0) return null;
      if (d === 0) sawZero = true;
      else digit = d;
      continue;
    }
    const small = SMALL_UNITS[char];
    if (small !== undefined) {
      if (digit === null && small !== 10) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastUnit = small;
      sawZero = false;
      continue;
    }
    const big = BIG_UNITS[char];
    if (big !== undefined) {
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return null;
      total = big === 1e8 ? (total + part) * big : total + part * big;
      section = 0;
      digit = null;
      lastUnit = big;
      sawZero = false;
      continue;
    }
    if (char === '半') {
      if (lastUnit === 0 || digit !== null) return null;
      half = true;
      continue;
    }
    return null;
  }
  let tail = digit ?? 0;
  if (digit !== null && !sawZero && lastUnit >= 100) tail = digit * (lastUnit / 10);
  if (half) tail = lastUnit / 2;
  return total + section + tail;
}

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

const ENGLISH_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
};

/** Small English number words the parsers accept ("three days", "a week", "fifty users"). */
export const ENGLISH_NUMBER_PATTERN = `(?:${Object.keys(ENGLISH_NUMBERS).join('|')})`;

/** Reads "12", "1,200", "three", "五十", "两" — the ways a count is written in notes. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(trimmed)) return Number(trimmed.replaceAll(',', ''));
  const english = ENGLISH_NUMBERS[trimmed];
  if (english !== undefined) return english;
  return parseChineseNumeral(trimmed);
}
