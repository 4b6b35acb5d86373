import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { LedgerScope } from './ledger.types.js';

type Rows = { rows: Record<string, unknown>[] };

/** What the hold-back needs about the contracts with commission up to a month, read flat (no joins of CTEs). */
export interface HoldFacts {
  /** Installments of those contracts (cancelled contracts hold nothing and are left out). */
  installments: { contractId: number; installmentId: number; dueOn: string; amountMinor: number }[];
  /** Allocations of confirmed payments, with the team-local months they count from and (reversed) until. */
  allocations: { installmentId: number; amountMinor: number; fromMonth: string; untilMonth: string | null }[];
  /** Commission per rep, contract, currency and month, up to the month (SQL sums of the entries). */
  entries: {
    repUserId: string;
    contractId: number;
    currency: string;
    month: string;
    commissionMinor: number;
  }[];
  /** Number and customer of those contracts, for lines that only release. */
  contracts: { contractId: number; contractNumber: string; customerName: string }[];
}

/** One rep's commission of the month on one contract (every payment and reversal of the month summed). */
export interface ContractCommissionRow {
  repUserId: string;
  contractId: number;
  contractNumber: string;
  customerName: string;
  currency: string;
  collectedMinor: number;
  basisMinor: number;
  commissionMinor: number;
}

const repsIn = (reps: LedgerScope) =>
  reps === 'all'
    ? sql`true`
    : sql`rep_user_id in (${sql.join(
        (reps.length ? reps : ['']).map((rep) => sql`${rep}`),
        sql`, `,
      )})`;

export type CommissionHoldRepository = ReturnType<typeof createCommissionHoldRepository>;

/**
 * Commission per contract and what the hold-back policy does to it. Held and released amounts are derived from
 * the commission entries, the schedule and the payments every time a statement is asked for (no hidden state):
 * a contract's commission of a month is held when its money is overdue more than N days at that month's cut-off,
 * and is released on the first later statement whose cut-off finds nothing overdue more than N days.
 */
export function createCommissionHoldRepository({ db }: { db: Db }) {
  return {
    /** The month's commission per rep and contract, largest commission first (SQL sums of the entries). */
    async contractLines(teamId: string, month: string, reps: LedgerScope): Promise<ContractCommissionRow[]> {
      const result = (await db.execute(sql`
        select e.rep_user_id, e.contract_id, c.number, c.customer_name, e.currency,
               sum(e.collected_minor) as collected, sum(e.basis_minor) as basis,
               sum(e.commission_minor) as commission
        from commission_entries e
        join contracts c on c.team_id = e.team_id and c.id = e.contract_id
        where e.team_id = ${teamId} and e.month = ${month} and ${repsIn(reps)}
        group by e.rep_user_id, e.contract_id, c.number, c.customer_name, e.currency
        order by e.rep_user_id, sum(e.commission_minor) desc, c.number`)) as unknown as Rows;
      return result.rows.map((row) => ({
        repUserId: String(row.rep_user_id),
        contractId: Number(row.contract_id),
        contractNumber: String(row.number),
        customerName: String(row.customer_name),
        currency: String(row.currency),
        collectedMinor: Number(row.collected),
        basisMinor: Number(row.basis),
        commissionMinor: Number(row.commission),
      }));
    },

    /**
     * Everything the hold-back rule reads for the contracts with commission of `reps` up to `month`: four flat
     * reads, each filtered by the same `in (…)` on the entries, so the work grows with the book, not its square
     * (PGlite has no planner statistics: joins between CTEs become nested loops).
     */
    async holdFacts(
      teamId: string,
      query: { month: string; reps: LedgerScope; timeZone: string },
    ): Promise<HoldFacts> {
      const ids = sql`(select contract_id from commission_entries
        where team_id = ${teamId} and month <= ${query.month} and ${repsIn(query.reps)})`;
      const [installments, allocations, entries, contracts] = (await Promise.all([
        db.execute(sql`
          select i.contract_id, i.id, i.due_on::text as due_on, i.amount_minor
          from contract_installments i
          join contracts c on c.team_id = i.team_id and c.id = i.contract_id
          where i.team_id = ${teamId} and c.status <> 'cancelled' and i.contract_id in ${ids}`),
        db.execute(sql`
          select a.installment_id, a.amount_minor,
                 to_char(p.confirmed_at at time zone ${query.timeZone}, 'YYYY-MM') as from_month,
                 to_char(a.reversed_at at time zone ${query.timeZone}, 'YYYY-MM') as until_month
          from payment_allocations a
          join contract_payments p on p.team_id = a.team_id and p.id = a.payment_id
          where a.team_id = ${teamId} and p.confirmed_at is not null and a.contract_id in ${ids}`),
        db.execute(sql`
          select rep_user_id, contract_id, currency, month, sum(commission_minor) as commission
          from commission_entries
          where team_id = ${teamId} and month <= ${query.month} and ${repsIn(query.reps)}
          group by rep_user_id, contract_id, currency, month`),
        db.execute(sql`
          select id, number, customer_name from contracts where team_id = ${teamId} and id in ${ids}`),
      ])) as unknown as Rows[];
      return {
        installments: (installments?.rows ?? []).map((row) => ({
          contractId: Number(row.contract_id),
          installmentId: Number(row.id),
          dueOn: String(row.due_on),
          amountMinor: Number(row.amount_minor),
        })),
        allocations: (allocations?.rows ?? []).map((row) => ({
          installmentId: Number(row.installment_id),
          amountMinor: Number(row.amount_minor),
          fromMonth: String(row.from_month),
          untilMonth: row.until_month === null ? null : String(row.until_month),
        })),
        entries: (entries?.rows ?? []).map((row) => ({
          repUserId: String(row.rep_user_id),
          contractId: Number(row.contract_id),
          currency: String(row.currency),
          month: String(row.month),
          commissionMinor: Number(row.commission),
        })),
        contracts: (contracts?.rows ?? []).map((row) => ({
          contractId: Number(row.id),
          contractNumber: String(row.number),
          customerName: String(row.customer_name),
        })),
      };
    },
  };
}
