import type { Lead } from '../../../features/leads/leads.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { type CurrencyCode, formatMoney } from '../../../lib/parse/money.js';
import { escapeMrkdwn } from '../../mrkdwn.js';

/** Shared wording for a lead's fields, so the card, lists, App Home and digests say things the same way. */
export function stageLabel(stage: string, t: Translate): string {
  return t(`leads.stage.${stage}` as MessageKey);
}

export function moneyLabel(
  amount: number | null,
  currency: string | null,
  locale: Locale,
  t: Translate,
): string {
  return amount === null
    ? t('common.none')
    : formatMoney(amount, (currency as CurrencyCode | null) ?? null, locale);
}

export function followUpLabel(
  lead: Pick<Lead, 'nextFollowUpOn' | 'nextFollowUpTime'>,
  today: string,
  t: Translate,
): string {
  if (!lead.nextFollowUpOn) return t('common.none');
  const when = [lead.nextFollowUpOn, lead.nextFollowUpTime].filter(Boolean).join(' ');
  return lead.nextFollowUpOn < today ? `${when} (${t('leads.card.overdue')})` : when;
}

/** `#42 Acme Ltd` with the company escaped: user text never becomes a mention or a link. */
export function leadTitle(lead: Pick<Lead, 'id' | 'companyName'>): string {
  return `#${lead.id} ${escapeMrkdwn(lead.companyName)}`;
}
