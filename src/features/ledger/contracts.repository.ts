import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  contractInstallments,
  contractInvoices,
  contractPayments,
  contracts,
  ledgerEvents,
} from '../../db/schema/index.js';
import { percentOf } from '../../lib/money/minor-units.js';
import type {
  Contract,
  ContractSummary,
  Installment,
  Invoice,
  LedgerEvent,
  LedgerScope,
  LedgerTotals,
  Payment,
} from './ledger.types.js';

/** Which contracts a list or its totals cover. Cancelled contracts are left out unless asked for by lead. */
export interface ContractQuery {
  owners: LedgerScope;
  /** The reader's today: installments due before it are overdue. */
  today: string;
  leadId?: number;
  /** One contract (its summary), whatever its status. */
  contractId?: number;
  overdueOnly?: boolean;
  limit?: number;
  offset?: number;
}

export type ContractRepository = ReturnType<typeof createContractRepository>;

const CLOSED_TO_OVERDUE = sql`${contracts.status} in ('cancelled', 'closed')`;

/** An installment (joined to its contract) that is due before `today` and not fully collected. */
const isOverdue = (today: string) =>
  sql`${contractInstallments.dueOn} < ${today} and ${contractInstallments.collectedMinor} < ${contractInstallments.amountMinor}`;

/**
 * A contract's overdue money, summed over its installments joined once and grouped by contract (none on a cancelled
 * or closed contract). The due-date test sits in the aggregate's filter, not in the join: joined on the contract
 * alone, the planner reads each contract's few installments by `contract_id`, where a correlated sum per contract
 * let it scan every overdue installment of the team once per contract when a table had no statistics yet (PGlite
 * never runs autovacuum): 4–8 s on 5,000 contracts (BENCHMARKS.md §11).
 */
const overdueOf = (today: string) =>
  sql<number>`case when ${CLOSED_TO_OVERDUE} then 0 else coalesce(sum(${contractInstallments.amountMinor} - ${contractInstallments.collectedMinor}) filter (where ${isOverdue(today)}), 0) end`.mapWith(
    Number,
  );

const oldestOverdueOf = (today: string) =>
  sql<
    string | null
  >`case when ${CLOSED_TO_OVERDUE} then null else (min(${contractInstallments.dueOn}) filter (where ${isOverdue(today)}))::text end`;

/**
 * Joined by the contract's id alone (an identity, unique across teams; the contracts side is scoped by team): an
 * added `team_id` match lets the planner without statistics intersect it with the team's whole due-date index.
 */
const installmentsOf = eq(contractInstallments.contractId, contracts.id);

function queryFilter(teamId: string, query: ContractQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(contracts.teamId, teamId)];
  if (query.owners !== 'all')
    conditions.push(inArray(contracts.ownerUserId, query.owners.length ? query.owners : ['']));
  if (query.contractId !== undefined) conditions.push(eq(contracts.id, query.contractId));
  if (query.leadId !== undefined) conditions.push(eq(contracts.leadId, query.leadId));
  if (query.leadId === undefined && query.contractId === undefined)
    conditions.push(ne(contracts.status, 'cancelled'));
  return and(...conditions);
}

