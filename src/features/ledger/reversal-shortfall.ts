import { shareOf } from '../../lib/money/minor-units.js';
import { percentCollected } from './contracts.repository.js';
import type { Contract, FinancePolicy, Installment, Invoice } from './ledger.types.js';

/**
 * What a contract now stands on with less money than the finance policy required when it was done — after a
 * payment's reversal, the only move that lowers the collected total:
 * - `invoice`: approved or issued invoices, though the collected share is below the policy's threshold
 *   (`shortMinor` more must be collected again);
 * - `delivery`: dispatched (or delivered) before the money delivery waits for (`shortMinor` more).
 * Derived from the contract as it is, so it clears by itself once the money is collected again.
 */
export interface Shortfall {
  invoice: {
    invoices: Invoice[];
    thresholdPercent: number;
    collectedPercent: number;
    shortMinor: number;
  } | null;
  delivery: { rule: FinancePolicy['deliveryRule']; shortMinor: number } | null;
}

const DISPATCHED: readonly Contract['status'][] = ['delivering', 'delivered', 'closed'];

export function shortfallOf(input: {
  contract: Contract;
  invoices: Invoice[];
  installments: Installment[];
  policy: FinancePolicy;
}): Shortfall | null {
  const { contract, policy } = input;
  const standing = input.invoices.filter((row) => row.status === 'approved' || row.status === 'issued');
  const invoiceShare = shareOf(contract.amountMinor, policy.invoiceThresholdBp);
  const invoice =
    standing.length && contract.collectedMinor < invoiceShare
      ? {
          invoices: standing,
          thresholdPercent: policy.invoiceThresholdBp / 100,
          collectedPercent: percentCollected(contract),
          shortMinor: invoiceShare - contract.collectedMinor,
        }
      : null;
  const upfront = input.installments
    .filter((row) => row.isUpfront)
    .reduce((sum, row) => sum + row.amountMinor, 0);
  const rule: FinancePolicy['deliveryRule'] =
    policy.deliveryRule === 'upfront' && upfront > 0 ? 'upfront' : 'first_payment';
  const required = rule === 'upfront' ? upfront : 1;
  const delivery =
    DISPATCHED.includes(contract.status) && contract.collectedMinor < required
      ? { rule, shortMinor: required - contract.collectedMinor }
      : null;
  return invoice || delivery ? { invoice, delivery } : null;
}

/** What must come in again before nothing stands on less money (0: any confirmed payment will do). */
export function shortfallNeeded(shortfall: Shortfall): number {
  const delivery = shortfall.delivery?.rule === 'upfront' ? shortfall.delivery.shortMinor : 0;
  return Math.max(shortfall.invoice?.shortMinor ?? 0, delivery);
}
