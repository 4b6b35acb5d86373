import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { LedgerScope } from './ledger.types.js';

type Rows = { rows: Record<string, unknown>[] };

/** What a month's statement needs to know about holding commission back (抵扣提成). */
export interface HoldQuery {
  month: string;
  reps: LedgerScope;
  /** Money overdue more than this many days holds the contract's commission back. */
  holdDays: number;
  /** The statement's cut-off: the month's last day, or today while the month is running. */
  cutoff: string;
  /** The previous month and its last day (the cut-off of the statement before). */
  previousMonth: string;
  previousCutoff: string;
  /** The team's zone: a payment counts as collected from the team-local month it was confirmed in. */
  timeZone: string;
}

/** One contract's commission of the month held back, and why. */
export interface HeldRow {
  repUserId: string;
  contractId: number;
  currency: string;
  heldMinor: number;
  overdueMinor: number;
  daysOverdue: number;
}

/** Commission held back on earlier statements, paid on this one because the overdue money is collected. */
export interface ReleasedRow {
  repUserId: string;
  contractId: number;
  contractNumber: string;
  customerName: string;
  currency: string;
  releasedMinor: number;
  /** The first month whose commission is released. */
  heldSince: string;
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

/**
 * The CTEs that answer "was this contract's money overdue more than N days at that month's cut-off?" for every row
 * of a `checks (contract_id, month, cutoff)` CTE: `flags (contract_id, month, overdue_minor, days)`, one row per
 * overdue check. As in `overdue.repository.ts`, an installment is overdue when its due date is past and it is not
 * fully collected, on a contract that is not cancelled — but collected AS OF that month: an allocation counts
 * from the team-local month its payment was confirmed until the month it was reversed. No state is kept.
 */
function overdueFlags(teamId: string, holdDays: number, timeZone: string, checks: SQL): SQL {
  return sql`
    checks as (${checks}),
    alloc as (
      select a.installment_id, a.amount_minor,
             to_char(p.confirmed_at at time zone ${timeZone}, 'YYYY-MM') as from_month,
             to_char(a.reversed_at at time zone ${timeZone}, 'YYYY-MM') as until_month
      from payment_allocations a
      join contract_payments p on p.team_id = a.team_id and p.id = a.payment_id
      where a.team_id = ${teamId} and a.contract_id in (select contract_id from checks)
    ),
    open_installments as (
      select k.contract_id, k.month, (k.cutoff - i.due_on) as days,
             i.amount_minor - coalesce(sum(al.amount_minor) filter (
               where al.from_month <= k.month and (al.until_month is null or al.until_month > k.month)), 0) as open
      from checks k
      join contracts c on c.team_id = ${teamId} and c.id = k.contract_id and c.status <> 'cancelled'
      join contract_installments i on i.team_id = ${teamId} and i.contract_id = k.contract_id
        and (k.cutoff - i.due_on) > ${holdDays}
      left join alloc al on al.installment_id = i.id
      group by k.contract_id, k.month, k.cutoff, i.id, i.due_on, i.amount_minor
    ),
    flags as (
      select contract_id, month, sum(open) as overdue_minor, max(days) as days
      from open_installments where open > 0 group by contract_id, month
    )`;
}

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

    /** The month's commission on contracts overdue more than N days at the cut-off: held back. */
    async heldInMonth(teamId: string, query: HoldQuery): Promise<HeldRow[]> {
      const result = (await db.execute(sql`
        with month_lines as (
          select rep_user_id, contract_id, currency, sum(commission_minor) as commission
          from commission_entries
          where team_id = ${teamId} and month = ${query.month} and ${repsIn(query.reps)}
          group by rep_user_id, contract_id, currency
        ),
        ${overdueFlags(
          teamId,
          query.holdDays,
          query.timeZone,
          sql`select distinct contract_id, ${query.month}::text as month, ${query.cutoff}::date as cutoff
              from month_lines`,
        )}
        select l.rep_user_id, l.contract_id, l.currency, l.commission, f.overdue_minor, f.days
        from month_lines l join flags f on f.contract_id = l.contract_id
        order by l.rep_user_id, l.contract_id`)) as unknown as Rows;
      return result.rows.map((row) => ({
        repUserId: String(row.rep_user_id),
        contractId: Number(row.contract_id),
        currency: String(row.currency),
        heldMinor: Number(row.commission),
        overdueMinor: Number(row.overdue_minor),
        daysOverdue: Number(row.days),
      }));
    },

