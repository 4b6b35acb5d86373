import type { KnownBlock } from '@slack/types';
import type { ContractSummary, LedgerFilter, LedgerTotals } from '../../../features/ledger/ledger.types.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { contractButtonValue, encodeLedgerListValue } from '../../ledger/ledger-values.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { contractLine, totalsLines } from './ledger-format.js';

export interface LedgerListInput {
  summaries: ContractSummary[];
  totals: LedgerTotals[];
  filter: LedgerFilter;
  /** The filter as the user typed it (`mine`, `overdue`, `#42`…), carried by the page and export buttons. */
  filterText: string;
  page: number;
  pageSize: number;
  t: Translate;
}

const MAX_ROWS = 20;

/** `/contract ledger …`: totals of everything the filter covers, one page of contracts, paging and CSV export. */
export function buildLedgerList(input: LedgerListInput): { text: string; blocks: KnownBlock[] } {
  const { t, summaries } = input;
  const count = input.totals.reduce((sum, total) => sum + total.count, 0);
  const heading = t(`ledger.list.heading.${input.filter.kind}`, { filter: escapeMrkdwn(input.filterText) });
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('ledger.list.title'), SLACK_LIMITS.headerText) },
    { type: 'section', text: mrkdwn(`*${heading}*\n${totalsLines(input.totals, t)}`) },
  ];
  if (summaries.length) blocks.push({ type: 'divider' });
  for (const summary of summaries.slice(0, MAX_ROWS))
    blocks.push({
      type: 'section',
      text: mrkdwn(contractLine(summary, t)),
      accessory: {
        type: 'button',
        action_id: ACTIONS.contractOpen,
        text: plain(t('ledger.button.open'), SLACK_LIMITS.buttonText),
        value: contractButtonValue(summary.contract),
      },
    });
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
  if (count > 0)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t('ledger.list.page', { page: input.page + 1, pages, count }))],
    });
  if (elements.length) blocks.push({ type: 'actions', block_id: 'ledger_list_actions', elements });
  return { text: heading, blocks };
}
