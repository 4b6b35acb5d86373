import { minorDigits, minorToDecimal } from '../../features/targets/target-money.js';
import type { Progress, TargetMetric, TargetPeriod } from '../../features/targets/targets.types.js';
import { isAmountMetric } from '../../features/targets/targets.types.js';
import type { Locale, MessageKey, Translate } from '../../i18n/index.js';
import { numberFormat } from '../../lib/intl-cache.js';
import { currencyPrefix } from '../../lib/parse/money.js';

/** Shared wording of targets, plans and the leaderboard. */
export interface TargetFormat {
  t: Translate;
  locale: Locale;
  currency: string;
}

/**
 * Minor units as money, exactly: `¥12,345.67`, `¥500,000` (no decimals when there are none), `JP¥1,500`. The
 * decimal string goes to Intl as a string, so no amount passes through a float.
 */
export function amountLabel(minor: number, currency: string, locale: Locale): string {
  const decimal = minorToDecimal(minor, currency);
  const digits = decimal.endsWith(`.${'0'.repeat(minorDigits(currency))}`) ? 0 : minorDigits(currency);
  const number = numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal as Intl.StringNumericLiteral);
  return `${currencyPrefix(currency)}${number}`;
}

export const metricLabel = (metric: TargetMetric, t: Translate) =>
  isAmountMetric(metric) ? t(`targets.metric.${metric}`) : t(`targets.count.${metric}` as MessageKey);

export const periodLabel = (period: TargetPeriod, t: Translate) => t(`targets.period.${period}`);

/** An amount (minor units) or a plain count, as the metric takes it. */
export function valueLabel(metric: TargetMetric, value: number, f: TargetFormat): string {
  return isAmountMetric(metric) ? amountLabel(value, f.currency, f.locale) : String(value);
}

/** `▰▰▰▰▱▱▱▱▱▱`: ten steps, full at 100 % and beyond. */
export function progressBar(percent: number): string {
  const filled = Math.max(0, Math.min(10, Math.floor(percent / 10)));
  return `${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)}`;
}

/** What is left to do: the pace per working day, "reached", or "no working day left". */
export function paceLabel(metric: TargetMetric, progress: Progress, f: TargetFormat): string {
  const { t } = f;
  if (progress.pacePerDay === 0) return t('targets.progress.reached');
  if (progress.pacePerDay === null) return t('targets.progress.missed');
  const pace = t('targets.progress.pace', {
    pace: valueLabel(metric, progress.pacePerDay, f),
    days: progress.workingDaysLeft,
  });
  return `${pace} · ${t(progress.onTrack ? 'targets.progress.onTrack' : 'targets.progress.behind')}`;
}
