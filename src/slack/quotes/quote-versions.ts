import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Quote, QuoteVersion } from '../../features/quotes/quote-records.js';
import { formatMinor } from '../../lib/money/minor-units.js';
import type { RequestContext } from '../context.js';
import { SLACK_LIMITS } from '../limits.js';
import { escapeMrkdwn, truncate } from '../mrkdwn.js';
import { mrkdwn } from '../views/blocks.js';
import { bpText, quantityText } from '../views/quotes/quote-format.js';

/**
 * `/quote BJ-2026-0001 v1`: the version as it was sent: its PDF (the very file uploaded then) and the frozen
 * document's lines and totals, read from the snapshot, never from today's quote.
 */
export function showSentVersion(input: {
  client: WebClient;
  request: Pick<RequestContext, 't'>;
  quote: Quote;
  version: QuoteVersion;
}): { text: string; blocks: KnownBlock[] } {
  const { version, request } = input;
  const { t } = request;
  const doc = version.document;
  const money = (minor: number) => formatMinor(minor, doc.currency);
  const pdf = version.filePermalink
    ? t('quotes.message.pdf', {
        version: version.version,
        link: `<${version.filePermalink}|${doc.number}-v${version.version}.pdf>`,
      })
    : t('quotes.message.pdfMissing', { version: version.version });
  const lines = doc.lines
    .slice(0, 40)
    .map(
      (line) =>
        `${line.position}. ${escapeMrkdwn(truncate(line.sku ? `${line.sku} ${line.description}` : line.description, 80))} · ${quantityText(line.quantityMilli)} × ${money(line.unitPriceMinor)}${line.discountBp ? ` − ${bpText(line.discountBp)}` : ''} = ${money(line.netMinor)}`,
    );
  const head = `*${doc.number}* v${doc.version} · ${escapeMrkdwn(truncate(doc.customer.company, 120))} · ${doc.issuedOn} → ${doc.validUntil}`;
  const totals = t('quotes.builder.totals', {
    subtotal: money(doc.subtotalMinor),
    discount: money(doc.discountMinor),
    tax: money(doc.taxMinor),
    total: money(doc.totalMinor),
  });
  const more = doc.lines.length > lines.length ? `\n…+${doc.lines.length - lines.length}` : '';
  const text = `${head}\n${pdf}`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      {
        type: 'section',
        text: mrkdwn(`${lines.join('\n')}${more}`.slice(0, SLACK_LIMITS.sectionText) || '—'),
      },
      { type: 'context', elements: [mrkdwn(totals)] },
    ],
  };
}
