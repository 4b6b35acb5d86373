import { endOfMonth, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import type { HeldRow, ReleasedRow } from './commission-holds.js';
import type { ContractCommissionRow } from './commission-holds.repository.js';
import { previousMonth } from './month.js';

/**
 * One rep's commission on one contract in a month's statement. `commissionMinor` is what the month's payments
 * earned; `heldMinor` the part of it held back because the contract's money is overdue; `releasedMinor` what
 * earlier statements held back and this one pays. Always: commission = (payable − released) + held.
 */
export interface CommissionLine extends ContractCommissionRow {
  heldMinor: number;
  releasedMinor: number;
  payableMinor: number;
  /** Why it is held: the money overdue more than the policy's days at the cut-off, and the oldest's age. */
  overdue: { overdueMinor: number; daysOverdue: number } | null;
  /** Why it is released: the first month whose held commission this pays. */
  heldSince: string | null;
}

/** Per rep and currency: the sums of the lines (integer arithmetic on SQL sums). */
export type CommissionTotal = Omit<
  CommissionLine,
  'contractId' | 'contractNumber' | 'customerName' | 'overdue' | 'heldSince'
>;

/** The hold-back policy as a statement applies it: off, or N days as of a cut-off date. */
export type HoldRule = { holdDays: number; cutoff: string } | null;

/** A month's cut-off: its last day, or `today` while the month is still running. */
export function statementCutoff(month: string, today: string): string {
  const last = toIso(endOfMonth(requireIsoDate(`${month}-01`)));
  return today < last ? today : last;
}

/** The dates the hold-back queries need for `month`. */
export function holdDates(month: string, today: string) {
  const previous = previousMonth(month);
  return {
    cutoff: statementCutoff(month, today),
    previousMonth: previous,
    previousCutoff: toIso(endOfMonth(requireIsoDate(`${previous}-01`))),
  };
}

const key = (repUserId: string, contractId: number, currency: string) =>
  `${repUserId}\u0000${contractId}\u0000${currency}`;

/**
 * The statement's lines and totals from the month's commission per contract, what is held and what is released.
 * Lines needing attention (held, released) come first, then by commission, largest first.
 */
export function composeStatement(input: {
  rows: ContractCommissionRow[];
  held: HeldRow[];
  released: ReleasedRow[];
}): { lines: CommissionLine[]; totals: CommissionTotal[] } {
  const lines = new Map<string, CommissionLine>();
  for (const row of input.rows)
    lines.set(key(row.repUserId, row.contractId, row.currency), {
      ...row,
      heldMinor: 0,
      releasedMinor: 0,
      payableMinor: row.commissionMinor,
      overdue: null,
      heldSince: null,
    });
  const heldOf = new Map(input.held.map((held) => [held.contractId, held]));
  for (const line of lines.values()) {
    const held = heldOf.get(line.contractId);
    if (!held) continue;
    line.heldMinor = line.commissionMinor;
    line.payableMinor -= line.commissionMinor;
    line.overdue = { overdueMinor: held.overdueMinor, daysOverdue: held.daysOverdue };
  }
  for (const released of input.released) {
    if (released.releasedMinor === 0) continue;
    const id = key(released.repUserId, released.contractId, released.currency);
    const line = lines.get(id) ?? {
      repUserId: released.repUserId,
      contractId: released.contractId,
      contractNumber: released.contractNumber,
      customerName: released.customerName,
      currency: released.currency,
      collectedMinor: 0,
      basisMinor: 0,
      commissionMinor: 0,
      heldMinor: 0,
      releasedMinor: 0,
      payableMinor: 0,
      overdue: null,
      heldSince: null,
    };
    line.releasedMinor += released.releasedMinor;
    line.payableMinor += released.releasedMinor;
    line.heldSince = released.heldSince;
    lines.set(id, line);
  }
  const attention = (line: CommissionLine) => (line.heldMinor !== 0 || line.releasedMinor !== 0 ? 0 : 1);
  const sorted = [...lines.values()].sort(
    (a, b) =>
      a.repUserId.localeCompare(b.repUserId) ||
      attention(a) - attention(b) ||
      b.commissionMinor - a.commissionMinor ||
      a.contractNumber.localeCompare(b.contractNumber),
  );
  return { lines: sorted, totals: totalsOf(sorted) };
}

/** Per rep and currency, in the order the lines came. */
export function totalsOf(lines: CommissionLine[]): CommissionTotal[] {
  const totals = new Map<string, CommissionTotal>();
  for (const line of lines) {
    const id = `${line.repUserId}\u0000${line.currency}`;
    const total = totals.get(id) ?? {
      repUserId: line.repUserId,
      currency: line.currency,
      collectedMinor: 0,
      basisMinor: 0,
      commissionMinor: 0,
      heldMinor: 0,
      releasedMinor: 0,
      payableMinor: 0,
    };
    total.collectedMinor += line.collectedMinor;
    total.basisMinor += line.basisMinor;
    total.commissionMinor += line.commissionMinor;
    total.heldMinor += line.heldMinor;
    total.releasedMinor += line.releasedMinor;
    total.payableMinor += line.payableMinor;
    totals.set(id, total);
  }
  return [...totals.values()].sort(
    (a, b) => a.repUserId.localeCompare(b.repUserId) || a.currency.localeCompare(b.currency),
  );
}

/** Totals over every rep, per currency (the data table's totals rows). */
export function currencyTotals(totals: CommissionTotal[]): Omit<CommissionTotal, 'repUserId'>[] {
  const byCurrency = new Map<string, Omit<CommissionTotal, 'repUserId'>>();
  for (const { repUserId: _rep, ...total } of totals) {
    const sum = byCurrency.get(total.currency);
    if (!sum) {
      byCurrency.set(total.currency, { ...total });
      continue;
    }
    sum.collectedMinor += total.collectedMinor;
    sum.basisMinor += total.basisMinor;
    sum.commissionMinor += total.commissionMinor;
    sum.heldMinor += total.heldMinor;
    sum.releasedMinor += total.releasedMinor;
    sum.payableMinor += total.payableMinor;
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The effective rate of a line in basis points (commission ÷ commissionable money), for reading only. */
export function effectiveRateBp(line: Pick<CommissionLine, 'commissionMinor' | 'basisMinor'>): number | null {
  if (line.basisMinor === 0) return null;
  return Math.round((line.commissionMinor * 10000) / line.basisMinor);
}
