import type { KnownBlock } from '@slack/types';
import { daysBetween } from '../../../features/ledger/contract-schedule.js';
import type { ContractSummary, LedgerFilter, LedgerTotals } from '../../../features/ledger/ledger.types.js';
import type { Shortfall } from '../../../features/ledger/reversal-shortfall.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { encodeLedgerListValue } from '../../ledger/ledger-values.js';
import { shortfallNeeded } from '../../ledger/shortfall-message.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import {
  buildDataTable,
  moneyCell,
  numberCell,
  percentCell,
  type TableCell,
  textCell,
  userCell,
} from '../data-table.js';
import { money, statusLabel, totalsLines } from './ledger-format.js';

export interface LedgerListInput {
  summaries: ContractSummary[];
  totals: LedgerTotals[];
  filter: LedgerFilter;
  /** The filter as the user typed it (`mine`, `overdue`, `#42`…), carried by the page and export buttons. */
  filterText: string;
  page: number;
  pageSize: number;
  /** The reader's today: how many days a contract's oldest unpaid installment is overdue. */
  today: string;
  /** The page's contracts standing on less money since a reversal, by id (flagged in their own column). */
  shortfalls?: Map<number, Shortfall>;
  t: Translate;
}

/** Customer names are user text of any length: a table cell keeps this much so 100 rows fit Slack's budget. */
const CUSTOMER_CHARS = 24;

export function ledgerHeaders(t: Translate): string[] {
  return [
    t('ledger.csv.number'),
    t('ledger.csv.customer'),
    t('ledger.csv.rep'),
    t('ledger.csv.amount'),
    t('ledger.csv.collected'),
    t('ledger.csv.collectedPercent'),
    t('ledger.csv.outstanding'),
    t('ledger.csv.invoiced'),
    t('ledger.table.overdueDays'),
    t('ledger.csv.status'),
    t('ledger.table.short'),
  ];
}

/** What must be collected again since a reversal (the contract card's flag); a dash when nothing stands short. */
function shortCell(shortfall: Shortfall | undefined, currency: string, t: Translate): TableCell {
  if (!shortfall) return textCell('');
  const needed = shortfallNeeded(shortfall);
  return numberCell(needed, needed > 0 ? `⚠️ ${money(needed, currency)}` : t('ledger.table.shortAny'));
}

function contractRow(
  summary: ContractSummary,
  shortfall: Shortfall | undefined,
  today: string,
  t: Translate,
): TableCell[] {
  const { contract } = summary;
  const overdueDays = summary.oldestOverdueOn ? Math.max(0, daysBetween(summary.oldestOverdueOn, today)) : 0;
  return [
    textCell(contract.number),
    textCell(contract.customerName, CUSTOMER_CHARS),
    userCell(contract.ownerUserId),
    moneyCell(contract.amountMinor, contract.currency),
    moneyCell(contract.collectedMinor, contract.currency),
    percentCell(summary.collectedPercent),
    moneyCell(summary.outstandingMinor, contract.currency),
    moneyCell(contract.invoicedMinor, contract.currency),
    numberCell(overdueDays),
    textCell(statusLabel(contract.status, t)),
    shortCell(shortfall, contract.currency, t),
  ];
}

/** One totals row per currency: sums of everything the filter covers, never across currencies. */
function totalsRow(total: LedgerTotals, t: Translate): TableCell[] {
  const dash = textCell('');
  return [
    textCell(t('common.table.total', { currency: total.currency })),
    numberCell(total.count),
    dash,
    moneyCell(total.amountMinor, total.currency),
    moneyCell(total.collectedMinor, total.currency),
    dash,
    moneyCell(total.outstandingMinor, total.currency),
    moneyCell(total.invoicedMinor, total.currency),
    dash,
    dash,
    dash,
  ];
}

/**
 * `/contract ledger …`: totals of everything the filter covers, one page of contracts as a data table (sortable
 * in the client, numbers as numbers) with a totals row per currency, paging and the CSV export of them all.
 */
export function buildLedgerList(input: LedgerListInput): { text: string; blocks: KnownBlock[] } {
  const { t, summaries } = input;
  const count = input.totals.reduce((sum, total) => sum + total.count, 0);
  const heading = t(`ledger.list.heading.${input.filter.kind}`, { filter: escapeMrkdwn(input.filterText) });
  const totals = totalsLines(input.totals, t);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('ledger.list.title'), SLACK_LIMITS.headerText) },
    { type: 'section', text: mrkdwn(`*${heading}*\n${totals}`) },
  ];
  const table = buildDataTable({
    caption: t('ledger.table.caption'),
    headers: ledgerHeaders(t),
    rows: summaries
      .slice(0, input.pageSize)
      .map((summary) => contractRow(summary, input.shortfalls?.get(summary.contract.id), input.today, t)),
    totals: input.totals.map((total) => totalsRow(total, t)),
    count,
    blockId: 'ledger_table',
  });
  if (table) blocks.push(table.block);
  const pages = Math.max(1, Math.ceil(count / input.pageSize));
  const value = (page: number) => encodeLedgerListValue(input.filterText, page);
  const elements = [
    ...(input.page > 0
      ? [
          {
            type: 'button' as const,
            action_id: `${ACTIONS.ledgerPage}_prev`,
            text: plain(t('ledger.button.previous')),
            value: value(input.page - 1),
          },
        ]
      : []),
    ...(input.page + 1 < pages
      ? [
          {
            type: 'button' as const,
            action_id: `${ACTIONS.ledgerPage}_next`,
            text: plain(t('ledger.button.next')),
            value: value(input.page + 1),
          },
        ]
      : []),
    ...(count > 0
      ? [
          {
            type: 'button' as const,
            action_id: ACTIONS.ledgerExportCsv,
            text: plain(t('ledger.button.exportCsv')),
            value: value(0),
          },
        ]
      : []),
  ];
  if (count > 0) {
    const notes = [t('ledger.list.page', { page: input.page + 1, pages, count })];
    // The table keeps fewer rows than the page when Slack's character budget runs out: say so, never cut silently.
    if (table && table.shown < Math.min(summaries.length, input.pageSize))
      notes.push(t('ledger.table.more', { page: input.page + 1, shown: table.shown, count }));
    blocks.push({ type: 'context', elements: notes.map((note) => mrkdwn(note)) });
  }
  if (elements.length) blocks.push({ type: 'actions', block_id: 'ledger_list_actions', elements });
  return { text: `${heading}\n${totals}`, blocks };
}
