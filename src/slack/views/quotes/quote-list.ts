import type { KnownBlock } from '@slack/types';
import type { QuoteSummary } from '../../../features/quotes/quote-records.js';
import type { Translate } from '../../../i18n/index.js';
import { SLACK_LIMITS } from '../../limits.js';
import { mrkdwn } from '../blocks.js';
import { buildDataTable, moneyCell, numberCell, type TableCell, textCell, userCell } from '../data-table.js';
import { quoteSummaryLine, statusLabel } from './quote-message.js';

/** Company names are user text of any length: a cell keeps this much so 100 rows fit the table's budget. */
const COMPANY_CHARS = 24;

export function quoteListHeaders(t: Translate): string[] {
  return [
    t('quotes.list.column.number'),
    t('lists.quotes.column.version'),
    t('quotes.list.column.company'),
    t('quotes.list.column.status'),
    t('quotes.list.column.total'),
    t('quotes.list.column.validUntil'),
    t('lists.quotes.column.rep'),
  ];
}

function quoteRow({ quote, companyName, totalMinor }: QuoteSummary, t: Translate): TableCell[] {
  return [
    textCell(quote.number),
    numberCell(quote.currentVersion, `v${quote.currentVersion}`),
    textCell(companyName, COMPANY_CHARS),
    textCell(statusLabel(quote, t)),
    moneyCell(totalMinor, quote.currency),
    textCell(quote.validUntil),
    userCell(quote.ownerUserId),
  ];
}

/**
 * `/quote list …`: the newest quotes as a data table (number, version, lead's company, status, total as a number,
 * valid until, rep), how many of how many it shows with the export for all, and a plain-text fallback that
 * names each quote so `/quote <number>` opens it.
 */
export function buildQuoteList(input: { summaries: QuoteSummary[]; total: number; t: Translate }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { t } = input;
  if (input.summaries.length === 0)
    return {
      text: t('quotes.list.none'),
      blocks: [{ type: 'section', text: mrkdwn(t('quotes.list.none')) }],
    };
  const table = buildDataTable({
    caption: t('lists.quotes.caption'),
    headers: quoteListHeaders(t),
    rows: input.summaries.map((summary) => quoteRow(summary, t)),
    count: input.total,
    blockId: 'quote_list_table',
  });
  const shown = table?.shown ?? 0;
  const title = t('quotes.list.title', { count: input.total });
  const notes = [
    ...(input.total > shown ? [t('lists.quotes.shown', { shown, total: input.total })] : []),
    t('lists.quotes.openHint'),
  ];
  const lines = input.summaries.slice(0, shown).map((summary) => quoteSummaryLine(summary, t));
  return {
    text: [title, ...notes, ...lines].join('\n').slice(0, SLACK_LIMITS.sectionText),
    blocks: [
      { type: 'section', text: mrkdwn(title) },
      ...(table ? [table.block] : []),
      { type: 'context', elements: notes.map((note) => mrkdwn(note)) },
    ],
  };
}
