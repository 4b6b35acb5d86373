import type { KnownBlock } from '@slack/types';
import type { Statement } from '../../../features/ledger/commission.usecases.js';
import type {
  ReconciliationRow,
  StatementLine,
  StatementTotal,
} from '../../../features/ledger/ledger.types.js';
import type { Reconciliation } from '../../../features/ledger/ledger-reports.usecases.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { encodeStatementValue } from '../../ledger/ledger-values.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { money } from './ledger-format.js';
import { reconciliationShortBlock } from './reconciliation-short.js';

const MAX_LINES = 30;

function totalLine(total: StatementTotal, t: Translate, withRep: boolean): string {
  return `${withRep ? `${userMention(total.repUserId)} · ` : ''}${t('ledger.statement.total', {
    collected: money(total.collectedMinor, total.currency),
    basis: money(total.basisMinor, total.currency),
    commission: money(total.commissionMinor, total.currency),
  })}`;
}

function entryLine(line: StatementLine, t: Translate): string {
  const key = line.kind === 'reversal' ? 'ledger.statement.reversal' : 'ledger.statement.entry';
  return `• ${t(key, {
    number: line.contractNumber,
    customer: escapeMrkdwn(truncate(line.customerName, 60)),
    date: line.receivedOn,
    collected: money(line.collectedMinor, line.currency),
    commission: money(line.commissionMinor, line.currency),
  })}`;
}

/** `/commission` and the month's first-working-day DM: totals per rep and currency, the lines for one rep. */
export function buildStatementMessage(input: { statement: Statement; t: Translate; exportable: boolean }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { statement, t } = input;
  const title = statement.repUserId
    ? t('ledger.statement.titleFor', { month: statement.month, user: userMention(statement.repUserId) })
    : t('ledger.statement.title', { month: statement.month });
  const totals = statement.totals.length
    ? statement.totals.map((total) => totalLine(total, t, !statement.repUserId)).join('\n')
    : t('ledger.statement.empty');
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`*${title}*\n${totals}`) }];
  if (statement.lines.length) {
    const shown = statement.lines.slice(0, MAX_LINES).map((line) => entryLine(line, t));
    const more =
      statement.lines.length > MAX_LINES
        ? `\n${t('ledger.statement.more', { count: statement.lines.length - MAX_LINES })}`
        : '';
    blocks.push({ type: 'section', text: mrkdwn(`${shown.join('\n')}${more}`) });
  }
  if (statement.plan.version === 0)
    blocks.push({ type: 'context', elements: [mrkdwn(t('ledger.statement.noPlan'))] });
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
  return { text: title.replace(/\*/g, ''), blocks };
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
