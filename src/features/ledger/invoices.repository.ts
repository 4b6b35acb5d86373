import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contractInvoices, contracts, ledgerEvents } from '../../db/schema/index.js';
import { formatMinor, shareOf } from '../../lib/money/minor-units.js';
import type { Tx } from './contract-transitions.repository.js';
import { percentCollected } from './contracts.repository.js';
import {
  ContractStatusError,
  InvoiceBelowThresholdError,
  InvoiceNumberTakenError,
  OverInvoiceError,
} from './ledger.errors.js';
import type { Contract, Invoice } from './ledger.types.js';

export type InvoiceRepository = ReturnType<typeof createInvoiceRepository>;

/** Why a contract cannot take an invoice of `amountMinor` now; null when it can. */
export function invoiceRefusal(
  contract: Pick<
    Contract,
    'status' | 'number' | 'amountMinor' | 'collectedMinor' | 'invoicedMinor' | 'currency'
  >,
  amountMinor: number,
  thresholdBp: number,
): Error | null {
  if (contract.status === 'cancelled') return new ContractStatusError(contract.status, contract.number);
  const needed = shareOf(contract.amountMinor, thresholdBp);
  if (contract.collectedMinor < needed)
    return new InvoiceBelowThresholdError({
      needed: formatMinor(needed - contract.collectedMinor, contract.currency),
      collectedPercent: percentCollected(contract),
      thresholdPercent: thresholdBp / 100,
    });
  if (contract.invoicedMinor + amountMinor > contract.amountMinor)
    return new OverInvoiceError(
      formatMinor(contract.amountMinor - contract.invoicedMinor, contract.currency),
    );
  return null;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: unknown }).code === '23505') return true;
  return false;
}

export function createInvoiceRepository({ db }: { db: Db }) {
  return {
    /**
     * Holds `amountMinor` of the contract for a new invoice request, inside the request's transaction. ONE
     * conditional UPDATE checks the threshold and the cap against the committed totals, so two requests at once
     * cannot both pass and invoice more than the contract; a refusal throws and the request is not kept.
     */
    async reserveIn(
      tx: Tx,
      input: {
        teamId: string;
        contractId: number;
        approvalRequestId: number;
        amountMinor: number;
        thresholdBp: number;
        actorUserId: string;
        now: Date;
      },
    ): Promise<Invoice> {
      const { teamId, amountMinor, now } = input;
      const [contract] = await tx
        .update(contracts)
        .set({
          invoicedMinor: sql`${contracts.invoicedMinor} + ${amountMinor}`,
          version: sql`${contracts.version} + 1`,
          updatedAt: now,
        })
        .where(
          and(
            eq(contracts.teamId, teamId),
            eq(contracts.id, input.contractId),
            sql`${contracts.status} <> 'cancelled'`,
            sql`${contracts.invoicedMinor} + ${amountMinor} <= ${contracts.amountMinor}`,
            sql`${contracts.collectedMinor} * 10000 >= ${contracts.amountMinor} * ${input.thresholdBp}`,
          ),
        )
        .returning();
      if (!contract) {
        const [current] = await tx
          .select()
          .from(contracts)
          .where(and(eq(contracts.teamId, teamId), eq(contracts.id, input.contractId)));
        throw (
          (current && invoiceRefusal(current, amountMinor, input.thresholdBp)) ??
          new ContractStatusError('cancelled', current?.number ?? `#${input.contractId}`)
        );
      }
      const [invoice] = await tx
        .insert(contractInvoices)
        .values({
          teamId,
          contractId: contract.id,
          approvalRequestId: input.approvalRequestId,
          amountMinor,
          currency: contract.currency,
          requestedByUserId: input.actorUserId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!invoice) throw new Error('invoice insert returned nothing');
      await tx.insert(ledgerEvents).values({
        teamId,
        contractId: contract.id,
        invoiceId: invoice.id,
        kind: 'invoice_requested',
        actorUserId: input.actorUserId,
        amountMinor,
        currency: contract.currency,
        details: { approvalRequestId: input.approvalRequestId },
        occurredAt: now,
      });
      return invoice;
    },

    async findById(teamId: string, invoiceId: number): Promise<Invoice | undefined> {
      if (!Number.isSafeInteger(invoiceId)) return undefined;
      const [row] = await db
        .select()
        .from(contractInvoices)
        .where(and(eq(contractInvoices.teamId, teamId), eq(contractInvoices.id, invoiceId)));
      return row;
    },

    async findByRequest(teamId: string, approvalRequestId: number): Promise<Invoice | undefined> {
      const [row] = await db
        .select()
        .from(contractInvoices)
        .where(
          and(eq(contractInvoices.teamId, teamId), eq(contractInvoices.approvalRequestId, approvalRequestId)),
        );
      return row;
    },

    /**
     * Finance issues an approved invoice: its number, date and the amount actually invoiced (at most the one
     * approved; the difference goes back to the contract). Conditional on the invoice still being approved.
     */
    async issue(input: {
      teamId: string;
      invoiceId: number;
      number: string;
      issuedOn: string;
      amountMinor: number;
      actorUserId: string;
      now: Date;
    }): Promise<Invoice | undefined> {
      const { teamId, now } = input;
      try {
        return await db.transaction(async (tx) => {
          const [before] = await tx
            .select({ amountMinor: contractInvoices.amountMinor })
            .from(contractInvoices)
            .where(and(eq(contractInvoices.teamId, teamId), eq(contractInvoices.id, input.invoiceId)));
          const [invoice] = await tx
            .update(contractInvoices)
            .set({
              status: 'issued',
              invoiceNumber: input.number,
              issuedOn: input.issuedOn,
              amountMinor: input.amountMinor,
              issuedByUserId: input.actorUserId,
              issuedAt: now,
              updatedAt: now,
            })
            .where(
              and(
                eq(contractInvoices.teamId, teamId),
                eq(contractInvoices.id, input.invoiceId),
                eq(contractInvoices.status, 'approved'),
                sql`${contractInvoices.amountMinor} >= ${input.amountMinor}`,
              ),
            )
            .returning();
          if (!invoice || !before) return undefined;
          const released = before.amountMinor - invoice.amountMinor;
          if (released > 0)
            await tx
              .update(contracts)
              .set({ invoicedMinor: sql`${contracts.invoicedMinor} - ${released}`, updatedAt: now })
              .where(and(eq(contracts.teamId, teamId), eq(contracts.id, invoice.contractId)));
          await tx.insert(ledgerEvents).values({
            teamId,
            contractId: invoice.contractId,
            invoiceId: invoice.id,
            kind: 'invoice_issued',
            actorUserId: input.actorUserId,
            amountMinor: invoice.amountMinor,
            currency: invoice.currency,
            details: { number: input.number, issuedOn: input.issuedOn },
            occurredAt: now,
          });
          return invoice;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new InvoiceNumberTakenError(input.number);
        throw error;
      }
    },
  };
}
