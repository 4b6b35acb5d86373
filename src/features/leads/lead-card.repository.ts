import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { LeadApprovalSummary } from '../approvals/approvals.types.js';
import { outstandingOf, percentCollected } from '../ledger/contracts.repository.js';
import type { ContractFacts, ContractSummary } from '../ledger/ledger.types.js';
import type { NeedsAnswer } from '../needs/needs.types.js';
import type { CustomQuestionRow } from '../needs/question-bank.js';
import type { PricedLine } from '../quotes/quote-totals.js';
import type { QuoteStatus } from '../quotes/quotes.types.js';
import type { Activity } from './leads.types.js';

/** What one lead card shows besides the lead itself, read from a few tables. */
export interface LeadCardRows {
  activities: Activity[];
  approvals: LeadApprovalSummary[];
  answers: NeedsAnswer[];
  customQuestions: CustomQuestionRow[];
  /** The lead's contracts in the ledger, newest first, with what is overdue (before `today`) and reported. */
  contracts: ContractSummary<ContractFacts>[];
  /** The lead's quotes, newest first, with the lines their current total is computed from. */
  quotes: LeadCardQuoteRow[];
}

export interface LeadCardQuoteRow {
  id: number;
  number: string;
  version: number;
  status: QuoteStatus;
  currency: string;
  discountBp: number;
  lines: PricedLine[];
}

type Json = Record<string, unknown>;
const toDate = (value: unknown) => new Date(String(value));

export type LeadCardRepository = ReturnType<typeof createLeadCardRepository>;

