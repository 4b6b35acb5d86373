import { localDate } from '../../lib/time-zone.js';
import type { Actor } from '../team/team.types.js';
import { daysBetween } from './contract-schedule.js';
import { NotFinanceError } from './ledger.errors.js';
import { isFinance, type LedgerDeps } from './ledger-access.js';
import type { PendingPayments } from './pending-payments.types.js';

/** The most reports `/payment pending` reads: a data table holds 100 rows under its header. */
export const PENDING_PAYMENTS_READ = 100;

/**
 * Finance's queue: the oldest reported payments with their contracts (one query), how many wait in all and
 * their sums per currency, and how many days each has waited on the reader's calendar.
 */
export async function pendingPayments(
  deps: Pick<LedgerDeps, 'payments' | 'clock'> & { actor: Actor; limit?: number },
): Promise<PendingPayments> {
  const { actor } = deps;
  if (!isFinance(actor)) throw new NotFinanceError();
  const page = await deps.payments.pendingPage(actor.teamId, deps.limit ?? PENDING_PAYMENTS_READ);
  const today = localDate(deps.clock.now(), actor.timezone);
  return {
    first: page.rows.map((row) => ({
      ...row,
      daysWaiting: Math.max(0, daysBetween(localDate(row.reportedAt, actor.timezone), today)),
    })),
    total: page.total,
    totals: page.totals,
  };
}
