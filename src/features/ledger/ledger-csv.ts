import type { MessageKey, Translate } from '../../i18n/index.js';
import { type CsvValue, toCsv } from '../../lib/csv.js';
import { minorToDecimal } from '../../lib/money/minor-units.js';
import { localDate } from '../../lib/time-zone.js';
import type { AgingRow, AgingTable, StandingShortfall } from './aging.usecases.js';
import { commissionReason } from './commission-reason.js';
import { type CommissionLine, effectiveRateBp } from './commission-statement.js';
import type { ContractSummary } from './ledger.types.js';
import type { ReconciliationRow } from './ledger-reports.repository.js';
import { type Shortfall, shortfallNeeded } from './reversal-shortfall.js';

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

/** What a contract flagged since a reversal must collect again (or "any payment"); empty when it is not flagged. */
function shortValue(shortfall: Shortfall | undefined, currency: string, t: Translate): CsvValue {
  if (!shortfall) return null;
  const needed = shortfallNeeded(shortfall);
  return needed > 0 ? money(needed, currency) : t('ledger.table.shortAny');
}

/** The flagged contracts of a row, by number (`HT-2026-0001; HT-2026-0007`); empty when there is none. */
const shortNumbers = (short: StandingShortfall[]): CsvValue =>
  short.length ? short.map((item) => item.contract.number).join('; ') : null;

export function ledgerCsv(
  rows: ContractSummary[],
  t: Translate,
  ctx: CsvNames,
  shortfalls: Map<number, Shortfall> = new Map(),
): string {
  return toCsv([
    [
      ...header(t, [
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
      t('ledger.table.short'),
    ],
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
      shortValue(shortfalls.get(contract.id), contract.currency, t),
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
  input: { rows: ReconciliationRow[]; totals: ReconciliationRow[]; shortfalls?: StandingShortfall[] },
  t: Translate,
  ctx: CsvNames,
): string {
  // The contracts standing short since a reversal now, on their rep's line and in their currency's total.
  const flagged = (row: ReconciliationRow) =>
    shortNumbers(
      (input.shortfalls ?? []).filter(
        ({ contract }) =>
          contract.currency === row.currency &&
          (row.repUserId === null || contract.ownerUserId === row.repUserId),
      ),
    );
  const line = (row: ReconciliationRow): CsvValue[] => [
    row.repUserId === null ? t('ledger.csv.total') : nameOf(ctx.names, row.repUserId),
    row.currency,
    row.signedCount,
    money(row.signedMinor, row.currency),
    money(row.collectedMinor, row.currency),
    money(row.outstandingMinor, row.currency),
    money(row.invoicedMinor, row.currency),
    money(row.commissionMinor, row.currency),
    flagged(row),
  ];
  return toCsv([
    [
      ...header(t, [
        'rep',
        'currency',
        'signedCount',
        'signedAmount',
        'collected',
        'outstanding',
        'invoiced',
        'commission',
      ]),
      t('ledger.table.short'),
    ],
    ...input.rows.map(line),
    ...input.totals.map(line),
  ]);
}

/**
 * `/contract aging`'s export: every rep or customer of every currency (never cut), the buckets, the total, the
 * interest when the policy is on, the contracts flagged short since a reversal; then each currency's total line.
 */
export function agingCsv(table: AgingTable, t: Translate, ctx: CsvNames): string {
  const interest = table.interestBp !== null;
  const line = (row: AgingRow): CsvValue[] => [
    row.key === null
      ? t('ledger.csv.total')
      : table.grouping === 'rep'
        ? nameOf(ctx.names, row.key)
        : row.key,
    row.currency,
    money(row.days0to30, row.currency),
    money(row.days31to60, row.currency),
    money(row.days61to90, row.currency),
    money(row.over90, row.currency),
    money(row.totalMinor, row.currency),
    ...(interest ? [money(row.interestMinor, row.currency)] : []),
    row.contracts,
    shortNumbers(row.short),
  ];
  return toCsv([
    [
      t(table.grouping === 'rep' ? 'ledger.csv.rep' : 'ledger.csv.customer'),
      t('ledger.csv.currency'),
      t('aging.column.d30'),
      t('aging.column.d60'),
      t('aging.column.d90'),
      t('aging.column.over90'),
      t('aging.column.total'),
      ...(interest ? [t('aging.column.interest')] : []),
      t('aging.column.contracts'),
      t('ledger.table.short'),
    ],
    ...table.currencies.flatMap((entry) => entry.rows.map(line)),
    ...table.currencies.map((entry) => line(entry.total)),
  ]);
}