export function createLeadCardRepository({ db }: { db: Db }) {
  return {
    /**
     * The card's latest activities, approvals (with who a pending one waits on), current needs answers, the
     * team's own questions and the lead's contracts in the ledger, in ONE round trip: a card is redrawn after every click, often twice (the clicker's
     * and the channel's), and four queries each time were most of a click's database work.
     */
    async cardRows(
      teamId: string,
      leadId: number,
      limits: { activities: number; approvals: number; contracts: number; quotes: number; today: string },
    ): Promise<LeadCardRows> {
      const result = (await db.execute(sql`
        select
          (select coalesce(json_agg(a order by a.occurred_at desc, a.id desc), '[]'::json) from (
            select id, lead_id, actor_user_id, kind, note, from_stage, to_stage, occurred_at
            from activities where team_id = ${teamId} and lead_id = ${leadId}
            order by occurred_at desc, id desc limit ${limits.activities}) a) as activities,
          (select coalesce(json_agg(r order by r.id desc), '[]'::json) from (
            select r.id, r.kind, r.status, r.details,
              coalesce(s.escalated_to_user_id, s.approver_user_id) as waiting_on
            from approval_requests r
            left join approval_steps s on s.team_id = r.team_id and s.request_id = r.id
              and s.revision = r.revision and s.step = r.current_step and s.status = 'pending'
            where r.team_id = ${teamId} and r.lead_id = ${leadId}
            order by r.id desc limit ${limits.approvals}) r) as approvals,
          (select coalesce(json_agg(n order by n.id), '[]'::json) from (
            select id, lead_id, question_key, answer, source, answered_by, answered_at
            from needs_answers where team_id = ${teamId} and lead_id = ${leadId} and superseded_at is null) n) as answers,
          (select coalesce(json_agg(q order by q.position, q.id), '[]'::json) from (
            select id, text_en, text_zh, position
            from needs_questions where team_id = ${teamId} and archived_at is null) q) as questions,
          (select coalesce(json_agg(c order by c.id desc), '[]'::json) from (
            select c.id, c.number, c.customer_name, c.owner_user_id, c.amount_minor, c.currency, c.collected_minor,
              c.invoiced_minor, c.status, c.version,
              coalesce((select sum(i.amount_minor - i.collected_minor) from contract_installments i
                where i.team_id = c.team_id and i.contract_id = c.id and i.due_on < ${limits.today}::date
                  and i.collected_minor < i.amount_minor and c.status not in ('cancelled', 'closed')), 0) as overdue,
              (select min(i.due_on)::text from contract_installments i
                where i.team_id = c.team_id and i.contract_id = c.id and i.due_on < ${limits.today}::date
                  and i.collected_minor < i.amount_minor and c.status not in ('cancelled', 'closed')) as oldest,
              coalesce((select sum(p.amount_minor) from contract_payments p
                where p.team_id = c.team_id and p.contract_id = c.id and p.status = 'reported'), 0) as reported
            from contracts c where c.team_id = ${teamId} and c.lead_id = ${leadId}
            order by c.id desc limit ${limits.contracts}) c) as contracts,
          (select coalesce(json_agg(q order by q.id desc), '[]'::json) from (
            select q.id, q.number, q.current_version, q.status, q.currency, q.discount_bp,
              (select coalesce(json_agg(json_build_array(l.quantity_milli, l.unit_price_minor, l.discount_bp,
                  l.tax_rate_bp) order by l.position), '[]'::json)
                from quote_lines l where l.team_id = q.team_id and l.quote_id = q.id) as lines
            from quotes q where q.team_id = ${teamId} and q.lead_id = ${leadId}
            order by q.id desc limit ${limits.quotes}) q) as quotes
      `)) as unknown as {
        rows: {
          activities: Json[];
          approvals: Json[];
          answers: Json[];
          questions: Json[];
          contracts: Json[];
          quotes: Json[];
        }[];
      };
      const row = result.rows[0] ?? {
        activities: [],
        approvals: [],
        answers: [],
        questions: [],
        contracts: [],
        quotes: [],
      };
      const parse = (value: Json[] | string) =>
        typeof value === 'string' ? (JSON.parse(value) as Json[]) : value;
      return {
        activities: parse(row.activities).map((a) => ({
          id: Number(a.id),
          leadId: Number(a.lead_id),
          actorUserId: String(a.actor_user_id),
          kind: a.kind as Activity['kind'],
          note: (a.note as string | null) ?? null,
          fromStage: (a.from_stage as string | null) ?? null,
          toStage: (a.to_stage as string | null) ?? null,
          occurredAt: toDate(a.occurred_at),
        })),
        approvals: parse(row.approvals).map((r) => ({
          id: Number(r.id),
          kind: r.kind as LeadApprovalSummary['kind'],
          status: r.status as LeadApprovalSummary['status'],
          details: r.details as LeadApprovalSummary['details'],
          waitingOnUserId: (r.waiting_on as string | null) ?? null,
        })),
        answers: parse(row.answers).map((n) => ({
          id: Number(n.id),
          leadId: Number(n.lead_id),
          questionKey: String(n.question_key),
          answer: String(n.answer),
          source: n.source as NeedsAnswer['source'],
          answeredBy: String(n.answered_by),
          answeredAt: toDate(n.answered_at),
          supersededAt: null,
        })),
        contracts: parse(row.contracts).map((c) => {
          const contract: ContractFacts = {
            id: Number(c.id),
            number: String(c.number),
            customerName: String(c.customer_name),
            ownerUserId: String(c.owner_user_id),
            amountMinor: Number(c.amount_minor),
            currency: String(c.currency),
            collectedMinor: Number(c.collected_minor),
            invoicedMinor: Number(c.invoiced_minor),
            status: c.status as ContractFacts['status'],
            version: Number(c.version),
          };
          return {
            contract,
            outstandingMinor: outstandingOf(contract),
            collectedPercent: percentCollected(contract),
            overdueMinor: Number(c.overdue),
            oldestOverdueOn: (c.oldest as string | null) ?? null,
            reportedMinor: Number(c.reported),
          };
        }),
        quotes: parse(row.quotes).map((q) => ({
          id: Number(q.id),
          number: String(q.number),
          version: Number(q.current_version),
          status: q.status as QuoteStatus,
          currency: String(q.currency),
          discountBp: Number(q.discount_bp),
          lines: (q.lines as [number, number, number, number][]).map(
            ([quantityMilli, unitPriceMinor, discountBp, taxRateBp]) => ({
              quantityMilli: Number(quantityMilli),
              unitPriceMinor: Number(unitPriceMinor),
              discountBp: Number(discountBp),
              taxRateBp: Number(taxRateBp),
            }),
          ),
        })),
        customQuestions: parse(row.questions).map((q) => ({
          id: Number(q.id),
          textEn: (q.text_en as string | null) ?? null,
          textZh: (q.text_zh as string | null) ?? null,
          position: Number(q.position),
        })),
      };
    },
  };
}
