import type { KnownBlock } from '@slack/types';
import type { CountAndValue, DateWindow, LeadLine, RepDay } from '../../../features/digest/digest.types.js';
import { shiftDate } from '../../../features/digest/digest-calendar.js';
import { LOST_REASONS } from '../../../features/leads/leads.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { type CurrencyCode, formatMoney } from '../../../lib/parse/money.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { mrkdwn } from '../blocks.js';
import { leadTitle, stageLabel } from '../leads/lead-format.js';

/** Shared wording of the digest views (team digest, manager DM, weekly summary, /pipeline). */
export interface DigestFormat {
  t: Translate;
  locale: Locale;
  currency: string;
}

export const money = (amount: number, f: DigestFormat) =>
  formatMoney(amount, (f.currency as CurrencyCode) || null, f.locale);

export const countAndValue = (n: CountAndValue, f: DigestFormat) => ({
  count: n.count,
  value: money(n.value, f),
});

/** The last local date a window covers (its `toDate` is excluded). */
export const lastDayOf = (window: DateWindow) => shiftDate(window.toDate, -1);

export function windowLabel(window: DateWindow, t: Translate): string {
  const last = lastDayOf(window);
  return last === window.fromDate
    ? t('digest.window.day', { from: window.fromDate })
    : t('digest.window.range', { from: window.fromDate, to: last });
}

/** A lost reason's label; a reason the catalog does not know is shown as "other". */
export function lostReasonLabel(reason: string | null, t: Translate): string {
  if (!reason) return t('common.none');
  const known = (LOST_REASONS as readonly string[]).includes(reason) ? reason : 'other';
  return t(`leads.lostReason.${known}` as MessageKey);
}

export function stageOrNone(stage: string | null, t: Translate): string {
  return stage ? stageLabel(stage, t) : t('common.none');
}

/** `#42 Acme · ¥120,000 · @owner` — the company is escaped by `leadTitle`. */
export function leadLine(lead: LeadLine, f: DigestFormat, extra?: string): string {
  const parts = [leadTitle(lead)];
  if (lead.value !== null) parts.push(money(lead.value, f));
  parts.push(userMention(lead.ownerUserId));
  if (extra) parts.push(extra);
  return `• ${parts.join(' · ')}`;
}

/** Names the first few, then says how many more there are. */
export function withMore(lines: string[], total: number, t: Translate): string[] {
  return total > lines.length ? [...lines, `_${t('digest.more', { count: total - lines.length })}_`] : lines;
}

export function repLine(rep: RepDay, t: Translate): string {
  return `• ${t('digest.reps.line', {
    rep: userMention(rep.userId),
    newProspects: rep.newProspects,
    contacts: rep.contacts,
    needs: rep.needsAnalyses,
    demos: rep.demos,
    quotes: rep.quotes,
    won: rep.won,
  })}`;
}

export function ageLabel(hours: number, t: Translate): string {
  return hours >= 48
    ? t('digest.age.days', { n: Math.floor(hours / 24) })
    : t('digest.age.hours', { n: hours });
}

/**
 * A titled section; lines that would push it past Slack's 3000 characters spill into further sections, so
 * nothing is cut mid-line.
 */
export function sections(title: string, lines: string[]): KnownBlock[] {
  const max = SLACK_LIMITS.sectionText - 50;
  const blocks: KnownBlock[] = [];
  let text = title;
  for (const line of lines) {
    if (text.length + line.length + 1 > max) {
      blocks.push({ type: 'section', text: mrkdwn(text) });
      text = '';
    }
    text = text ? `${text}\n${line}` : line;
  }
  if (text) blocks.push({ type: 'section', text: mrkdwn(text) });
  return blocks;
}

/** Keeps a message under Slack's 50 blocks, replacing the tail with a note of what was left out. */
export function capBlocks(blocks: KnownBlock[], t: Translate): KnownBlock[] {
  const max = SLACK_LIMITS.messageBlocks;
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [
    ...kept,
    { type: 'context', elements: [mrkdwn(t('digest.more', { count: blocks.length - kept.length }))] },
  ];
}
