import type {
  AgingBuckets,
  ContractFacts,
  ContractSummary,
  LedgerTotals,
  OverdueLine,
} from '../../../features/ledger/ledger.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';

/** Shared wording of the ledger, so lists, cards, DMs and digests say things the same way. */
export const money = formatMinor;

export function statusLabel(status: string, t: Translate): string {
  return t(`ledger.status.${status}` as MessageKey);
}

/** `*HT-2026-0001* Acme 有限公司` — the number is ours, the customer is user text and is escaped. */
export function contractTitle(contract: { number: string; customerName: string }): string {
  return `*${contract.number}* ${escapeMrkdwn(truncate(contract.customerName, 80))}`;
}

/** One contract in a list: amount, collected (%), outstanding, status, and what is overdue. */
export function contractLine(
  summary: ContractSummary<ContractFacts>,
  t: Translate,
  showOwner = true,
): string {
  const { contract } = summary;
  const parts = [
    contractTitle(contract),
    showOwner ? userMention(contract.ownerUserId) : null,
    t('ledger.line.money', {
      amount: money(contract.amountMinor, contract.currency),
      collected: money(contract.collectedMinor, contract.currency),
      percent: summary.collectedPercent,
      outstanding: money(summary.outstandingMinor, contract.currency),
    }),
    statusLabel(contract.status, t),
  ].filter(Boolean);
  const overdue =
    summary.overdueMinor > 0
      ? `\n:warning: ${t('ledger.line.overdue', {
          amount: money(summary.overdueMinor, contract.currency),
          since: summary.oldestOverdueOn ?? '',
        })}`
      : '';
  const reported =
    summary.reportedMinor > 0
      ? `\n${t('ledger.line.reported', { amount: money(summary.reportedMinor, contract.currency) })}`
      : '';
  return `${parts.join(' · ')}${overdue}${reported}`;
}

/** Totals, one line per currency (never summed across currencies). */
export function totalsLines(totals: LedgerTotals[], t: Translate): string {
  if (totals.length === 0) return t('ledger.list.empty');
  return totals
    .map((total) =>
      t('ledger.list.totals', {
        count: total.count,
        amount: money(total.amountMinor, total.currency),
        collected: money(total.collectedMinor, total.currency),
        outstanding: money(total.outstandingMinor, total.currency),
        invoiced: money(total.invoicedMinor, total.currency),
        overdue: money(total.overdueMinor, total.currency),
      }),
    )
    .join('\n');
}

export function overdueLineText(line: OverdueLine, t: Translate): string {
  return t('ledger.overdue.line', {
    contract: contractTitle({ number: line.contractNumber, customerName: line.customerName }),
    amount: money(line.overdueMinor, line.currency),
    due: line.dueOn,
    days: line.daysOverdue,
    seq: line.installmentSeq,
  });
}

/** `0–30: ¥… · 31–60: ¥… · …` per currency. */
export function agingText(buckets: AgingBuckets[], t: Translate): string {
  return buckets
    .map((row) =>
      t('ledger.aging.line', {
        currency: row.currency,
        d30: money(row.days0to30, row.currency),
        d60: money(row.days31to60, row.currency),
        d90: money(row.days61to90, row.currency),
        over: money(row.over90, row.currency),
      }),
    )
    .join('\n');
}
