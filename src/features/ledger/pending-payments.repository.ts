import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contractPayments, contracts } from '../../db/schema/index.js';
import type { PendingPaymentRecord, PendingPaymentsTotal } from './pending-payments.types.js';

/** Finance's queue of reported payments, read in one page; part of the payment repository. */
export function createPendingPaymentReads({ db }: { db: Db }) {
  return {
    /**
     * The oldest `limit` reported payments with their contracts (one join, no read per row), how many wait in
     * all and their sums per currency (SQL aggregates, never added across currencies).
     */
    async pendingPage(
      teamId: string,
      limit: number,
    ): Promise<{ rows: PendingPaymentRecord[]; totals: PendingPaymentsTotal[]; total: number }> {
      const where = and(eq(contractPayments.teamId, teamId), eq(contractPayments.status, 'reported'));
      const joined = and(
        eq(contracts.id, contractPayments.contractId),
        eq(contracts.teamId, contractPayments.teamId),
      );
      const [rows, totals] = await Promise.all([
        db
          .select({
            paymentId: contractPayments.id,
            contractId: contracts.id,
            contractNumber: contracts.number,
            customerName: contracts.customerName,
            ownerUserId: contracts.ownerUserId,
            amountMinor: contractPayments.amountMinor,
            currency: contractPayments.currency,
            receivedOn: contractPayments.receivedOn,
            reportedByUserId: contractPayments.reportedByUserId,
            reportedAt: contractPayments.createdAt,
          })
          .from(contractPayments)
          .innerJoin(contracts, joined)
          .where(where)
          .orderBy(asc(contractPayments.id))
          .limit(limit),
        db
          .select({
            currency: contractPayments.currency,
            count: count(),
            amountMinor: sql<number>`coalesce(sum(${contractPayments.amountMinor}), 0)`.mapWith(Number),
          })
          .from(contractPayments)
          .innerJoin(contracts, joined)
          .where(where)
          .groupBy(contractPayments.currency)
          .orderBy(asc(contractPayments.currency)),
      ]);
      return { rows, totals, total: totals.reduce((sum, row) => sum + row.count, 0) };
    },
  };
}
