import { endOfMonth, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import type { HoldFacts } from './commission-holds.repository.js';
import { previousMonth } from './month.js';

/** One contract's commission of the month held back, and why. */
export interface HeldRow {
  contractId: number;
  overdueMinor: number;
  daysOverdue: number;
}

/** Commission held back on earlier statements, paid on this one because the overdue money is collected. */
export interface ReleasedRow {
  repUserId: string;
  contractId: number;
  contractNumber: string;
  customerName: string;
  currency: string;
  releasedMinor: number;
  /** The first month whose commission is released. */
  heldSince: string;
}

const lastDay = (month: string) => toIso(endOfMonth(requireIsoDate(`${month}-01`)));
const dayNumber = (iso: string) => {
  const { year, month, day } = requireIsoDate(iso);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/**
 * The contract's money overdue more than `holdDays` at `cutoff`, counting only what was collected by the end of
 * `month` (an allocation counts from the month its payment was confirmed until the month it was reversed), as
 * `overdue.repository.ts` reads overdue installments today. Null when nothing is.
 */
export function overdueAt(
  installments: HoldFacts['installments'],
  allocationsOf: Map<number, HoldFacts['allocations']>,
  month: string,
  cutoff: string,
  holdDays: number,
): { overdueMinor: number; daysOverdue: number } | null {
  let overdueMinor = 0;
  let daysOverdue = 0;
  for (const installment of installments) {
    const days = dayNumber(cutoff) - dayNumber(installment.dueOn);
    if (days <= holdDays) continue;
    const collected = (allocationsOf.get(installment.installmentId) ?? [])
      .filter((one) => one.fromMonth <= month && (one.untilMonth === null || one.untilMonth > month))
      .reduce((sum, one) => sum + one.amountMinor, 0);
    const open = installment.amountMinor - collected;
    if (open <= 0) continue;
    overdueMinor += open;
    daysOverdue = Math.max(daysOverdue, days);
  }
  return overdueMinor > 0 ? { overdueMinor, daysOverdue } : null;
}

/**
 * Held back in `month`: its commission on contracts overdue more than N days at the cut-off. Released in `month`:
 * contracts overdue at the previous month's end and not at this cut-off give back what every month since the last
 * month-end that found them not overdue held. Derived from the facts each time; nothing is stored.
 */
export function applyHoldRule(
  facts: HoldFacts,
  rule: { month: string; holdDays: number; cutoff: string },
): { held: HeldRow[]; released: ReleasedRow[] } {
  const { month, holdDays, cutoff } = rule;
  const installmentsOf = new Map<number, HoldFacts['installments']>();
  for (const row of facts.installments)
    installmentsOf.set(row.contractId, [...(installmentsOf.get(row.contractId) ?? []), row]);
  const allocationsOf = new Map<number, HoldFacts['allocations']>();
  for (const row of facts.allocations)
    allocationsOf.set(row.installmentId, [...(allocationsOf.get(row.installmentId) ?? []), row]);
  const entriesOf = new Map<number, HoldFacts['entries']>();
  for (const row of facts.entries)
    entriesOf.set(row.contractId, [...(entriesOf.get(row.contractId) ?? []), row]);
  const contractOf = new Map(facts.contracts.map((row) => [row.contractId, row]));
  const previous = previousMonth(month);
  const held: HeldRow[] = [];
  const released: ReleasedRow[] = [];
  for (const [contractId, entries] of entriesOf) {
    const installments = installmentsOf.get(contractId) ?? [];
    const at = (k: string, date: string) => overdueAt(installments, allocationsOf, k, date, holdDays);
    const now = at(month, cutoff);
    if (now) {
      if (entries.some((entry) => entry.month === month)) held.push({ contractId, ...now });
      continue;
    }
    const first = entries.reduce((min, entry) => (entry.month < min ? entry.month : min), month);
    if (first >= month || !at(previous, lastDay(previous))) continue;
    // The hold began after the last month-end that found the contract not overdue.
    let lastClear = '';
    for (let k = previousMonth(previous); k >= first; k = previousMonth(k))
      if (!at(k, lastDay(k))) {
        lastClear = k;
        break;
      }
    const sums = new Map<string, ReleasedRow>();
    for (const entry of entries) {
      if (entry.month <= lastClear || entry.month >= month) continue;
      const id = `${entry.repUserId}\u0000${entry.currency}`;
      const contract = contractOf.get(contractId);
      const row = sums.get(id) ?? {
        repUserId: entry.repUserId,
        contractId,
        contractNumber: contract?.contractNumber ?? `#${contractId}`,
        customerName: contract?.customerName ?? '',
        currency: entry.currency,
        releasedMinor: 0,
        heldSince: entry.month,
      };
      row.releasedMinor += entry.commissionMinor;
      if (entry.month < row.heldSince) row.heldSince = entry.month;
      sums.set(id, row);
    }
    released.push(...sums.values());
  }
  return { held, released };
}
