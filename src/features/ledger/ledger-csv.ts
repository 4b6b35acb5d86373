import type { MessageKey, Translate } from '../../i18n/index.js';
import { type CsvValue, toCsv } from '../../lib/csv.js';
import { minorToDecimal } from '../../lib/money/minor-units.js';
import { localDate } from '../../lib/time-zone.js';
import { commissionReason } from './commission-reason.js';
import { type CommissionLine, effectiveRateBp } from './commission-statement.js';
import type { ContractSummary } from './ledger.types.js';
import type { ReconciliationRow } from './ledger-reports.repository.js';

/** Exports for finance: headers in the reader's language, money as exact decimals, user text guarded. */
const money = (minor: number, currency: string): CsvValue => ({ numeric: minorToDecimal(minor, currency) });
const header = (t: Translate, keys: string[]) => keys.map((key) => t(`ledger.csv.${key}` as MessageKey));

export interface CsvNames {
  /** Display names by Slack user id; an unknown id is written as the id. */
  names: Map<string, string>;
  timeZone: string;
}

const nameOf = (names: Map<string, string>, userId: string) => names.get(userId) ?? userId;
const dateOf = (value: Date | null, timeZone: string) => (value ? localDate(value, timeZone) : null);

export function ledgerCsv(rows: ContractSummary[], t: Translate, ctx: CsvNames): string {
  return toCsv([
    header(t, [
      'number',
      'customer',
      'rep',
      'status',
      'currency',
      'amount',
      'collected',
      'outstanding',
      'collectedPercent',
      'invoiced',
      'overdue',
      'oldestOverdue',
      'approvedOn',
      'signedOn',
      'deliveryDate',
    ]),
    ...rows.map(({ contract, outstandingMinor, collectedPercent, overdueMinor, oldestOverdueOn }) => [
      contract.number,
      contract.customerName,
      nameOf(ctx.names, contract.ownerUserId),
      t(`ledger.status.${contract.status}` as MessageKey),
      contract.currency,
      money(contract.amountMinor, contract.currency),
      money(contract.collectedMinor, contract.currency),
      money(outstandingMinor, contract.currency),
      collectedPercent,
      money(contract.invoicedMinor, contract.currency),
      money(overdueMinor, contract.currency),
      oldestOverdueOn,
      dateOf(contract.approvedAt, ctx.timeZone),
      dateOf(contract.signedAt, ctx.timeZone),
      contract.deliveryDate,
    ]),
  ]);
}

/**
 * Commission per rep and contract (a statement, or the month's sheet): what the month earned, what is held back
 * while the contract's money is overdue, what earlier months' hold releases now, what is payable, and why.
 */
export function statementCsv(lines: CommissionLine[], t: Translate, ctx: CsvNames): string {
  const ct = (key: string) => t(`commission.csv.${key}` as MessageKey);
  return toCsv([
    [
      ...header(t, ['rep', 'number', 'customer', 'currency', 'collected', 'basis']),
      ct('rate'),
      t('ledger.csv.commission'),
      ct('held'),
      ct('released'),
      ct('payable'),
      ct('reason'),
    ],
    ...lines.map((line) => {
      const rate = effectiveRateBp(line);
      return [
        nameOf(ctx.names, line.repUserId),
        line.contractNumber,
        line.customerName,
        line.currency,
        money(line.collectedMinor, line.currency),
        money(line.basisMinor, line.currency),
        rate === null ? null : { numeric: (rate / 100).toFixed(2) },
        money(line.commissionMinor, line.currency),
        money(line.heldMinor, line.currency),
        money(line.releasedMinor, line.currency),
        money(line.payableMinor, line.currency),
        commissionReason(line, t) || null,
      ];
    }),
  ]);
}

/** Per rep and currency, then one total line per currency (the database's sums). */
export function reconciliationCsv(
  input: { rows: ReconciliationRow[]; totals: ReconciliationRow[] },
  t: Translate,
  ctx: CsvNames,
): string {
  const line = (row: ReconciliationRow): CsvValue[] => [
    row.repUserId === null ? t('ledger.csv.total') : nameOf(ctx.names, row.repUserId),
    row.currency,
    row.signedCount,
    money(row.signedMinor, row.currency),
    money(row.collectedMinor, row.currency),
    money(row.outstandingMinor, row.currency),
    money(row.invoicedMinor, row.currency),
    money(row.commissionMinor, row.currency),
  ];
  return toCsv([
    header(t, [
      'rep',
      'currency',
      'signedCount',
      'signedAmount',
      'collected',
      'outstanding',
      'invoiced',
      'commission',
    ]),
    ...input.rows.map(line),
    ...input.totals.map(line),
  ]);
}
