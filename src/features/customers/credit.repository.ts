import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { CreditLimit, CreditPolicy } from './credit.types.js';
import { DEFAULT_CREDIT_POLICY } from './credit.types.js';
import type { CreditHistory } from './credit-grade.js';
import { ON_TIME_GRACE_DAYS } from './credit-grade.js';

export type CreditRepository = ReturnType<typeof createCreditRepository>;

type Row = Record<string, unknown>;
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;
const num = (value: unknown) => Number(value ?? 0);

/** A customer's credit: its payment history (one statement, one snapshot), its limit, the team's credit policy. */
export function createCreditRepository({ db }: { db: Db }) {
  return {
    /**
     * Everything the grade reads, summed by the database in ONE statement, so a payment confirmed meanwhile is
     * either wholly in it or wholly out (never its allocation without its installment).
     */
    async history(teamId: string, customerId: number, today: string): Promise<CreditHistory> {
      const [row] = rowsOf(
        await db.execute(sql`
          with cc as (
            select c.id, c.currency, c.status, c.amount_minor, c.collected_minor from contracts c
            join leads l on l.team_id = c.team_id and l.id = c.lead_id
            where c.team_id = ${teamId} and l.customer_id = ${customerId} and c.status <> 'cancelled'
          ),
          inst as (
            select i.id, i.due_on, i.amount_minor, i.collected_minor, cc.currency, cc.status
            from contract_installments i join cc on cc.id = i.contract_id where i.team_id = ${teamId}
          ),
          late as (
            select a.installment_id, max(a.days_late) as days_late from payment_allocations a
            join cc on cc.id = a.contract_id
            where a.team_id = ${teamId} and a.reversed_at is null group by a.installment_id
          ),
          money as (
            select cc.currency, sum(cc.amount_minor - cc.collected_minor) as outstanding,
              coalesce((select sum(i.amount_minor - i.collected_minor) from inst i
                where i.currency = cc.currency and i.status <> 'closed' and i.due_on < ${today}::date), 0) as overdue
            from cc group by cc.currency
          )
          select
            (select count(*) from inst where due_on < ${today}::date or collected_minor = amount_minor) as settled,
            (select count(*) from inst i left join late on late.installment_id = i.id
              where i.collected_minor = i.amount_minor and coalesce(late.days_late, 0) <= ${ON_TIME_GRACE_DAYS})
              as on_time,
            (select coalesce(max(${today}::date - due_on), 0) from inst
              where status <> 'closed' and collected_minor < amount_minor and due_on < ${today}::date) as worst_open,
            (select coalesce(max(days_late), 0) from late) as worst_past,
            (select coalesce(json_agg(json_build_object('currency', currency, 'outstanding', outstanding::text,
              'overdue', overdue::text) order by currency), '[]'::json) from money) as money`),
      );
      const money = (typeof row?.money === 'string' ? JSON.parse(row.money) : (row?.money ?? [])) as {
        currency: string;
        outstanding: string;
        overdue: string;
      }[];
      return {
        settledInstallments: num(row?.settled),
        onTimeInstallments: num(row?.on_time),
        worstOpenDaysOverdue: Math.max(0, num(row?.worst_open)),
        worstPastDaysLate: Math.max(0, num(row?.worst_past)),
        money: money.map((m) => ({
          currency: String(m.currency),
          outstandingMinor: num(m.outstanding),
          overdueMinor: num(m.overdue),
        })),
      };
    },

    async limit(teamId: string, customerId: number): Promise<CreditLimit | undefined> {
      const [row] = rowsOf(
        await db.execute(sql`
          select credit_limit_minor, credit_limit_currency, version from customers
          where team_id = ${teamId} and id = ${customerId}`),
      );
      if (!row) return undefined;
      return {
        limitMinor: row.credit_limit_minor === null ? null : num(row.credit_limit_minor),
        currency: row.credit_limit_currency === null ? null : String(row.credit_limit_currency),
        version: num(row.version),
      };
    },

    /**
     * Sets the limit if the customer is still at the version the form was built from, with its audit event in the
     * same transaction; undefined when someone changed the customer meanwhile.
     */
    async setLimit(input: {
      teamId: string;
      customerId: number;
      limitMinor: number | null;
      currency: string;
      expectedVersion: number;
      userId: string;
      now: Date;
    }): Promise<CreditLimit | undefined> {
      return db.transaction(async (tx) => {
        const [row] = rowsOf(
          await tx.execute(sql`
            update customers c set credit_limit_minor = ${input.limitMinor},
              credit_limit_currency = ${input.limitMinor === null ? null : input.currency},
              version = c.version + 1, updated_at = ${input.now.toISOString()}
            from customers old
            where c.team_id = ${input.teamId} and c.id = ${input.customerId} and c.version = ${input.expectedVersion}
              and old.id = c.id
            returning c.credit_limit_minor, c.credit_limit_currency, c.version,
              old.credit_limit_minor as before_minor`),
        );
        if (!row) return undefined;
        await tx.execute(sql`
          insert into ledger_events (team_id, kind, actor_user_id, amount_minor, currency, details, occurred_at)
          values (${input.teamId}, 'credit_limit_set', ${input.userId}, ${input.limitMinor}, ${input.currency},
            ${JSON.stringify({
              customerId: input.customerId,
              beforeMinor: row.before_minor === null ? null : num(row.before_minor),
            })}::jsonb, ${input.now.toISOString()})`);
        return {
          limitMinor: row.credit_limit_minor === null ? null : num(row.credit_limit_minor),
          currency: row.credit_limit_currency === null ? null : String(row.credit_limit_currency),
          version: num(row.version),
        };
      });
    },

    /** The team's credit policy (finance settings); the defaults when finance never saved one. */
    async policy(teamId: string): Promise<CreditPolicy> {
      const [row] = rowsOf(
        await db.execute(sql`
          select credit_overdue_days, overdue_interest_bp, commission_hold_days from finance_policies
          where team_id = ${teamId}`),
      );
      if (!row) return DEFAULT_CREDIT_POLICY;
      return {
        overdueDays: num(row.credit_overdue_days),
        interestBp: row.overdue_interest_bp === null ? null : num(row.overdue_interest_bp),
        holdDays: row.commission_hold_days === null ? null : num(row.commission_hold_days),
      };
    },
  };
}
