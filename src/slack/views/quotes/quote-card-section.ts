import type { LeadCardQuote } from '../../../features/leads/lead-card.usecases.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { escapeMrkdwn } from '../../mrkdwn.js';

/**
 * The lead card's quotes: one line each (number, version, status, current total), newest first. Null when the lead
 * has none, so the card keeps only its "New quote" button.
 */
export function leadCardQuoteSection(quotes: LeadCardQuote[], t: Translate): string | null {
  if (quotes.length === 0) return null;
  const lines = quotes.map(
    (quote) =>
      `• ${t('quotes.card.line', {
        number: escapeMrkdwn(quote.number),
        version: quote.version,
        status: t(`quotes.status.${quote.status}` as MessageKey),
        total: formatMinor(quote.totalMinor, quote.currency),
      })}`,
  );
  return `${t('quotes.card.title')}\n${lines.join('\n')}`;
}
