import { and, eq, getTableColumns, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contractInstallments, contracts } from '../../db/schema/index.js';
import type { ReminderCandidate } from '../followups/followups.repository.js';
import { reminderCandidateColumns, toReminderCandidate } from '../followups/reminder-candidates.js';
import type {
  AgingBuckets,
  AgingGrouping,
  AgingSums,
  Contract,
  DeliveryRule,
  LedgerScope,
  OverdueLine,
} from './ledger.types.js';
import { INTEREST_DIVISOR } from './overdue-interest.js';

export type OverdueRepository = ReturnType<typeof createOverdueRepository>;

type Rows = { rows: Record<string, unknown>[] };

const ownerFilter = (owners: LedgerScope) =>
  owners === 'all'
    ? sql`true`
    : sql`c.owner_user_id in (${sql.join(
        (owners.length ? owners : ['']).map((owner) => sql`${owner}`),
        sql`, `,
      )})`;

/** Installments past due on open contracts: money to chase (回款催收). Every amount is a SQL sum. */
export function createOverdueRepository({ db }: { db: Db }) {
  return {
    /** Overdue installments, most overdue first; `minDays` keeps those at least that many days late. */
    async lines(
      teamId: string,
      query: { owners: LedgerScope; today: string; minDays?: number; limit?: number },
    ): Promise<(OverdueLine & { managerUserId: string | null })[]> {
      const result = (await db.execute(sql`
        select c.id as contract_id, c.number, c.lead_id, c.customer_name, c.owner_user_id, c.currency,
               i.seq, i.due_on::text as due_on, (${query.today}::date - i.due_on) as days_overdue,
               (i.amount_minor - i.collected_minor) as overdue_minor, m.manager_user_id
        from contract_installments i
        join contracts c on c.id = i.contract_id and c.team_id = i.team_id
        left join members m on m.team_id = c.team_id and m.user_id = c.owner_user_id
        where i.team_id = ${teamId} and c.status not in ('cancelled', 'closed')
          and i.collected_minor < i.amount_minor and i.due_on < ${query.today}::date
          and (${query.today}::date - i.due_on) >= ${query.minDays ?? 1}
          and ${ownerFilter(query.owners)}
        order by i.due_on, c.number, i.seq
        limit ${query.limit ?? 200}`)) as unknown as Rows;
      return result.rows.map((row) => ({
        contractId: Number(row.contract_id),
        contractNumber: String(row.number),
        leadId: Number(row.lead_id),
        customerName: String(row.customer_name),
        ownerUserId: String(row.owner_user_id),
        currency: String(row.currency),
        installmentSeq: Number(row.seq),
        dueOn: String(row.due_on),
        daysOverdue: Number(row.days_overdue),
        overdueMinor: Number(row.overdue_minor),
        managerUserId: (row.manager_user_id as string | null) ?? null,
      }));
    },

    /** Receivables aging per currency: overdue money by days past due (0–30, 31–60, 61–90, over 90). */
    async aging(teamId: string, query: { owners: LedgerScope; today: string }): Promise<AgingBuckets[]> {
      const result = (await db.execute(sql`
        with overdue as (
          select c.currency, (${query.today}::date - i.due_on) as days, (i.amount_minor - i.collected_minor) as open
          from contract_installments i
          join contracts c on c.id = i.contract_id and c.team_id = i.team_id
          where i.team_id = ${teamId} and c.status not in ('cancelled', 'closed')
            and i.collected_minor < i.amount_minor and i.due_on < ${query.today}::date
            and ${ownerFilter(query.owners)}
        )
        select currency,
               coalesce(sum(open) filter (where days <= 30), 0) as d30,
               coalesce(sum(open) filter (where days between 31 and 60), 0) as d60,
               coalesce(sum(open) filter (where days between 61 and 90), 0) as d90,
               coalesce(sum(open) filter (where days > 90), 0) as over90
        from overdue group by currency order by currency`)) as unknown as Rows;
      return result.rows.map((row) => ({
        currency: String(row.currency),
        days0to30: Number(row.d30),
        days31to60: Number(row.d60),
        days61to90: Number(row.d90),
        over90: Number(row.over90),
      }));
    },

    /**
     * The aging per rep or per customer (the contract's customer name) and currency, with the interest the policy's
     * annual rate puts on each installment (overdue-interest.ts: exact `numeric`, half up per installment, then
     * summed), and (key null) the totals per currency. Largest overdue total first; every figure a SQL sum.
     */
    async agingBy(
      teamId: string,
      query: { owners: LedgerScope; today: string; grouping: AgingGrouping; interestBp: number | null },
    ): Promise<AgingSums[]> {
      const key = query.grouping === 'rep' ? sql`c.owner_user_id` : sql`c.customer_name`;
      const result = (await db.execute(sql`
        with overdue as (
          select ${key} as key, c.currency, c.id as contract_id, (${query.today}::date - i.due_on) as days,
                 (i.amount_minor - i.collected_minor) as open
          from contract_installments i
          join contracts c on c.id = i.contract_id and c.team_id = i.team_id
          where i.team_id = ${teamId} and c.status not in ('cancelled', 'closed')
            and i.collected_minor < i.amount_minor and i.due_on < ${query.today}::date
            and ${ownerFilter(query.owners)}
        )
        select key, currency,
               coalesce(sum(open) filter (where days <= 30), 0) as d30,
               coalesce(sum(open) filter (where days between 31 and 60), 0) as d60,
               coalesce(sum(open) filter (where days between 61 and 90), 0) as d90,
               coalesce(sum(open) filter (where days > 90), 0) as over90,
               sum(open) as total,
               sum(round(open::numeric * ${query.interestBp ?? 0}::int * days / ${INTEREST_DIVISOR}::int))::bigint
                 as interest,
               count(distinct contract_id) as contracts
        from overdue
        group by grouping sets ((key, currency), (currency))
        order by currency, key is null, total desc, key`)) as unknown as Rows;
      return result.rows.map((row) => ({
        key: row.key === null ? null : String(row.key),
        currency: String(row.currency),
        days0to30: Number(row.d30),
        days31to60: Number(row.d60),
        days61to90: Number(row.d90),
        over90: Number(row.over90),
        totalMinor: Number(row.total),
        interestMinor: Number(row.interest),
        contracts: Number(row.contracts),
      }));
    },

    /**
     * Contracts that MAY stand on less money than the policy required since a reversal: a standing invoice with
     * the collected share under the threshold, or dispatched before the upfront money (or any payment). A
     * superset; `shortfallOf` decides, as on the contract card.
     */
    async shortfallCandidates(
      teamId: string,
      query: { owners: LedgerScope; invoiceThresholdBp: number; deliveryRule: DeliveryRule },
    ): Promise<Contract[]> {
      // The upfront sums are one grouped read joined by contract id, not a sum per contract: without planner
      // statistics (PGlite, a fresh Postgres) a correlated sum took seconds on 5,000 contracts (BENCHMARKS.md §14).
      const upfront = db.$with('upfront').as(
        db
          .select({
            contractId: contractInstallments.contractId,
            upfrontMinor: sql<number>`sum(${contractInstallments.amountMinor})`.as('upfront_minor'),
          })
          .from(contractInstallments)
          .where(and(eq(contractInstallments.teamId, teamId), eq(contractInstallments.isUpfront, true)))
          .groupBy(contractInstallments.contractId),
      );
      // Under "first payment" a dispatched contract is short only with nothing collected.
      const deliveryShort =
        query.deliveryRule === 'first_payment'
          ? sql`${contracts.collectedMinor} = 0`
          : sql`${contracts.collectedMinor} < greatest(1, coalesce(${upfront.upfrontMinor}, 0))`;
      return db
        .with(upfront)
        .select(getTableColumns(contracts))
        .from(contracts)
        .leftJoin(upfront, eq(upfront.contractId, contracts.id))
        .where(
          and(
            eq(contracts.teamId, teamId),
            ne(contracts.status, 'cancelled'),
            lt(contracts.collectedMinor, contracts.amountMinor),
            query.owners === 'all'
              ? undefined
              : inArray(contracts.ownerUserId, query.owners.length ? query.owners : ['']),
            sql`((${contracts.collectedMinor} * 10000 < ${contracts.amountMinor} * ${query.invoiceThresholdBp}::int
                  and exists (select 1 from contract_invoices v where v.team_id = ${contracts.teamId}
                    and v.contract_id = ${contracts.id} and v.status in ('approved', 'issued')))
              or (${contracts.status} in ('delivering', 'delivered', 'closed') and ${deliveryShort}))`,
          ),
        )
        .orderBy(contracts.number);
    },

    /** The contracts with the most money overdue, largest first. */
    async largest(
      teamId: string,
      query: { owners: LedgerScope; today: string; limit: number },
    ): Promise<
      {
        contractId: number;
        number: string;
        customerName: string;
        ownerUserId: string;
        currency: string;
        overdueMinor: number;
        oldestDueOn: string;
      }[]
    > {
      const result = (await db.execute(sql`
        select c.id, c.number, c.customer_name, c.owner_user_id, c.currency,
               sum(i.amount_minor - i.collected_minor) as overdue, min(i.due_on)::text as oldest
        from contract_installments i
        join contracts c on c.id = i.contract_id and c.team_id = i.team_id
        where i.team_id = ${teamId} and c.status not in ('cancelled', 'closed')
          and i.collected_minor < i.amount_minor and i.due_on < ${query.today}::date
          and ${ownerFilter(query.owners)}
        group by c.id, c.number, c.customer_name, c.owner_user_id, c.currency
        order by overdue desc, c.number
        limit ${query.limit}`)) as unknown as Rows;
      return result.rows.map((row) => ({
        contractId: Number(row.id),
        number: String(row.number),
        customerName: String(row.customer_name),
        ownerUserId: String(row.owner_user_id),
        currency: String(row.currency),
        overdueMinor: Number(row.overdue),
        oldestDueOn: String(row.oldest),
      }));
    },

    /**
     * Reps of every team with an installment overdue on or before `latestLocalDate` (the latest date anywhere on
     * Earth now), shaped like the follow-up reminder's candidates so both go out in one morning DM.
     */
    async reminderCandidates(latestLocalDate: string): Promise<ReminderCandidate[]> {
      const result = (await db.execute(sql`
        select ${reminderCandidateColumns}
        from members m
        join teams t on t.team_id = m.team_id
        where exists (
          select 1 from contract_installments i
          join contracts c on c.id = i.contract_id and c.team_id = i.team_id
          where c.team_id = m.team_id and c.owner_user_id = m.user_id
            and c.status not in ('cancelled', 'closed')
            and i.collected_minor < i.amount_minor and i.due_on < ${latestLocalDate}::date
        )
        order by m.team_id, m.user_id`)) as unknown as Rows;
      return result.rows.map(toReminderCandidate);
    },
  };
}