/** The ledger's rows and totals (SQL aggregates), and a contract's schedule, payments, invoices and history. */
export function createContractRepository({ db }: { db: Db }) {
  /**
   * Money reps reported and finance has not confirmed yet, per contract of a page: one grouped read after the page
   * (a sum per row let the planner without statistics scan the team's payments once per contract).
   */
  async function reportedOf(teamId: string, contractIds: number[]): Promise<Map<number, number>> {
    if (contractIds.length === 0) return new Map();
    const rows = await db
      .select({
        contractId: contractPayments.contractId,
        reportedMinor: sql<number>`sum(${contractPayments.amountMinor})`.mapWith(Number),
      })
      .from(contractPayments)
      .where(
        and(
          eq(contractPayments.teamId, teamId),
          eq(contractPayments.status, 'reported'),
          inArray(contractPayments.contractId, contractIds),
        ),
      )
      .groupBy(contractPayments.contractId);
    return new Map(rows.map((row) => [row.contractId, row.reportedMinor]));
  }

  return {
    async findById(teamId: string, contractId: number): Promise<Contract | undefined> {
      if (!Number.isSafeInteger(contractId)) return undefined;
      const [row] = await db
        .select()
        .from(contracts)
        .where(and(eq(contracts.teamId, teamId), eq(contracts.id, contractId)));
      return row;
    },

    async findByNumber(teamId: string, number: string): Promise<Contract | undefined> {
      const [row] = await db
        .select()
        .from(contracts)
        .where(and(eq(contracts.teamId, teamId), eq(contracts.number, number.trim().toUpperCase())));
      return row;
    },

    async findByRequest(teamId: string, approvalRequestId: number): Promise<Contract | undefined> {
      const [row] = await db
        .select()
        .from(contracts)
        .where(and(eq(contracts.teamId, teamId), eq(contracts.approvalRequestId, approvalRequestId)));
      return row;
    },

    async listForLead(teamId: string, leadId: number): Promise<Contract[]> {
      return db
        .select()
        .from(contracts)
        .where(and(eq(contracts.teamId, teamId), eq(contracts.leadId, leadId)))
        .orderBy(desc(contracts.id));
    },

    /** Contracts of `owners` whose number or customer contains `text` (any case), newest first. */
    async search(teamId: string, owners: LedgerScope, text: string, limit: number): Promise<Contract[]> {
      const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return db
        .select()
        .from(contracts)
        .where(
          and(
            eq(contracts.teamId, teamId),
            owners === 'all' ? undefined : inArray(contracts.ownerUserId, owners.length ? owners : ['']),
            sql`(lower(${contracts.customerName}) like ${pattern} or lower(${contracts.number}) like ${pattern})`,
          ),
        )
        .orderBy(desc(contracts.id))
        .limit(limit);
    },

    /** Contracts with their outstanding, overdue and reported amounts, newest first. */
    async list(teamId: string, query: ContractQuery): Promise<ContractSummary[]> {
      // Unless the filter needs every contract's overdue money, the page is chosen first and only its
      // installments are summed.
      const pageIds = db
        .select({ id: contracts.id })
        .from(contracts)
        .where(queryFilter(teamId, query))
        .orderBy(desc(contracts.approvedAt), desc(contracts.id))
        .limit(query.limit ?? 50)
        .offset(query.offset ?? 0);
      const rows = await db
        .select({
          contract: contracts,
          overdueMinor: overdueOf(query.today),
          oldestOverdueOn: oldestOverdueOf(query.today),
        })
        .from(contracts)
        .leftJoin(contractInstallments, installmentsOf)
        .where(query.overdueOnly ? queryFilter(teamId, query) : inArray(contracts.id, pageIds))
        .groupBy(contracts.id)
        .having(query.overdueOnly ? sql`${overdueOf(query.today)} > 0` : undefined)
        .orderBy(desc(contracts.approvedAt), desc(contracts.id))
        .limit(query.limit ?? 50)
        .offset(query.overdueOnly ? (query.offset ?? 0) : 0);
      const reported = await reportedOf(
        teamId,
        rows.map((row) => row.contract.id),
      );
      return rows.map(({ contract, overdueMinor, oldestOverdueOn }) => ({
        contract,
        outstandingMinor: outstandingOf(contract),
        collectedPercent: percentCollected(contract),
        overdueMinor,
        oldestOverdueOn,
        reportedMinor: reported.get(contract.id) ?? 0,
      }));
    },

    /** Totals per currency over every contract the query covers (not just one page). */
    async totals(teamId: string, query: ContractQuery): Promise<LedgerTotals[]> {
      const perContract = db
        .select({
          currency: contracts.currency,
          status: contracts.status,
          amountMinor: contracts.amountMinor,
          collectedMinor: contracts.collectedMinor,
          invoicedMinor: contracts.invoicedMinor,
          overdueMinor: overdueOf(query.today).as('overdue_minor'),
        })
        .from(contracts)
        .leftJoin(contractInstallments, installmentsOf)
        .where(queryFilter(teamId, query))
        .groupBy(contracts.id)
        .having(query.overdueOnly ? sql`${overdueOf(query.today)} > 0` : undefined)
        .as('per_contract');
      return db
        .select({
          currency: perContract.currency,
          count: sql<number>`count(*)`.mapWith(Number),
          amountMinor: sql<number>`coalesce(sum(${perContract.amountMinor}), 0)`.mapWith(Number),
          collectedMinor: sql<number>`coalesce(sum(${perContract.collectedMinor}), 0)`.mapWith(Number),
          outstandingMinor: sql<number>`coalesce(sum(case when ${perContract.status} = 'cancelled' then 0
            else ${perContract.amountMinor} - ${perContract.collectedMinor} end), 0)`.mapWith(Number),
          invoicedMinor: sql<number>`coalesce(sum(${perContract.invoicedMinor}), 0)`.mapWith(Number),
          overdueMinor: sql<number>`coalesce(sum(${perContract.overdueMinor}), 0)`.mapWith(Number),
        })
        .from(perContract)
        .groupBy(perContract.currency)
        .orderBy(asc(perContract.currency));
    },

    /** What `shortfallOf` reads for several contracts at once: their standing invoices and upfront installments. */
    async shortfallInputs(
      teamId: string,
      contractIds: number[],
    ): Promise<{ invoices: Invoice[]; installments: Installment[] }> {
      if (contractIds.length === 0) return { invoices: [], installments: [] };
      const [invoices, installments] = await Promise.all([
        db
          .select()
          .from(contractInvoices)
          .where(
            and(
              eq(contractInvoices.teamId, teamId),
              inArray(contractInvoices.contractId, contractIds),
              inArray(contractInvoices.status, ['approved', 'issued']),
            ),
          ),
        db
          .select()
          .from(contractInstallments)
          .where(
            and(
              eq(contractInstallments.teamId, teamId),
              inArray(contractInstallments.contractId, contractIds),
              eq(contractInstallments.isUpfront, true),
            ),
          ),
      ]);
      return { invoices, installments };
    },

    async installments(teamId: string, contractId: number): Promise<Installment[]> {
      return db
        .select()
        .from(contractInstallments)
        .where(and(eq(contractInstallments.teamId, teamId), eq(contractInstallments.contractId, contractId)))
        .orderBy(asc(contractInstallments.seq));
    },

    async payments(teamId: string, contractId: number): Promise<Payment[]> {
      return db
        .select()
        .from(contractPayments)
        .where(and(eq(contractPayments.teamId, teamId), eq(contractPayments.contractId, contractId)))
        .orderBy(asc(contractPayments.id));
    },

    async invoices(teamId: string, contractId: number): Promise<Invoice[]> {
      return db
        .select()
        .from(contractInvoices)
        .where(and(eq(contractInvoices.teamId, teamId), eq(contractInvoices.contractId, contractId)))
        .orderBy(asc(contractInvoices.id));
    },

    async history(teamId: string, contractId: number): Promise<LedgerEvent[]> {
      return db
        .select()
        .from(ledgerEvents)
        .where(and(eq(ledgerEvents.teamId, teamId), eq(ledgerEvents.contractId, contractId)))
        .orderBy(asc(ledgerEvents.occurredAt), asc(ledgerEvents.id));
    },
  };
}

export function outstandingOf(contract: Pick<Contract, 'status' | 'amountMinor' | 'collectedMinor'>): number {
  return contract.status === 'cancelled' ? 0 : contract.amountMinor - contract.collectedMinor;
}

/** One decimal, rounded down, in integers: 59.99 % never shows as 60 %. */
export function percentCollected(contract: Pick<Contract, 'amountMinor' | 'collectedMinor'>): number {
  return percentOf(contract.collectedMinor, contract.amountMinor);
}
