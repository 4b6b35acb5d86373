import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, approvalEvents, approvalRequests, approvalSteps, leads } from '../../db/schema/index.js';
import type { HandoverCounts, MovedLead } from './handover.types.js';
import type { Lead } from './leads.types.js';

export interface HandoverWrite {
  teamId: string;
  fromUserId: string;
  toUserId: string;
  actorUserId: string;
  now: Date;
}

type Rows<T> = { rows: T[] };

/*
 * Lead ownership changes. Each is one transaction: the conditional update of the leads (only while `from` still
 * owns them, version bumped), an audit activity per lead, the pending approval requests moved with an audit event
 * each, and `then` (the caller enqueues its notifications there, so they exist exactly when the change does).
 */
export type HandoverRepository = ReturnType<typeof createHandoverRepository>;

export function createHandoverRepository({ db }: { db: Db }) {
  /**
   * Moves `from`'s pending requests (of `leadId`, or all) to `to`, except those `to` must approve, and records a
   * `requester_changed` event for each. Returns how many moved.
   */
  async function moveRequests(tx: Db, write: HandoverWrite, leadId?: number): Promise<number> {
    const { teamId, fromUserId, toUserId, actorUserId, now } = write;
    const result = (await tx.execute(sql`
      with moved as (
        update ${approvalRequests} r set requester_user_id = ${toUserId}, updated_at = ${now.toISOString()}
        where r.team_id = ${teamId} and r.requester_user_id = ${fromUserId} and r.status = 'pending'
          ${leadId === undefined ? sql`` : sql`and r.lead_id = ${leadId}`}
          and not exists (
            select 1 from ${approvalSteps} s
            where s.team_id = r.team_id and s.request_id = r.id and s.revision = r.revision
              and s.approver_user_id = ${toUserId}
          )
        returning r.id, r.lead_id, r.revision
      )
      insert into ${approvalEvents}
        (team_id, request_id, lead_id, revision, kind, actor_user_id, subject_user_id, details, occurred_at)
      select ${teamId}, id, lead_id, revision, 'requester_changed', ${actorUserId}, ${toUserId},
             ${JSON.stringify({ from: fromUserId, to: toUserId })}::jsonb, ${now.toISOString()}
      from moved
      returning id`)) as unknown as Rows<{ id: number }>;
    return result.rows.length;
  }

  return {
    /**
     * Gives one open lead to `to`, if `from` still owns it (and, when given, it is still at `expectedVersion`).
     * Undefined when nothing matched: someone else moved, closed or changed it first.
     */
    async reassign(
      write: HandoverWrite & { leadId: number; expectedVersion?: number },
      then?: (tx: Db, lead: Lead) => Promise<void>,
    ): Promise<{ lead: Lead; movedRequests: number } | undefined> {
      const { teamId, leadId, fromUserId, toUserId, actorUserId, now } = write;
      return db.transaction(async (tx) => {
        const result = (await tx.execute(sql`
          update ${leads} set owner_user_id = ${toUserId}, version = version + 1,
                 updated_at = ${now.toISOString()}, last_activity_at = greatest(last_activity_at, ${now.toISOString()})
          where team_id = ${teamId} and id = ${leadId} and owner_user_id = ${fromUserId}
            and stage not in ('won', 'lost')
            ${write.expectedVersion === undefined ? sql`` : sql`and version = ${write.expectedVersion}`}
          returning id`)) as unknown as Rows<{ id: number | string }>;
        if (result.rows.length === 0) return undefined;
        await tx.insert(activities).values({
          teamId,
          leadId,
          actorUserId,
          kind: 'reassigned',
          details: { from: fromUserId, to: toUserId },
          occurredAt: now,
        });
        const movedRequests = await moveRequests(tx as unknown as Db, write, leadId);
        const [lead] = await tx
          .select()
          .from(leads)
          .where(sql`${leads.teamId} = ${teamId} and ${leads.id} = ${leadId}`);
        if (!lead) throw new Error('reassigned lead vanished inside its transaction');
        await then?.(tx as unknown as Db, lead as Lead);
        return { lead: lead as Lead, movedRequests };
      });
    },

    /** What `handOverAll` would move now. */
    async counts(teamId: string, fromUserId: string, toUserId: string): Promise<HandoverCounts> {
      const result = (await db.execute(sql`
        select
          (select count(*)::int from ${leads} where team_id = ${teamId} and owner_user_id = ${fromUserId}
             and stage not in ('won', 'lost')) as open_leads,
          (select count(*)::int from ${leads} where team_id = ${teamId} and owner_user_id = ${fromUserId}
             and stage not in ('won', 'lost') and next_follow_up_on is not null) as follow_ups,
          (select count(*)::int from ${approvalRequests} r where r.team_id = ${teamId}
             and r.requester_user_id = ${fromUserId} and r.status = 'pending') as requests,
          (select count(*)::int from ${approvalRequests} r where r.team_id = ${teamId}
             and r.requester_user_id = ${fromUserId} and r.status = 'pending'
             and exists (select 1 from ${approvalSteps} s where s.team_id = r.team_id and s.request_id = r.id
                           and s.revision = r.revision and s.approver_user_id = ${toUserId})) as blocked,
          (select count(*)::int from ${approvalSteps} s join ${approvalRequests} r
             on r.id = s.request_id and r.team_id = s.team_id and r.revision = s.revision
             and r.current_step = s.step and r.status = 'pending'
           where s.team_id = ${teamId} and s.approver_user_id = ${fromUserId} and s.status = 'pending') as waiting
      `)) as unknown as Rows<Record<string, number | string>>;
      const row = result.rows[0] ?? {};
      const blocked = Number(row.blocked ?? 0);
      return {
        openLeads: Number(row.open_leads ?? 0),
        followUps: Number(row.follow_ups ?? 0),
        pendingRequests: Number(row.requests ?? 0) - blocked,
        blockedRequests: blocked,
        approvalsWaitingOnFrom: Number(row.waiting ?? 0),
      };
    },

    /**
     * Every open lead of `from` (their follow-ups travel with them) and their pending requests, to `to`, in one
     * transaction. Leads closed or moved meanwhile are not touched; what moved is returned.
     */
    async handOverAll(
      write: HandoverWrite,
      then?: (tx: Db, moved: { leads: MovedLead[]; movedRequests: number }) => Promise<void>,
    ): Promise<{ leads: MovedLead[]; movedRequests: number }> {
      const { teamId, fromUserId, toUserId, actorUserId, now } = write;
      return db.transaction(async (tx) => {
        const result = (await tx.execute(sql`
          with moved as (
            update ${leads} set owner_user_id = ${toUserId}, version = version + 1,
                   updated_at = ${now.toISOString()},
                   last_activity_at = greatest(last_activity_at, ${now.toISOString()})
            where team_id = ${teamId} and owner_user_id = ${fromUserId} and stage not in ('won', 'lost')
            returning id, company_name, channel_id, thread_ts, version
          ),
          audited as (
            insert into ${activities} (team_id, lead_id, actor_user_id, kind, details, occurred_at)
            select ${teamId}, id, ${actorUserId}, 'reassigned',
                   ${JSON.stringify({ from: fromUserId, to: toUserId, handover: true })}::jsonb, ${now.toISOString()}
            from moved
          )
          select id, company_name, channel_id, thread_ts, version from moved order by id`)) as unknown as Rows<{
          id: number | string;
          company_name: string;
          channel_id: string | null;
          thread_ts: string | null;
          version: number | string;
        }>;
        const moved: MovedLead[] = result.rows.map((row) => ({
          id: Number(row.id),
          companyName: row.company_name,
          channelId: row.channel_id,
          threadTs: row.thread_ts,
          version: Number(row.version),
        }));
        const movedRequests = await moveRequests(tx as unknown as Db, write);
        await then?.(tx as unknown as Db, { leads: moved, movedRequests });
        return { leads: moved, movedRequests };
      });
    },
  };
}
