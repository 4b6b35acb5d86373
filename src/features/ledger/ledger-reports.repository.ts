import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  commissionEntries,
  commissionSheets,
  contractPayments,
  contracts,
  ledgerEvents,
} from '../../db/schema/index.js';
import { createCommissionHoldRepository } from './commission-holds.repository.js';
import type { Tx } from './contract-transitions.repository.js';
import type {
  LedgerScope,
  MonthWindow,
  ReconciliationRow,
  StatementLine,
  StatementTotal,
} from './ledger.types.js';

export type { MonthWindow, ReconciliationRow, StatementLine, StatementTotal } from './ledger.types.js';

type Rows = { rows: Record<string, unknown>[] };
const ownerIn = (column: string, owners: LedgerScope) =>
  owners === 'all'
    ? sql`true`
    : sql`${sql.raw(column)} in (${sql.join(
        (owners.length ? owners : ['']).map((owner) => sql`${owner}`),
        sql`, `,
      )})`;

export type LedgerReportRepository = ReturnType<typeof createLedgerReportRepository>;

/** Statements, sheets, the reconciliation and collected money per rep: every figure a SQL aggregate. */
export function createLedgerReportRepository({ db }: { db: Db }) {
  return {
    ...createCommissionHoldRepository({ db }),
    async statementTotals(teamId: string, month: string, reps: LedgerScope): Promise<StatementTotal[]> {
      const result = (await db.execute(sql`
        select rep_user_id, currency, sum(collected_minor) as collected, sum(basis_minor) as basis,
               sum(commission_minor) as commission
        from commission_entries
        where team_id = ${teamId} and month = ${month} and ${ownerIn('rep_user_id', reps)}
        group by rep_user_id, currency order by rep_user_id, currency`)) as unknown as Rows;
      return result.rows.map((row) => ({
        repUserId: String(row.rep_user_id),
        currency: String(row.currency),
        collectedMinor: Number(row.collected),
        basisMinor: Number(row.basis),
        commissionMinor: Number(row.commission),
      }));
    },

    async statementLines(
      teamId: string,
      month: string,
      repUserId: string,
      limit = 200,
    ): Promise<StatementLine[]> {
      return db
        .select({
          entryId: commissionEntries.id,
          kind: commissionEntries.kind,
          contractNumber: contracts.number,
          customerName: contracts.customerName,
          receivedOn: contractPayments.receivedOn,
          currency: commissionEntries.currency,
          collectedMinor: commissionEntries.collectedMinor,
          basisMinor: commissionEntries.basisMinor,
          commissionMinor: commissionEntries.commissionMinor,
          occurredAt: commissionEntries.occurredAt,
        })
        .from(commissionEntries)
        .innerJoin(
          contracts,
          and(eq(contracts.teamId, teamId), eq(contracts.id, commissionEntries.contractId)),
        )
        .innerJoin(
          contractPayments,
          and(eq(contractPayments.teamId, teamId), eq(contractPayments.id, commissionEntries.paymentId)),
        )
        .where(
          and(
            eq(commissionEntries.teamId, teamId),
            eq(commissionEntries.month, month),
            eq(commissionEntries.repUserId, repUserId),
          ),
        )
        .orderBy(asc(commissionEntries.occurredAt), asc(commissionEntries.id))
        .limit(limit);
    },

    /**
     * Money collected per rep and currency in `[from, to)`: confirmations in the window minus reversals in the
     * window, from the payments themselves. Targets and leaderboards read this.
     */
    async collectedByRep(
      teamId: string,
      from: Date,
      to: Date,
    ): Promise<{ repUserId: string; currency: string; collectedMinor: number }[]> {
      const result = (await db.execute(sql`
        select c.owner_user_id as rep, p.currency,
               coalesce(sum(p.amount_minor) filter (where p.confirmed_at >= ${from.toISOString()} and p.confirmed_at < ${to.toISOString()}), 0)
               - coalesce(sum(p.amount_minor) filter (where p.status = 'reversed' and p.reversed_at >= ${from.toISOString()} and p.reversed_at < ${to.toISOString()}), 0) as collected
        from contract_payments p
        join contracts c on c.id = p.contract_id and c.team_id = p.team_id
        where p.team_id = ${teamId} and p.status in ('confirmed', 'reversed')
        group by c.owner_user_id, p.currency
        having coalesce(sum(p.amount_minor) filter (where p.confirmed_at >= ${from.toISOString()} and p.confirmed_at < ${to.toISOString()}), 0) <> 0
            or coalesce(sum(p.amount_minor) filter (where p.status = 'reversed' and p.reversed_at >= ${from.toISOString()} and p.reversed_at < ${to.toISOString()}), 0) <> 0
        order by rep, p.currency`)) as unknown as Rows;
      return result.rows.map((row) => ({
        repUserId: String(row.rep),
        currency: String(row.currency),
        collectedMinor: Number(row.collected),
      }));
    },

    /**
     * The month's reconciliation per rep and currency: contracts signed and their amount, money collected (net),
     * outstanding at the month's end, invoices issued and commission, then the totals per currency. Reps with
     * nothing in any column are left out.
     */
    async reconciliation(teamId: string, window: MonthWindow): Promise<ReconciliationRow[]> {
      const from = window.from.toISOString();
      const to = window.to.toISOString();
      const result = (await db.execute(sql`
        with signed as (
          select owner_user_id as rep, currency, count(*) as n, sum(amount_minor) as amount from contracts
          where team_id = ${teamId} and signed_at >= ${from} and signed_at < ${to} group by 1, 2
        ), payments as (
          select c.owner_user_id as rep, c.id as contract_id, p.currency,
                 (case when p.confirmed_at < ${to} then p.amount_minor else 0 end)
                 - (case when p.status = 'reversed' and p.reversed_at < ${to} then p.amount_minor else 0 end) as by_end,
                 (case when p.confirmed_at >= ${from} and p.confirmed_at < ${to} then p.amount_minor else 0 end)
                 - (case when p.status = 'reversed' and p.reversed_at >= ${from} and p.reversed_at < ${to} then p.amount_minor else 0 end) as in_month
          from contract_payments p join contracts c on c.id = p.contract_id and c.team_id = p.team_id
          where p.team_id = ${teamId} and p.status in ('confirmed', 'reversed')
        ), collected as (
          select rep, currency, sum(in_month) as amount from payments group by 1, 2
        ), live as (
          select id, owner_user_id as rep, currency, amount_minor from contracts
          where team_id = ${teamId} and approved_at < ${to} and (status <> 'cancelled' or cancelled_at >= ${to})
        ), outstanding as (
          select l.rep, l.currency,
                 sum(l.amount_minor - coalesce((select sum(by_end) from payments p where p.contract_id = l.id), 0)) as amount
          from live l group by 1, 2
        ), invoiced as (
          select c.owner_user_id as rep, i.currency, sum(i.amount_minor) as amount
          from contract_invoices i join contracts c on c.id = i.contract_id and c.team_id = i.team_id
          where i.team_id = ${teamId} and i.status = 'issued'
            and i.issued_on >= ${window.fromDate}::date and i.issued_on < ${window.toDate}::date
          group by 1, 2
        ), commission as (
          select rep_user_id as rep, currency, sum(commission_minor) as amount from commission_entries
          where team_id = ${teamId} and month = ${window.month} group by 1, 2
        ), keys as (
          select rep, currency from signed union select rep, currency from collected
          union select rep, currency from outstanding union select rep, currency from invoiced
          union select rep, currency from commission
        )
        , per_rep as (
          select k.rep, k.currency, coalesce(s.n, 0) as signed_count, coalesce(s.amount, 0) as signed_amount,
                 coalesce(co.amount, 0) as collected, coalesce(o.amount, 0) as outstanding,
                 coalesce(i.amount, 0) as invoiced, coalesce(cm.amount, 0) as commission
          from keys k
          left join signed s on s.rep = k.rep and s.currency = k.currency
          left join collected co on co.rep = k.rep and co.currency = k.currency
          left join outstanding o on o.rep = k.rep and o.currency = k.currency
          left join invoiced i on i.rep = k.rep and i.currency = k.currency
          left join commission cm on cm.rep = k.rep and cm.currency = k.currency
          where coalesce(s.n, 0) <> 0 or coalesce(co.amount, 0) <> 0 or coalesce(o.amount, 0) <> 0
             or coalesce(i.amount, 0) <> 0 or coalesce(cm.amount, 0) <> 0
        )
        -- One row per rep and currency, and (rep null) the totals per currency, summed by the database.
        select rep, currency, sum(signed_count) as signed_count, sum(signed_amount) as signed_amount,
               sum(collected) as collected, sum(outstanding) as outstanding, sum(invoiced) as invoiced,
               sum(commission) as commission
        from per_rep
        group by grouping sets ((rep, currency), (currency))
        order by rep nulls last, currency`)) as unknown as Rows;
      return result.rows.map((row) => ({
        repUserId: row.rep === null ? null : String(row.rep),
        currency: String(row.currency),
        signedCount: Number(row.signed_count),
        signedMinor: Number(row.signed_amount),
        collectedMinor: Number(row.collected),
        outstandingMinor: Number(row.outstanding),
        invoicedMinor: Number(row.invoiced),
        commissionMinor: Number(row.commission),
      }));
    },

    /** The month's commission and collected money per currency, over every rep (a sheet's totals). */
    async monthTotals(
      teamId: string,
      month: string,
    ): Promise<{ currency: string; collectedMinor: number; commissionMinor: number; reps: number }[]> {
      const result = (await db.execute(sql`
        select currency, sum(collected_minor) as collected, sum(commission_minor) as commission,
               count(distinct rep_user_id) as reps
        from commission_entries where team_id = ${teamId} and month = ${month}
        group by currency order by currency`)) as unknown as Rows;
      return result.rows.map((row) => ({
        currency: String(row.currency),
        collectedMinor: Number(row.collected),
        commissionMinor: Number(row.commission),
        reps: Number(row.reps),
      }));
    },

    async findSheet(teamId: string, month: string) {
      const [row] = await db
        .select()
        .from(commissionSheets)
        .where(and(eq(commissionSheets.teamId, teamId), eq(commissionSheets.month, month)));
      return row;
    },

    /** The month's sheet, in the approval request's transaction; one per month (a second attempt throws). */
    async createSheetIn(
      tx: Tx,
      input: {
        teamId: string;
        month: string;
        approvalRequestId: number;
        totals: { currency: string; collectedMinor: number; commissionMinor: number }[];
        now: Date;
      },
    ) {
      const [sheet] = await tx
        .insert(commissionSheets)
        .values({
          teamId: input.teamId,
          month: input.month,
          approvalRequestId: input.approvalRequestId,
          totals: input.totals,
          createdAt: input.now,
        })
        .returning();
      if (!sheet) throw new Error('sheet insert returned nothing');
      await tx.insert(ledgerEvents).values({
        teamId: input.teamId,
        sheetId: sheet.id,
        kind: 'sheet_created',
        details: { month: input.month, totals: input.totals },
        occurredAt: input.now,
      });
      return sheet;
    },
  };
}
