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

/**
 * Outer columns inside a correlated subquery must be qualified; drizzle writes a column of a one-table select
 * unqualified (`"id"`), which the subquery would read as its own table's column.
 */
const outer = (column: 'id' | 'team_id' | 'status') => sql.raw(`"contracts"."${column}"`);

const overdueOf = (today: string) =>
  sql<number>`coalesce((select sum(i.amount_minor - i.collected_minor) from ${contractInstallments} i
    where i.team_id = ${outer('team_id')} and i.contract_id = ${outer('id')} and i.due_on < ${today}
      and i.collected_minor < i.amount_minor and ${outer('status')} not in ('cancelled', 'closed')), 0)`.mapWith(
    Number,
  );

function queryFilter(teamId: string, query: ContractQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(contracts.teamId, teamId)];
  if (query.owners !== 'all')
    conditions.push(inArray(contracts.ownerUserId, query.owners.length ? query.owners : ['']));
  if (query.contractId !== undefined) conditions.push(eq(contracts.id, query.contractId));
  if (query.leadId !== undefined) conditions.push(eq(contracts.leadId, query.leadId));
  if (query.leadId === undefined && query.contractId === undefined)
    conditions.push(ne(contracts.status, 'cancelled'));
  if (query.overdueOnly) conditions.push(sql`${overdueOf(query.today)} > 0`);
  return and(...conditions);
}

/** The ledger's rows and totals (SQL aggregates), and a contract's schedule, payments, invoices and history. */
export function createContractRepository({ db }: { db: Db }) {
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
      const rows = await db
        .select({
          contract: contracts,
          overdueMinor: overdueOf(query.today),
          oldestOverdueOn: sql<string | null>`(select min(i.due_on)::text from ${contractInstallments} i
            where i.team_id = ${outer('team_id')} and i.contract_id = ${outer('id')} and i.due_on < ${query.today}
              and i.collected_minor < i.amount_minor and ${outer('status')} not in ('cancelled', 'closed'))`,
          reportedMinor: sql<number>`coalesce((select sum(p.amount_minor) from ${contractPayments} p
            where p.team_id = ${outer('team_id')} and p.contract_id = ${outer('id')} and p.status = 'reported'), 0)`.mapWith(
            Number,
          ),
        })
        .from(contracts)
        .where(queryFilter(teamId, query))
        .orderBy(desc(contracts.approvedAt), desc(contracts.id))
        .limit(query.limit ?? 50)
        .offset(query.offset ?? 0);
      return rows.map(({ contract, overdueMinor, oldestOverdueOn, reportedMinor }) => ({
        contract,
        outstandingMinor: outstandingOf(contract),
        collectedPercent: percentCollected(contract),
        overdueMinor,
        oldestOverdueOn,
        reportedMinor,
      }));
    },

    /** Totals per currency over every contract the query covers (not just one page). */
    async totals(teamId: string, query: ContractQuery): Promise<LedgerTotals[]> {
      const rows = await db
        .select({
          currency: contracts.currency,
          count: sql<number>`count(*)`.mapWith(Number),
          amountMinor: sql<number>`coalesce(sum(${contracts.amountMinor}), 0)`.mapWith(Number),
          collectedMinor: sql<number>`coalesce(sum(${contracts.collectedMinor}), 0)`.mapWith(Number),
          outstandingMinor: sql<number>`coalesce(sum(case when ${contracts.status} = 'cancelled' then 0
            else ${contracts.amountMinor} - ${contracts.collectedMinor} end), 0)`.mapWith(Number),
          invoicedMinor: sql<number>`coalesce(sum(${contracts.invoicedMinor}), 0)`.mapWith(Number),
          overdueMinor: sql<number>`coalesce(sum(${overdueOf(query.today)}), 0)`.mapWith(Number),
        })
        .from(contracts)
        .where(queryFilter(teamId, query))
        .groupBy(contracts.currency)
        .orderBy(asc(contracts.currency));
      return rows;
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
