import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contractInvoices, contractPayments, contracts } from '../../db/schema/index.js';
import type { CountedList, PendingPaymentRow, WaitingInvoiceRow } from './home.types.js';

export type HomeRepository = ReturnType<typeof createHomeRepository>;

/** Finance's queues as the Home tab shows them: the true count and the oldest `limit` rows. */
export function createHomeRepository({ db }: { db: Db }) {
  return {
    async pendingPayments(teamId: string, limit: number): Promise<CountedList<PendingPaymentRow>> {
      const where = and(eq(contractPayments.teamId, teamId), eq(contractPayments.status, 'reported'));
      const [total] = await db.select({ n: count() }).from(contractPayments).where(where);
      const first = await db
        .select({
          paymentId: contractPayments.id,
          contractNumber: contracts.number,
          customerName: contracts.customerName,
          amountMinor: contractPayments.amountMinor,
          currency: contractPayments.currency,
          reportedByUserId: contractPayments.reportedByUserId,
          receivedOn: contractPayments.receivedOn,
        })
        .from(contractPayments)
        .innerJoin(
          contracts,
          and(eq(contracts.id, contractPayments.contractId), eq(contracts.teamId, contractPayments.teamId)),
        )
        .where(where)
        .orderBy(asc(contractPayments.id))
        .limit(limit);
      return { total: total?.n ?? 0, first };
    },

    /** Invoices approved and not issued yet: finance's to issue. */
    async invoicesWaiting(teamId: string, limit: number): Promise<CountedList<WaitingInvoiceRow>> {
      const where = and(eq(contractInvoices.teamId, teamId), eq(contractInvoices.status, 'approved'));
      const [total] = await db.select({ n: count() }).from(contractInvoices).where(where);
      const first = await db
        .select({
          invoiceId: contractInvoices.id,
          contractNumber: contracts.number,
          customerName: contracts.customerName,
          amountMinor: contractInvoices.amountMinor,
          currency: contractInvoices.currency,
          requestedByUserId: contractInvoices.requestedByUserId,
        })
        .from(contractInvoices)
        .innerJoin(
          contracts,
          and(eq(contracts.id, contractInvoices.contractId), eq(contracts.teamId, contractInvoices.teamId)),
        )
        .where(where)
        .orderBy(asc(contractInvoices.id))
        .limit(limit);
      return { total: total?.n ?? 0, first };
    },
  };
}
