import { and, asc, eq, sql } from 'drizzle-orm';
import {
  commissionEntries,
  contractInstallments,
  contracts,
  ledgerEvents,
  paymentAllocations,
} from '../../db/schema/index.js';
import { formatMinor } from '../../lib/money/minor-units.js';
import { commissionFor, eligibleBasis } from './commission.js';
import { allocate } from './contract-schedule.js';
import { closedEvent, type Tx } from './contract-transitions.repository.js';
import { ContractStatusError, OverCollectionError } from './ledger.errors.js';
import { type CommissionPlan, OPEN_CONTRACT_STATUSES, type Payment } from './ledger.types.js';

/** The writes a payment makes inside its transaction: landing on the contract, commission, audit. */
/** What commission needs to accrue or reverse: the plan in force and the team-local month of the change. */
export interface AccrualContext {
  plan: Pick<CommissionPlan, 'baseRateBp' | 'tiers' | 'lateCutoffDays' | 'version'>;
  planCurrency: string;
  month: string;
}

export interface PaymentChange {
  teamId: string;
  actorUserId: string;
  now: Date;
}

/** One rep's month of commission is built in order: concurrent confirmations for the same rep queue here. */
export async function lockRepMonth(tx: Tx, teamId: string, repUserId: string, month: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`salesflow:commission:${teamId}:${repUserId}:${month}`}))`,
  );
}

async function monthBasis(tx: Tx, teamId: string, repUserId: string, month: string, currency: string) {
  const [row] = await tx
    .select({ basis: sql<number>`coalesce(sum(${commissionEntries.basisMinor}), 0)`.mapWith(Number) })
    .from(commissionEntries)
    .where(
      and(
        eq(commissionEntries.teamId, teamId),
        eq(commissionEntries.repUserId, repUserId),
        eq(commissionEntries.month, month),
        eq(commissionEntries.currency, currency),
      ),
    );
  return row?.basis ?? 0;
}

/**
 * Confirmed money lands on the contract: ONE conditional UPDATE adds it only while the contract is open and the
 * total stays within the amount (the row lock it takes also orders concurrent payments of the contract); then
 * the money is spread over the installments oldest first, commission accrues, and a delivered contract that is
 * now fully paid closes. Throws (rolling everything back) when the guard refuses.
 */
export async function landPayment(tx: Tx, payment: Payment, ctx: AccrualContext, change: PaymentChange) {
  const { teamId, now } = change;
  const [contract] = await tx
    .update(contracts)
    .set({
      collectedMinor: sql`${contracts.collectedMinor} + ${payment.amountMinor}`,
      version: sql`${contracts.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(contracts.teamId, teamId),
        eq(contracts.id, payment.contractId),
        sql`${contracts.status} in (${sql.join(
          OPEN_CONTRACT_STATUSES.map((status) => sql`${status}`),
          sql`, `,
        )})`,
        sql`${contracts.collectedMinor} + ${payment.amountMinor} <= ${contracts.amountMinor}`,
      ),
    )
    .returning();
  if (!contract) {
    const [current] = await tx
      .select()
      .from(contracts)
      .where(and(eq(contracts.teamId, teamId), eq(contracts.id, payment.contractId)));
    if (!current || !OPEN_CONTRACT_STATUSES.includes(current.status))
      throw new ContractStatusError(
        current?.status ?? 'cancelled',
        current?.number ?? `#${payment.contractId}`,
      );
    throw new OverCollectionError(
      formatMinor(current.amountMinor - current.collectedMinor, current.currency),
    );
  }
  const installments = await tx
    .select()
    .from(contractInstallments)
    .where(and(eq(contractInstallments.teamId, teamId), eq(contractInstallments.contractId, contract.id)))
    .orderBy(asc(contractInstallments.seq));
  const { allocations } = allocate(installments, payment.amountMinor, payment.receivedOn);
  for (const allocation of allocations) {
    await tx
      .update(contractInstallments)
      .set({ collectedMinor: sql`${contractInstallments.collectedMinor} + ${allocation.amountMinor}` })
      .where(
        and(eq(contractInstallments.teamId, teamId), eq(contractInstallments.id, allocation.installmentId)),
      );
  }
  if (allocations.length)
    await tx
      .insert(paymentAllocations)
      .values(allocations.map((a) => ({ ...a, teamId, paymentId: payment.id, contractId: contract.id })));
  await lockRepMonth(tx, teamId, contract.ownerUserId, ctx.month);
  const basisMinor = eligibleBasis(allocations, ctx.plan.lateCutoffDays);
  const computed = commissionFor({
    plan: ctx.plan,
    planCurrency: ctx.planCurrency,
    currency: contract.currency,
    monthBasisBefore: await monthBasis(tx, teamId, contract.ownerUserId, ctx.month, contract.currency),
    basisMinor,
  });
  await tx.insert(commissionEntries).values({
    teamId,
    paymentId: payment.id,
    contractId: contract.id,
    repUserId: contract.ownerUserId,
    month: ctx.month,
    currency: contract.currency,
    kind: 'accrual',
    collectedMinor: payment.amountMinor,
    basisMinor,
    commissionMinor: computed.commissionMinor,
    detail: { bands: computed.bands, planVersion: ctx.plan.version, lateCutoffDays: ctx.plan.lateCutoffDays },
    occurredAt: now,
  });
  if (contract.status === 'delivered' && contract.collectedMinor === contract.amountMinor) {
    const [closed] = await tx
      .update(contracts)
      .set({ status: 'closed', closedAt: now })
      .where(
        and(eq(contracts.teamId, teamId), eq(contracts.id, contract.id), eq(contracts.status, 'delivered')),
      )
      .returning();
    if (closed) {
      await closedEvent(tx, closed, null, now);
      return closed;
    }
  }
  return contract;
}

export async function paymentEvent(
  tx: Tx,
  payment: Payment,
  kind:
    | 'payment_reported'
    | 'payment_recorded'
    | 'payment_confirmed'
    | 'payment_rejected'
    | 'payment_reversed',
  change: PaymentChange,
  reason: string | null = null,
) {
  await tx.insert(ledgerEvents).values({
    teamId: change.teamId,
    contractId: payment.contractId,
    paymentId: payment.id,
    kind,
    actorUserId: change.actorUserId,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    reason,
    details: { receivedOn: payment.receivedOn, note: payment.note },
    occurredAt: change.now,
  });
}
