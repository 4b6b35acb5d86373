import { dateTimeFormat } from '../../../lib/intl-cache.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import type { QuoteDocument } from '../quote-document.types.js';

/**
 * How the quote's numbers read on the PDF. All exact: money from its minor units' digits (the currency's own
 * exponent), quantities from thousandths, percentages from basis points; no float is rounded on the way.
 */

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Digits of `value / 10^scale` with the point put in and trailing zeros dropped: 1500, 3 → "1.5". */
function scaled(value: number, scale: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = group(digits.slice(0, -scale));
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** 1500 → "1.5", 12000 → "12", 1234567 → "1,234.567". */
export const formatQuantity = (quantityMilli: number): string => scaled(quantityMilli, 3);

/** 1000 → "10%", 250 → "2.5%", 1300 → "13%". */
export const formatPercent = (basisPoints: number): string => `${scaled(basisPoints, 2)}%`;

/** `¥12,345.67`, `$5.00`, `JP¥5,000`: the currency's own number of decimals. */
export const formatMoney = (minor: number, currency: string): string => formatMinor(minor, currency);

/** `2026-12-07` → "2026年12月7日" or "7 December 2026"; a date that does not parse is shown as given. */
export function formatDate(isoDate: string, language: QuoteDocument['language']): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // A date that is not a real day (2027-02-30 would roll over to March) is not guessed at.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) return isoDate;
  const locale = language === 'zh-CN' ? 'zh-CN' : 'en-GB';
  return dateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(
    date,
  );
}
