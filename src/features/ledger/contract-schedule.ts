import { addDays, compareDates, parseIsoDate, requireIsoDate, toIso } from '../../lib/parse/calendar.js';

/** One planned installment, before it is stored. */
export interface PlannedInstallment {
  seq: number;
  dueOn: string;
  amountMinor: number;
  isUpfront: boolean;
}

/** Days after approval the upfront share is due, and the balance when the request named no delivery date. */
export const UPFRONT_DUE_DAYS = 7;
export const BALANCE_DUE_DAYS = 30;

/** `amount × bp / 10000`, half up, in integers. */
export function basisPointsOf(amountMinor: number, basisPoints: number): number {
  return Number((BigInt(amountMinor) * BigInt(basisPoints) + 5000n) / 10000n);
}

/**
 * The schedule a newly approved contract starts with: the upfront share a week after approval, the balance on
 * the delivery date (or 30 days after approval). The rep adjusts it while the contract is not yet signed.
 */
export function defaultSchedule(input: {
  amountMinor: number;
  upfrontBp: number;
  approvedOn: string;
  deliveryDate: string | null;
}): PlannedInstallment[] {
  const { amountMinor, approvedOn } = input;
  const upfrontDue = toIso(addDays(requireIsoDate(approvedOn), UPFRONT_DUE_DAYS));
  const fallback = toIso(addDays(requireIsoDate(approvedOn), BALANCE_DUE_DAYS));
  const delivery = input.deliveryDate && parseIsoDate(input.deliveryDate) ? input.deliveryDate : null;
  const balanceDue = delivery && delivery > upfrontDue ? delivery : fallback;
  const upfront = Math.min(amountMinor, basisPointsOf(amountMinor, input.upfrontBp));
  if (upfront <= 0) return [{ seq: 1, dueOn: balanceDue, amountMinor, isUpfront: false }];
  if (upfront >= amountMinor) return [{ seq: 1, dueOn: upfrontDue, amountMinor, isUpfront: true }];
  return [
    { seq: 1, dueOn: upfrontDue, amountMinor: upfront, isUpfront: true },
    { seq: 2, dueOn: balanceDue, amountMinor: amountMinor - upfront, isUpfront: false },
  ];
}

export type ScheduleProblem = 'empty' | 'tooMany' | 'date' | 'amount' | 'sum' | 'order';
export const MAX_INSTALLMENTS = 24;

/**
 * A rep's adjusted schedule: 1–24 installments with valid dates in order and positive amounts that add up to
 * the contract amount exactly. The first keeps the upfront mark when the contract has an upfront share.
 */
export function validateSchedule(input: {
  amountMinor: number;
  upfrontBp: number;
  rows: { dueOn: string; amountMinor: number | null }[];
}): { ok: true; schedule: PlannedInstallment[] } | { ok: false; problem: ScheduleProblem; row?: number } {
  const { rows } = input;
  if (rows.length === 0) return { ok: false, problem: 'empty' };
  if (rows.length > MAX_INSTALLMENTS) return { ok: false, problem: 'tooMany' };
  let total = 0;
  for (const [index, row] of rows.entries()) {
    const date = parseIsoDate(row.dueOn);
    if (!date) return { ok: false, problem: 'date', row: index + 1 };
    const previous = rows[index - 1];
    if (previous && compareDates(requireIsoDate(previous.dueOn), date) > 0)
      return { ok: false, problem: 'order', row: index + 1 };
    if (row.amountMinor === null || !Number.isSafeInteger(row.amountMinor) || row.amountMinor <= 0)
      return { ok: false, problem: 'amount', row: index + 1 };
    total += row.amountMinor;
  }
  if (total !== input.amountMinor) return { ok: false, problem: 'sum' };
  return {
    ok: true,
    schedule: rows.map((row, index) => ({
      seq: index + 1,
      dueOn: row.dueOn,
      amountMinor: row.amountMinor as number,
      isUpfront: index === 0 && input.upfrontBp > 0,
    })),
  };
}

export interface OpenInstallment {
  id: number;
  seq: number;
  dueOn: string;
  amountMinor: number;
  collectedMinor: number;
}

export interface Allocation {
  installmentId: number;
  amountMinor: number;
  /** Received date minus due date, in days (negative: paid early). */
  daysLate: number;
}

/** Calendar days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = requireIsoDate(from);
  const b = requireIsoDate(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/**
 * Spreads a payment over the open installments, oldest first. Money beyond the schedule (which the contract's
 * own guard already refuses) is left unallocated and reported as `rest`.
 */
export function allocate(
  installments: OpenInstallment[],
  amountMinor: number,
  receivedOn: string,
): { allocations: Allocation[]; rest: number } {
  let rest = amountMinor;
  const allocations: Allocation[] = [];
  for (const installment of [...installments].sort((a, b) => a.seq - b.seq)) {
    if (rest === 0) break;
    const open = installment.amountMinor - installment.collectedMinor;
    if (open <= 0) continue;
    const part = Math.min(open, rest);
    allocations.push({
      installmentId: installment.id,
      amountMinor: part,
      daysLate: daysBetween(installment.dueOn, receivedOn),
    });
    rest -= part;
  }
  return { allocations, rest };
}
