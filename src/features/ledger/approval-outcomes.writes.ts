import { and, eq, sql } from 'drizzle-orm';
import {
  commissionSheets,
  contractCounters,
  contractInstallments,
  contractInvoices,
  contracts,
  financePolicies,
  leads,
  ledgerEvents,
  teams,
} from '../../db/schema/index.js';
import { numberToMinor, percentToBasisPoints } from '../../lib/money/minor-units.js';
import { localDate } from '../../lib/time-zone.js';
import type { ApprovalDetails } from '../approvals/approval-states.types.js';
import type { Tx } from '../approvals/approval-writes.js';
import { settleQuoteApproval } from '../quotes/quote-approval.writes.js';
import { copyQuoteLinesToContract } from '../quotes/quote-contract.writes.js';
import { defaultSchedule } from './contract-schedule.js';
import { DEFAULT_FINANCE_POLICY } from './ledger.types.js';

/**
 * What a finished approval writes in the ledger, inside the approval engine's own transaction: the decision and
 * its consequence commit together or not at all, so a retried click can never enter a contract twice or lose one.
 * Only leaf modules are imported here, because src/features/approvals calls this.
 */
export interface FinishedRequest {
  id: number;
  teamId: string;
  leadId: number | null;
  details: ApprovalDetails;
}

export type ApprovalOutcome = 'approved' | 'rejected' | 'cancelled';

export async function applyApprovalOutcome(
  tx: Tx,
  input: {
    request: FinishedRequest;
    /** `changes_requested` ends a quote's request only: the other kinds are revised in their request form. */
    outcome: ApprovalOutcome | 'changes_requested';
    actorUserId: string | null;
    now: Date;
  },
): Promise<void> {
  const { details } = input.request;
  if (details.kind === 'quote')
    await settleQuoteApproval(tx, {
      teamId: input.request.teamId,
      requestId: input.request.id,
      quoteId: details.quoteId,
      outcome: input.outcome,
      now: input.now,
    });
  const outcome = input.outcome;
  if (outcome === 'changes_requested') return;
  const finished = { ...input, outcome };
  if (details.kind === 'contract' && outcome === 'approved') await enterContract(tx, finished);
  if (details.kind === 'invoice') await settleInvoice(tx, finished);
  if (details.kind === 'commission_sheet' && outcome !== 'cancelled') await settleSheet(tx, finished);
}

/** The next number of the team's year, in the caller's transaction: concurrent entries queue on the row. */
async function nextSequence(tx: Tx, teamId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(contractCounters)
    .values({ teamId, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [contractCounters.teamId, contractCounters.year],
      set: { lastSeq: sql`${contractCounters.lastSeq} + 1` },
    })
    .returning({ lastSeq: contractCounters.lastSeq });
  if (!row) throw new Error('contract counter upsert returned nothing');
  return row.lastSeq;
}

