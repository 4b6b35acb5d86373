import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { LeadApprovalSummary } from '../approvals/approvals.types.js';
import type { NeedsAnswer } from '../needs/needs.types.js';
import type { CustomQuestionRow } from '../needs/question-bank.js';
import type { Activity } from './leads.types.js';

/** What one lead card shows besides the lead itself, read from four tables. */
export interface LeadCardRows {
  activities: Activity[];
  approvals: LeadApprovalSummary[];
  answers: NeedsAnswer[];
  customQuestions: CustomQuestionRow[];
}

type Json = Record<string, unknown>;
const toDate = (value: unknown) => new Date(String(value));

export type LeadCardRepository = ReturnType<typeof createLeadCardRepository>;

export function createLeadCardRepository({ db }: { db: Db }) {
  return {
    /**
     * The card's latest activities, approvals (with who a pending one waits on), current needs answers and the
     * team's own questions, in ONE round trip: a card is redrawn after every click, often twice (the clicker's
     * and the channel's), and four queries each time were most of a click's database work.
     */
    async cardRows(
      teamId: string,
      leadId: number,
      limits: { activities: number; approvals: number },
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
            from needs_questions where team_id = ${teamId} and archived_at is null) q) as questions
      `)) as unknown as {
        rows: { activities: Json[]; approvals: Json[]; answers: Json[]; questions: Json[] }[];
      };
      const row = result.rows[0] ?? { activities: [], approvals: [], answers: [], questions: [] };
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