    /**
     * Commission released this month: contracts overdue at the previous cut-off and not at this one. What was
     * held is the commission of every month since the last cut-off that found the contract not overdue.
     */
    async releasedInMonth(teamId: string, query: HoldQuery): Promise<ReleasedRow[]> {
      const candidates = (await db.execute(sql`
        with earlier as (
          select contract_id, min(month) as first_month from commission_entries
          where team_id = ${teamId} and month < ${query.month} and ${repsIn(query.reps)}
          group by contract_id
        ),
        ${overdueFlags(
          teamId,
          query.holdDays,
          query.timeZone,
          sql`select contract_id, ${query.previousMonth}::text as month, ${query.previousCutoff}::date as cutoff
              from earlier
              union all
              select contract_id, ${query.month}::text, ${query.cutoff}::date from earlier`,
        )}
        select e.contract_id, e.first_month from earlier e
        where exists (select 1 from flags f where f.contract_id = e.contract_id and f.month = ${query.previousMonth})
          and not exists (select 1 from flags f where f.contract_id = e.contract_id and f.month = ${query.month})
        order by e.contract_id`)) as unknown as Rows;
      if (candidates.rows.length === 0) return [];
      const ids = sql.join(
        candidates.rows.map((row) => sql`${Number(row.contract_id)}`),
        sql`, `,
      );
      // For each candidate, every month from its first commission to the one before the previous: the last month
      // whose cut-off found it not overdue ends the hold; what came after it is released now.
      const result = (await db.execute(sql`
        with first_months as (
          select contract_id, min(month) as first_month from commission_entries
          where team_id = ${teamId} and contract_id in (${ids}) and month < ${query.month}
          group by contract_id
        ),
        ${overdueFlags(
          teamId,
          query.holdDays,
          query.timeZone,
          sql`select fm.contract_id, to_char(d, 'YYYY-MM') as month,
                     (d + interval '1 month' - interval '1 day')::date as cutoff
              from first_months fm,
                   generate_series(to_date(fm.first_month || '-01', 'YYYY-MM-DD'),
                                   to_date(${query.previousMonth} || '-01', 'YYYY-MM-DD') - interval '1 month',
                                   interval '1 month') d`,
        )},
        last_clear as (
          select k.contract_id, max(k.month) as month from checks k
          where not exists (select 1 from flags f where f.contract_id = k.contract_id and f.month = k.month)
          group by k.contract_id
        )
        select e.rep_user_id, e.contract_id, c.number, c.customer_name, e.currency,
               sum(e.commission_minor) as released, min(e.month) as held_since
        from commission_entries e
        join contracts c on c.team_id = e.team_id and c.id = e.contract_id
        left join last_clear lc on lc.contract_id = e.contract_id
        where e.team_id = ${teamId} and e.contract_id in (${ids}) and e.month < ${query.month}
          and e.month > coalesce(lc.month, '') and ${repsIn(query.reps)}
        group by e.rep_user_id, e.contract_id, c.number, c.customer_name, e.currency
        order by e.rep_user_id, c.number`)) as unknown as Rows;
      return result.rows.map((row) => ({
        repUserId: String(row.rep_user_id),
        contractId: Number(row.contract_id),
        contractNumber: String(row.number),
        customerName: String(row.customer_name),
        currency: String(row.currency),
        releasedMinor: Number(row.released),
        heldSince: String(row.held_since),
      }));
    },
  };
}
