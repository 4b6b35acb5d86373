import type { KnownBlock } from '@slack/types';
import type { AgingCurrency, AgingRow, AgingTable } from '../../../features/ledger/aging.usecases.js';
import { interestPercentText } from '../../../features/ledger/overdue-interest.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { buildDataTable, moneyCell, numberCell, type TableCell, textCell, userCell } from '../data-table.js';
import { money } from './ledger-format.js';

/** A response_url takes five posts: one table per message (Slack's limit), so at most five currencies shown. */
export const MAX_AGING_MESSAGES = 5;
/** Customer names are user text of any length: a cell keeps this much so 100 rows fit Slack's budget. */
const NAME_CHARS = 24;
/** Flagged contract numbers named under a table; the CSV has them all. */
const MAX_FLAGGED_NAMED = 20;

type Message = { text: string; blocks: KnownBlock[] };

export function agingHeaders(table: Pick<AgingTable, 'grouping' | 'interestBp'>, t: Translate): string[] {
  return [
    t(table.grouping === 'rep' ? 'ledger.csv.rep' : 'ledger.csv.customer'),
    t('aging.column.d30'),
    t('aging.column.d60'),
    t('aging.column.d90'),
    t('aging.column.over90'),
    t('aging.column.total'),
    ...(table.interestBp !== null ? [t('aging.column.interest')] : []),
    t('aging.column.contracts'),
    t('ledger.table.short'),
  ];
}

function cells(row: AgingRow, first: TableCell, interest: boolean, t: Translate): TableCell[] {
  const { currency } = row;
  return [
    first,
    moneyCell(row.days0to30, currency),
    moneyCell(row.days31to60, currency),
    moneyCell(row.days61to90, currency),
    moneyCell(row.over90, currency),
    moneyCell(row.totalMinor, currency),
    ...(interest ? [moneyCell(row.interestMinor, currency)] : []),
    numberCell(row.contracts),
    row.short.length
      ? numberCell(row.short.length, t('aging.flagCell', { count: row.short.length }))
      : textCell(''),
  ];
}

/** The line a client without data tables (and a notification) reads: the currency's buckets and total. */
function fallbackText(table: AgingTable, entry: AgingCurrency, heading: string, t: Translate): string {
  const { total, currency } = entry;
  const line = t('ledger.aging.line', {
    currency,
    d30: money(total.days0to30, currency),
    d60: money(total.days31to60, currency),
    d90: money(total.days61to90, currency),
    over: money(total.over90, currency),
  });
  const interest =
    table.interestBp !== null
      ? ` · ${t('aging.column.interest')} ${money(total.interestMinor, currency)}`
      : '';
  const flagged = total.short.length ? ` · ${t('ledger.table.short')} ${total.short.length}` : '';
  return `${heading}\n${line} · ${t('aging.column.total')} ${money(total.totalMinor, currency)}${interest}${flagged}`;
}

function currencyMessage(table: AgingTable, entry: AgingCurrency, left: string[], t: Translate): Message {
  const interest = table.interestBp !== null;
  const heading = t(`aging.heading.${table.grouping}`, { currency: entry.currency, today: table.today });
  const intro = [`*${heading}*`];
  if (interest) intro.push(t('aging.interestRule', { rate: interestPercentText(table.interestBp) ?? '' }));
  intro.push(t('aging.usage'));
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('aging.title'), SLACK_LIMITS.headerText) },
    { type: 'section', text: mrkdwn(intro.join('\n')) },
  ];
  const first = (row: AgingRow): TableCell =>
    table.grouping === 'rep' ? userCell(row.key ?? '') : textCell(row.key, NAME_CHARS);
  const built = buildDataTable({
    caption: t('aging.caption', { grouping: t(`aging.grouping.${table.grouping}`) }),
    headers: agingHeaders(table, t),
    rows: entry.rows.map((row) => cells(row, first(row), interest, t)),
    totals: [
      cells(entry.total, textCell(t('common.table.total', { currency: entry.currency })), interest, t),
    ],
    blockId: 'aging_table',
  });
  if (built) blocks.push(built.block);
  const notes: string[] = [];
  // Past 100 rows or Slack's character budget the table keeps the first ones: say so, never cut silently.
  if (built && built.shown < built.total)
    notes.push(t('aging.more', { shown: built.shown, count: built.total }));
  const flagged = entry.total.short;
  if (flagged.length) {
    const numbers = flagged.slice(0, MAX_FLAGGED_NAMED).map((item) => escapeMrkdwn(item.contract.number));
    if (flagged.length > MAX_FLAGGED_NAMED) numbers.push('…');
    notes.push(t('aging.flagged', { count: flagged.length, numbers: numbers.join(', ') }));
  }
  if (left.length) notes.push(t('aging.otherCurrencies', { currencies: left.join(', ') }));
  if (notes.length) blocks.push({ type: 'context', elements: notes.map((note) => mrkdwn(note)) });
  blocks.push({
    type: 'actions',
    block_id: 'aging_actions',
    elements: [
      {
        type: 'button',
        action_id: ACTIONS.agingExportCsv,
        text: plain(t('ledger.button.exportCsv'), SLACK_LIMITS.buttonText),
        value: table.grouping,
      },
    ],
  });
  return { text: fallbackText(table, entry, heading, t), blocks };
}

/**
 * `/contract aging`: one message per currency (a message holds one data table), each a table of the reps or
 * customers with the buckets as columns, the total, the interest when the policy is on and the reversal flags,
 * a totals row, "showing N of M" when cut, and the CSV export of everything. At most five messages; the last
 * names the currencies only the CSV has.
 */
export function buildAgingMessages(table: AgingTable, t: Translate): Message[] {
  if (table.currencies.length === 0) {
    const text = t('aging.empty');
    return [{ text, blocks: [{ type: 'section', text: mrkdwn(text) }] }];
  }
  const shown = table.currencies.slice(0, MAX_AGING_MESSAGES);
  const left = table.currencies.slice(MAX_AGING_MESSAGES).map((entry) => entry.currency);
  return shown.map((entry, index) =>
    currencyMessage(table, entry, index === shown.length - 1 ? left : [], t),
  );
}
