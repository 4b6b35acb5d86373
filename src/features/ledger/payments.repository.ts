import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  commissionEntries,
  contractInstallments,
  contractPayments,
  contracts,
  ledgerEvents,
  paymentAllocations,
} from '../../db/schema/index.js';
import type { Contract, Payment } from './ledger.types.js';
import {
  type AccrualContext,
  landPayment,
  lockRepMonth,
  type PaymentChange,
  paymentEvent,
} from './payment-writes.js';
import { createPendingPaymentReads } from './pending-payments.repository.js';

export type { AccrualContext } from './payment-writes.js';
export type PaymentRepository = ReturnType<typeof createPaymentRepository>;

export function createPaymentRepository({ db }: { db: Db }) {
  return {
    async findById(teamId: string, paymentId: number): Promise<Payment | undefined> {
      if (!Number.isSafeInteger(paymentId)) return undefined;
      const [row] = await db
        .select()
        .from(contractPayments)
        .where(and(eq(contractPayments.teamId, teamId), eq(contractPayments.id, paymentId)));
      return row;
    },

    ...createPendingPaymentReads({ db }),

    /**
     * A payment: finance records it confirmed (it lands at once), a rep reports it for finance to confirm.
     */
    async create(
      input: PaymentChange & {
        contractId: number;
        amountMinor: number;
        currency: string;
        receivedOn: string;
        note: string | null;
        confirmed: boolean;
        accrual: AccrualContext;
      },
    ): Promise<{ payment: Payment; contract: Contract | undefined }> {
      return db.transaction(async (tx) => {
        const [payment] = await tx
          .insert(contractPayments)
          .values({
            teamId: input.teamId,
            contractId: input.contractId,
            amountMinor: input.amountMinor,
            currency: input.currency,
            receivedOn: input.receivedOn,
            note: input.note,
            status: input.confirmed ? 'confirmed' : 'reported',
            reportedByUserId: input.actorUserId,
            ...(input.confirmed ? { confirmedByUserId: input.actorUserId, confirmedAt: input.now } : {}),
            createdAt: input.now,
            updatedAt: input.now,
          })
          .returning();
        if (!payment) throw new Error('payment insert returned nothing');
        const contract = input.confirmed ? await landPayment(tx, payment, input.accrual, input) : undefined;
        await paymentEvent(tx, payment, input.confirmed ? 'payment_recorded' : 'payment_reported', input);
        return { payment, contract };
      });
    },

    /** Finance confirms a reported payment: one conditional UPDATE, so of two clicks exactly one lands it. */
    async confirm(
      input: PaymentChange & { paymentId: number; accrual: AccrualContext },
    ): Promise<{ payment: Payment; contract: Contract } | undefined> {
      return db.transaction(async (tx) => {
        const [payment] = await tx
          .update(contractPayments)
          .set({
            status: 'confirmed',
            confirmedByUserId: input.actorUserId,
            confirmedAt: input.now,
            updatedAt: input.now,
          })
          .where(
            and(
              eq(contractPayments.teamId, input.teamId),
              eq(contractPayments.id, input.paymentId),
              eq(contractPayments.status, 'reported'),
            ),
          )
          .returning();
        if (!payment) return undefined;
        const contract = await landPayment(tx, payment, input.accrual, input);
        await paymentEvent(tx, payment, 'payment_confirmed', input);
        return { payment, contract };
      });
    },

    async reject(input: PaymentChange & { paymentId: number; reason: string }): Promise<Payment | undefined> {
      return db.transaction(async (tx) => {
        const [payment] = await tx
          .update(contractPayments)
          .set({
            status: 'rejected',
            rejectedByUserId: input.actorUserId,
            rejectedAt: input.now,
            rejectReason: input.reason,
            updatedAt: input.now,
          })
          .where(
            and(
              eq(contractPayments.teamId, input.teamId),
              eq(contractPayments.id, input.paymentId),
              eq(contractPayments.status, 'reported'),
            ),
          )
          .returning();
        if (payment) await paymentEvent(tx, payment, 'payment_rejected', input, input.reason);
        return payment;
      });
    },

    /**
     * Finance reverses a confirmed payment with a reason: the row stays, marked reversed; the contract and its
     * installments get the money back as open, and the commission it earned is given back in this month.
     */
    async reverse(
      input: PaymentChange & { paymentId: number; reason: string; accrual: AccrualContext },
    ): Promise<{ payment: Payment; contract: Contract } | undefined> {
      const { teamId, now } = input;
      return db.transaction(async (tx) => {
        const [payment] = await tx
          .update(contractPayments)
          .set({
            status: 'reversed',
            reversedByUserId: input.actorUserId,
            reversedAt: now,
            reverseReason: input.reason,
            updatedAt: now,
          })
          .where(
            and(
              eq(contractPayments.teamId, teamId),
              eq(contractPayments.id, input.paymentId),
              eq(contractPayments.status, 'confirmed'),
            ),
          )
          .returning();
        if (!payment) return undefined;
        const [before] = await tx
          .select({ status: contracts.status })
          .from(contracts)
          .where(and(eq(contracts.teamId, teamId), eq(contracts.id, payment.contractId)))
          .for('update');
        const [contract] = await tx
          .update(contracts)
          .set({
            collectedMinor: sql`${contracts.collectedMinor} - ${payment.amountMinor}`,
            status: sql`case when ${contracts.status} = 'closed' then 'delivered' else ${contracts.status} end`,
            closedAt: null,
            version: sql`${contracts.version} + 1`,
            updatedAt: now,
          })
          .where(and(eq(contracts.teamId, teamId), eq(contracts.id, payment.contractId)))
          .returning();
        if (!contract) throw new Error('reversed payment has no contract');
        const allocations = await tx
          .update(paymentAllocations)
          .set({ reversedAt: now })
          .where(
            and(
              eq(paymentAllocations.teamId, teamId),
              eq(paymentAllocations.paymentId, payment.id),
              isNull(paymentAllocations.reversedAt),
            ),
          )
          .returning();
        for (const allocation of allocations)
          await tx
            .update(contractInstallments)
            .set({ collectedMinor: sql`${contractInstallments.collectedMinor} - ${allocation.amountMinor}` })
            .where(
              and(
                eq(contractInstallments.teamId, teamId),
                eq(contractInstallments.id, allocation.installmentId),
              ),
            );
        const [accrued] = await tx
          .select()
          .from(commissionEntries)
          .where(
            and(
              eq(commissionEntries.teamId, teamId),
              eq(commissionEntries.paymentId, payment.id),
              eq(commissionEntries.kind, 'accrual'),
            ),
          );
        if (accrued) {
          await lockRepMonth(tx, teamId, accrued.repUserId, input.accrual.month);
          await tx.insert(commissionEntries).values({
            teamId,
            paymentId: payment.id,
            contractId: accrued.contractId,
            repUserId: accrued.repUserId,
            month: input.accrual.month,
            currency: accrued.currency,
            kind: 'reversal',
            collectedMinor: -accrued.collectedMinor,
            basisMinor: -accrued.basisMinor,
            commissionMinor: -accrued.commissionMinor,
            detail: { reverses: accrued.id, accruedIn: accrued.month },
            occurredAt: now,
          });
        }
        await paymentEvent(tx, payment, 'payment_reversed', input, input.reason);
        if (before?.status === 'closed')
          await tx.insert(ledgerEvents).values({
            teamId,
            contractId: contract.id,
            kind: 'reopened',
            actorUserId: input.actorUserId,
            occurredAt: now,
          });
        return { payment, contract };
      });
    },

    async setNotice(teamId: string, paymentId: number, channelId: string, ts: string): Promise<void> {
      await db
        .update(contractPayments)
        .set({ noticeChannelId: channelId, noticeTs: ts })
        .where(and(eq(contractPayments.teamId, teamId), eq(contractPayments.id, paymentId)));
    },
  };
}