export function contractNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(4, '0')}`;
}

/** A finally approved contract request becomes a ledger entry with its default payment schedule. */
async function enterContract(
  tx: Tx,
  input: { request: FinishedRequest; actorUserId: string | null; now: Date },
): Promise<void> {
  const { request, now } = input;
  const { teamId, details } = request;
  if (details.kind !== 'contract' || request.leadId === null) return;
  const [already] = await tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.teamId, teamId), eq(contracts.approvalRequestId, request.id)));
  if (already) return;
  const [lead] = await tx
    .select({ ownerUserId: leads.ownerUserId, companyName: leads.companyName })
    .from(leads)
    .where(and(eq(leads.teamId, teamId), eq(leads.id, request.leadId)));
  if (!lead) return;
  const [team] = await tx.select({ timezone: teams.timezone }).from(teams).where(eq(teams.teamId, teamId));
  const [policy] = await tx
    .select({ prefix: financePolicies.contractPrefix })
    .from(financePolicies)
    .where(eq(financePolicies.teamId, teamId));
  const amountMinor = numberToMinor(details.amount, details.currency);
  if (amountMinor === null || amountMinor <= 0)
    throw new Error(`contract amount ${details.amount} unreadable`);
  const upfrontBp = Math.min(10_000, percentToBasisPoints(details.upfrontPercent));
  const approvedOn = localDate(now, team?.timezone ?? 'UTC');
  const year = Number(approvedOn.slice(0, 4));
  const seq = await nextSequence(tx, teamId, year);
  const [contract] = await tx
    .insert(contracts)
    .values({
      teamId,
      number: contractNumber(policy?.prefix ?? DEFAULT_FINANCE_POLICY.contractPrefix, year, seq),
      year,
      seq,
      leadId: request.leadId,
      approvalRequestId: request.id,
      ownerUserId: lead.ownerUserId,
      customerName: lead.companyName,
      amountMinor,
      currency: details.currency,
      upfrontBp,
      paymentTerms: details.paymentTerms,
      deliveryDate: details.deliveryDate,
      specialTerms: details.specialTerms,
      draftLink: details.draftLink,
      approvedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!contract) throw new Error('contract insert returned nothing');
  const schedule = defaultSchedule({
    amountMinor,
    upfrontBp,
    approvedOn,
    deliveryDate: details.deliveryDate,
  });
  await tx
    .insert(contractInstallments)
    .values(schedule.map((row) => ({ ...row, teamId, contractId: contract.id })));
  if (details.quote)
    await copyQuoteLinesToContract(tx, {
      teamId,
      contractId: contract.id,
      leadId: request.leadId,
      amountMinor,
      currency: details.currency,
      quote: details.quote,
    });
  await tx.insert(ledgerEvents).values({
    teamId,
    contractId: contract.id,
    kind: 'contract_entered',
    actorUserId: input.actorUserId,
    amountMinor,
    currency: details.currency,
    details: { number: contract.number, approvalRequestId: request.id },
    occurredAt: now,
  });
}

const INVOICE_EVENTS = {
  approved: 'invoice_approved',
  rejected: 'invoice_rejected',
  cancelled: 'invoice_cancelled',
} as const;

/** Approved: finance may issue it. Rejected or cancelled: its amount is given back to the contract. */
async function settleInvoice(
  tx: Tx,
  input: { request: FinishedRequest; outcome: ApprovalOutcome; actorUserId: string | null; now: Date },
): Promise<void> {
  const { request, outcome, now } = input;
  const status = outcome === 'approved' ? 'approved' : outcome;
  const [invoice] = await tx
    .update(contractInvoices)
    .set({ status, updatedAt: now })
    .where(
      and(
        eq(contractInvoices.teamId, request.teamId),
        eq(contractInvoices.approvalRequestId, request.id),
        eq(contractInvoices.status, 'requested'),
      ),
    )
    .returning();
  if (!invoice) return;
  if (outcome !== 'approved')
    await tx
      .update(contracts)
      .set({
        invoicedMinor: sql`${contracts.invoicedMinor} - ${invoice.amountMinor}`,
        version: sql`${contracts.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(contracts.teamId, request.teamId), eq(contracts.id, invoice.contractId)));
  await tx.insert(ledgerEvents).values({
    teamId: request.teamId,
    contractId: invoice.contractId,
    invoiceId: invoice.id,
    kind: INVOICE_EVENTS[status],
    actorUserId: input.actorUserId,
    amountMinor: invoice.amountMinor,
    currency: invoice.currency,
    occurredAt: now,
  });
}

async function settleSheet(
  tx: Tx,
  input: { request: FinishedRequest; outcome: ApprovalOutcome; actorUserId: string | null; now: Date },
): Promise<void> {
  const { request, now } = input;
  const status = input.outcome === 'approved' ? 'approved' : 'rejected';
  const [sheet] = await tx
    .update(commissionSheets)
    .set({ status, decidedAt: now })
    .where(
      and(
        eq(commissionSheets.teamId, request.teamId),
        eq(commissionSheets.approvalRequestId, request.id),
        eq(commissionSheets.status, 'pending'),
      ),
    )
    .returning();
  if (!sheet) return;
  await tx.insert(ledgerEvents).values({
    teamId: request.teamId,
    sheetId: sheet.id,
    kind: status === 'approved' ? 'sheet_approved' : 'sheet_rejected',
    actorUserId: input.actorUserId,
    details: { month: sheet.month },
    occurredAt: now,
  });
}
