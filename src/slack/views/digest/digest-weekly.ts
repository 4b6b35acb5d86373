import type { KnownBlock } from '@slack/types';
import type { WeeklySummary } from '../../../features/digest/digest.types.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { SLACK_LIMITS } from '../../limits.js';
import { mrkdwn, plain } from '../blocks.js';
import { stageLabel } from '../leads/lead-format.js';
import { type DigestFormat, lastDayOf, lostReasonLabel, money, sections } from './digest-format.js';

/** Monday's look back at last week, posted to the sales channel. */
export function buildWeeklySummary(
  week: WeeklySummary,
  t: Translate,
  locale: Locale,
): { text: string; blocks: KnownBlock[] } {
  const f: DigestFormat = { t, locale, currency: week.currency };
  const sunday = lastDayOf(week.window);
  const winRate =
    week.winRate === null
      ? t('digest.weekly.noClosed')
      : t('digest.weekly.winRate', { rate: week.winRate, won: week.won.count, lost: week.lost.count });
  const values = t('digest.weekly.closedValue', {
    wonValue: money(week.won.value, f),
    lostValue: money(week.lost.value, f),
  });
  const cycle =
    week.averageCycleDays === null
      ? t('digest.weekly.noCycle')
      : t('digest.weekly.cycle', { days: week.averageCycleDays });
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: plain(
        t('digest.weekly.title', { from: week.window.fromDate, to: sunday }),
        SLACK_LIMITS.headerText,
      ),
    },
    { type: 'section', text: mrkdwn(`${winRate}\n${values}\n${cycle}`) },
    ...sections(
      t('digest.weekly.conversionTitle'),
      week.conversions.length
        ? week.conversions.map(
            (c) =>
              `• ${t('digest.weekly.conversionLine', {
                stage: stageLabel(c.fromStage, t),
                rate: c.rate ?? 0,
                advanced: c.advanced,
                movedOut: c.movedOut,
              })}`,
          )
        : [`_${t('digest.none')}_`],
    ),
    ...sections(
      t('digest.weekly.lostTitle'),
      week.topLostReasons.length
        ? week.topLostReasons.map(
            (r) =>
              `• ${t('digest.weekly.lostLine', { reason: lostReasonLabel(r.reason, t), count: r.count, value: money(r.value, f) })}`,
          )
        : [`_${t('digest.none')}_`],
    ),
  ];
  const text = t('digest.weekly.fallback', {
    rate: week.winRate === null ? '—' : `${week.winRate}%`,
    won: week.won.count,
    lost: week.lost.count,
  });
  return { text, blocks };
}
