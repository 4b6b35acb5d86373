import { commissionReason } from '../../../features/ledger/commission-reason.js';
import {
  type CommissionLine,
  type CommissionTotal,
  currencyTotals,
  effectiveRateBp,
} from '../../../features/ledger/commission-statement.js';
import type { Translate } from '../../../i18n/index.js';
import {
  buildDataTable,
  type DataTable,
  moneyCell,
  type TableCell,
  textCell,
  userCell,
} from '../data-table.js';

type Sums = Omit<CommissionTotal, 'repUserId'>;

function rateCell(line: CommissionLine): TableCell {
  const rate = effectiveRateBp(line);
  return rate === null ? textCell(null) : { type: 'raw_number', value: rate / 100, text: `${rate / 100}%` };
}

/** Held back and released read as money; nothing of either reads as a dash, so the exceptions stand out. */
const maybeMoney = (minor: number, currency: string): TableCell =>
  minor === 0 ? { type: 'raw_number', value: 0, text: '—' } : moneyCell(minor, currency);

function lineRow(line: CommissionLine, t: Translate): TableCell[] {
  return [
    textCell(line.contractNumber),
    textCell(line.customerName),
    moneyCell(line.collectedMinor, line.currency),
    rateCell(line),
    moneyCell(line.commissionMinor, line.currency),
    maybeMoney(line.heldMinor, line.currency),
    maybeMoney(line.releasedMinor, line.currency),
    moneyCell(line.payableMinor, line.currency),
    textCell(commissionReason(line, t), 60),
  ];
}

function sumsRow(label: TableCell, sums: Sums, tail: TableCell[]): TableCell[] {
  return [
    label,
    moneyCell(sums.collectedMinor, sums.currency),
    moneyCell(sums.commissionMinor, sums.currency),
    maybeMoney(sums.heldMinor, sums.currency),
    maybeMoney(sums.releasedMinor, sums.currency),
    moneyCell(sums.payableMinor, sums.currency),
    ...tail,
  ];
}

/** One rep's statement: a row per contract (held and released first), then a totals row per currency. */
export function commissionLinesTable(input: {
  month: string;
  lines: CommissionLine[];
  totals: CommissionTotal[];
  t: Translate;
}): DataTable | null {
  const { t } = input;
  const label = (key: string) => t(`commission.table.${key}` as Parameters<Translate>[0]);
  return buildDataTable({
    caption: t('commission.table.captionLines', { month: input.month }),
    headers: [
      'contract',
      'customer',
      'collected',
      'rate',
      'commission',
      'held',
      'released',
      'payable',
      'reason',
    ].map(label),
    rows: input.lines.map((line) => lineRow(line, t)),
    totals: currencyTotals(input.totals).map((sums) => [
      textCell(t('commission.table.total', { currency: sums.currency })),
      textCell(null),
      moneyCell(sums.collectedMinor, sums.currency),
      textCell(null),
      moneyCell(sums.commissionMinor, sums.currency),
      maybeMoney(sums.heldMinor, sums.currency),
      maybeMoney(sums.releasedMinor, sums.currency),
      moneyCell(sums.payableMinor, sums.currency),
      textCell(null),
    ]),
    blockId: 'commission_lines_table',
  });
}

/** Everyone's (or a manager's reports') statement: a row per rep and currency, then the totals per currency. */
export function commissionRepsTable(input: {
  month: string;
  totals: CommissionTotal[];
  t: Translate;
}): DataTable | null {
  const { t } = input;
  const label = (key: string) => t(`commission.table.${key}` as Parameters<Translate>[0]);
  return buildDataTable({
    caption: t('commission.table.captionReps', { month: input.month }),
    headers: ['rep', 'collected', 'commission', 'held', 'released', 'payable', 'currency'].map(label),
    rows: input.totals.map((total) => sumsRow(userCell(total.repUserId), total, [textCell(total.currency)])),
    totals: currencyTotals(input.totals).map((sums) =>
      sumsRow(textCell(t('commission.table.total', { currency: sums.currency })), sums, [
        textCell(sums.currency),
      ]),
    ),
    blockId: 'commission_reps_table',
  });
}
