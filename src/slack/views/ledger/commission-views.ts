import type { KnownBlock } from '@slack/types';
import type { Statement } from '../../../features/ledger/commission.usecases.js';
import { type CommissionTotal, currencyTotals } from '../../../features/ledger/commission-statement.js';
import type { ReconciliationRow } from '../../../features/ledger/ledger.types.js';
import type { Reconciliation } from '../../../features/ledger/ledger-reports.usecases.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { encodeStatementValue } from '../../ledger/ledger-values.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { commissionLinesTable, commissionRepsTable } from './commission-table.js';
import { money } from './ledger-format.js';
import { reconciliationShortBlock } from './reconciliation-short.js';

const MAX_LINES = 30;

function summaryOf(total: Omit<CommissionTotal, 'repUserId'>, t: Translate): string {
  return t('commission.statement.summary', {
    collected: money(total.collectedMinor, total.currency),
    earned: money(total.commissionMinor, total.currency),
    held: money(total.heldMinor, total.currency),
    released: money(total.releasedMinor, total.currency),
    payable: money(total.payableMinor, total.currency),
  });
}

/**
 * `/commission` and the month's first-working-day DM: the sums per currency, then one data table — one rep's
 * contracts (collected, rate, commission, held back, released, payable, reason) or, for several reps, a row per
 * rep — with totals rows. When Slack's limits leave lines out the message says how many it shows, and the CSV
 * has them all; `text` carries the same sums for notifications and clients without tables.
 */
export function buildStatementMessage(input: { statement: Statement; t: Translate; exportable: boolean }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { statement, t } = input;
  const title = statement.repUserId
    ? t('ledger.statement.titleFor', { month: statement.month, user: userMention(statement.repUserId) })
    : t('ledger.statement.title', { month: statement.month });
  const sums = currencyTotals(statement.totals);
  const summary = sums.length
    ? sums.map((total) => `${total.currency} · ${summaryOf(total, t)}`).join('\n')
    : t('ledger.statement.empty');
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`*${title}*\n${summary}`) }];
  const table = statement.repUserId
    ? commissionLinesTable({ month: statement.month, lines: statement.lines, totals: statement.totals, t })
    : commissionRepsTable({ month: statement.month, totals: statement.totals, t });
  const notes: string[] = [];
  if (table) {
    blocks.push(table.block);
    if (table.shown < table.total)
      notes.push(
        t(input.exportable ? 'commission.statement.showing' : 'commission.statement.showingNoCsv', {
          shown: table.shown,
          total: table.total,
        }),
      );
  }
  if (statement.hold)
    notes.push(
      t('commission.statement.holdRule', { days: statement.hold.holdDays, cutoff: statement.hold.cutoff }),
    );
  if (statement.plan.version === 0) notes.push(t('ledger.statement.noPlan'));
  if (notes.length) blocks.push({ type: 'context', elements: notes.map((note) => mrkdwn(note)) });
  if (input.exportable && statement.totals.length)
    blocks.push({
      type: 'actions',
      block_id: 'ledger_statement_actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.commissionExportCsv,
          text: plain(t('ledger.button.exportCsv'), SLACK_LIMITS.buttonText),
          value: encodeStatementValue(statement.month, statement.repUserId),
        },
      ],
    });
  return { text: `${title}\n${summary}`.replace(/\*/g, ''), blocks };
}

function reconciliationLine(row: ReconciliationRow, t: Translate): string {
  return `${row.repUserId ? userMention(row.repUserId) : `*${t('ledger.csv.total')}*`} · ${t(
    'ledger.recon.line',
    {
      signed: row.signedCount,
      signedAmount: money(row.signedMinor, row.currency),
      collected: money(row.collectedMinor, row.currency),
      outstanding: money(row.outstandingMinor, row.currency),
      invoiced: money(row.invoicedMinor, row.currency),
      commission: money(row.commissionMinor, row.currency),
    },
  )}`;
}

/** Finance's month-end reconciliation: per rep, then the totals (equal to the ledger's), and the CSV. */
export function buildReconciliationMessage(input: { reconciliation: Reconciliation; t: Translate }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { reconciliation, t } = input;
  const title = t('ledger.recon.title', { month: reconciliation.month });
  const rows = reconciliation.rows.slice(0, MAX_LINES).map((row) => reconciliationLine(row, t));
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(`*${title}*\n${rows.length ? rows.join('\n') : t('ledger.recon.empty')}`),
    },
  ];
  if (reconciliation.totals.length)
    blocks.push({
      type: 'section',
      text: mrkdwn(reconciliation.totals.map((row) => reconciliationLine(row, t)).join('\n')),
    });
  const short = reconciliationShortBlock(reconciliation.shortfalls, t);
  if (short) blocks.push(short);
  if (reconciliation.rows.length)
    blocks.push({
      type: 'actions',
      block_id: 'ledger_recon_actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.reconciliationExportCsv,
          text: plain(t('ledger.button.exportCsv'), SLACK_LIMITS.buttonText),
          value: reconciliation.month,
        },
      ],
    });
  const flagged = reconciliation.shortfalls.length
    ? ` · ${t('ledger.table.short')}: ${reconciliation.shortfalls.length}`
    : '';
  return { text: `${title}${flagged}`, blocks };
}
