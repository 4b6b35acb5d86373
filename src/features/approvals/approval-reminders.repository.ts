import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { parseIntArray, parseTextArray } from '../../db/pg-arrays.js';
import { approvalEvents, approvalRequests, approvalSteps } from '../../db/schema/index.js';
import type { WorkCalendar } from '../team/work-calendar.js';
import type { ApprovalRequest, ApprovalStep } from './approvals.types.js';

/** A step waiting for its approver, with what reminder and escalation timing needs. */
export interface WaitingStep {
  step: ApprovalStep;
  request: ApprovalRequest;
  approverTimezone: string;
  /** The team's working calendar (weekly days, holidays): only working time counts. */
  calendar: WorkCalendar;
  reminderDelayMinutes: number;
  escalationDelayMinutes: number;
}

export type ApprovalReminderRepository = ReturnType<typeof createApprovalReminderRepository>;

export function createApprovalReminderRepository({ db }: { db: Db }) {
  /**
   * One conditional UPDATE (the step still pending and `unmarked` still null), its audit event and `then`, in one
   * transaction: a reminder or an escalation happens at most once, however many instances try.
   */
  async function markOnce(input: {
    step: ApprovalStep;
    now: Date;
    then: (tx: Db) => Promise<void>;
    set: PgUpdateSetSource<typeof approvalSteps>;
    unmarked: typeof approvalSteps.remindedAt | typeof approvalSteps.escalatedAt;
    event: Pick<typeof approvalEvents.$inferInsert, 'leadId' | 'kind' | 'subjectUserId' | 'details'>;
  }): Promise<boolean> {
    const { step, now } = input;
    return db.transaction(async (tx) => {
      const rows = await tx
        .update(approvalSteps)
        .set(input.set)
        .where(
          and(
            eq(approvalSteps.teamId, step.teamId),
            eq(approvalSteps.id, step.id),
            eq(approvalSteps.status, 'pending'),
            isNull(input.unmarked),
          ),
        )
        .returning({ id: approvalSteps.id });
      if (rows.length === 0) return false;
      await tx.insert(approvalEvents).values({
        teamId: step.teamId,
        requestId: step.requestId,
        revision: step.revision,
        step: step.step,
        occurredAt: now,
        ...input.event,
      });
      await input.then(tx as unknown as Db);
      return true;
    });
  }

  return {
    /** Current steps of pending requests, across teams, not yet both reminded and escalated. */
    async waitingSteps(limit = 500): Promise<WaitingStep[]> {
      const result = (await db.execute(sql`
        select s.id as step_id, r.id as request_id,
               coalesce(m.timezone, t.timezone, 'UTC') as tz,
               coalesce(t.working_days, '{1,2,3,4,5}') as working_days,
               t.holiday_country, coalesce(t.holidays, '{}') as holidays,
               coalesce(p.reminder_delay_minutes, 240) as reminder_delay,
               coalesce(p.escalation_delay_minutes, 540) as escalation_delay
        from approval_steps s
        join approval_requests r on r.id = s.request_id and r.team_id = s.team_id
          and r.revision = s.revision and r.current_step = s.step and r.status = 'pending'
        left join members m on m.team_id = s.team_id and m.user_id = s.approver_user_id
        left join teams t on t.team_id = s.team_id
        left join approval_policies p on p.team_id = s.team_id
        where s.status = 'pending' and (s.reminded_at is null or s.escalated_at is null)
        order by s.activated_at
        limit ${limit}`)) as unknown as {
        rows: {
          step_id: number | string;
          request_id: number | string;
          tz: string;
          working_days: number[] | string;
          holiday_country: string | null;
          holidays: string[] | string;
          reminder_delay: number | string;
          escalation_delay: number | string;
        }[];
      };
      if (result.rows.length === 0) return [];
      const stepIds = result.rows.map((row) => Number(row.step_id));
      const requestIds = result.rows.map((row) => Number(row.request_id));
      const steps = new Map(
        (await db.select().from(approvalSteps).where(inArray(approvalSteps.id, stepIds))).map((s) => [
          s.id,
          s,
        ]),
      );
      const requests = new Map(
        (await db.select().from(approvalRequests).where(inArray(approvalRequests.id, requestIds))).map(
          (r) => [r.id, r],
        ),
      );
      return result.rows.flatMap((row) => {
        const step = steps.get(Number(row.step_id));
        const request = requests.get(Number(row.request_id));
        if (!step || !request) return [];
        return [
          {
            step,
            request,
            approverTimezone: row.tz,
            calendar: {
              workingDays: parseIntArray(row.working_days),
              holidayCountry: row.holiday_country ?? null,
              holidays: parseTextArray(row.holidays),
            },
            reminderDelayMinutes: Number(row.reminder_delay),
            escalationDelayMinutes: Number(row.escalation_delay),
          },
        ];
      });
    },

    /**
     * Marks the step reminded (once: conditional on it still pending and never reminded) and runs `then` in
     * the same transaction, so the reminder message is enqueued exactly when the mark is written.
     */
    markReminded(
      step: ApprovalStep,
      leadId: number,
      now: Date,
      then: (tx: Db) => Promise<void>,
    ): Promise<boolean> {
      return markOnce({
        step,
        now,
        then,
        set: { remindedAt: now },
        unmarked: approvalSteps.remindedAt,
        event: { leadId, kind: 'reminded', subjectUserId: step.approverUserId },
      });
    },

    /** Escalates once to `toUserId` (null: nobody above; admins are told instead), like markReminded. */
    markEscalated(
      step: ApprovalStep,
      leadId: number,
      toUserId: string | null,
      now: Date,
      then: (tx: Db) => Promise<void>,
    ): Promise<boolean> {
      return markOnce({
        step,
        now,
        then,
        set: {
          escalatedAt: now,
          escalatedToUserId: toUserId,
          remindedAt: sql`coalesce(reminded_at, ${now})`,
        },
        unmarked: approvalSteps.escalatedAt,
        event: { leadId, kind: 'escalated', subjectUserId: toUserId, details: { from: step.approverUserId } },
      });
    },

    /**
     * Open requests the lead's close made moot (any team): they are cancelled by the caller. A discount or a quote
     * is moot once the lead is won or lost (a quote of a won lead can no longer be sent: the deal goes on with its
     * contract); a contract only once it is lost (a won deal still needs it); an invoice is asked for after the
     * win, so its request stays.
     */
    async openRequestsOfClosedLeads(limit = 200): Promise<{ teamId: string; requestId: number }[]> {
      const result = (await db.execute(sql`
        select r.team_id, r.id from approval_requests r
        join leads l on l.id = r.lead_id and l.team_id = r.team_id
        where r.status in ('pending', 'changes_requested')
          and ((r.kind in ('discount', 'quote') and l.stage in ('won', 'lost')) or (r.kind = 'contract' and l.stage = 'lost'))
        limit ${limit}`)) as unknown as { rows: { team_id: string; id: number | string }[] };
      return result.rows.map((row) => ({ teamId: row.team_id, requestId: Number(row.id) }));
    },
  };
}
