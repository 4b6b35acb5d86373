import { and, type Column, eq, gt, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { serviceEvents, serviceRequests } from '../../db/schema/index.js';
import { OPEN_SERVICE_STATUSES, type ServiceNotice, type ServiceStatus } from './service.types.js';

export type ServiceNoticeRepository = ReturnType<typeof createServiceNoticeRepository>;

export interface DueServiceNotice {
  teamId: string;
  requestId: number;
  notice: ServiceNotice;
}

const r = serviceRequests;

/**
 * Per notice: the statuses it still applies to (a started request needs no response notice), the column that
 * marks it sent, and when it falls due. A reminder whose target already passed is left to the missed notice.
 */
const NOTICES: Record<
  ServiceNotice,
  { statuses: ServiceStatus[]; marked: Column; due: (now: Date) => SQL | undefined }
> = {
  response_remind: {
    statuses: ['open'],
    marked: r.responseRemindedAt,
    due: (now) => and(lte(r.responseRemindAt, now), gt(r.responseDueAt, now)),
  },
  response_missed: {
    statuses: ['open'],
    marked: r.responseMissedAt,
    due: (now) => lte(r.responseDueAt, now),
  },
  resolution_remind: {
    statuses: [...OPEN_SERVICE_STATUSES],
    marked: r.resolutionRemindedAt,
    due: (now) => and(lte(r.resolutionRemindAt, now), gt(r.resolutionDueAt, now)),
  },
  resolution_missed: {
    statuses: [...OPEN_SERVICE_STATUSES],
    marked: r.resolutionMissedAt,
    due: (now) => lte(r.resolutionDueAt, now),
  },
};

/** What marking a notice sets: its own column, and for a missed target its reminder too (it is past asking). */
function marks(notice: ServiceNotice, now: Date) {
  switch (notice) {
    case 'response_remind':
      return { responseRemindedAt: now };
    case 'response_missed':
      return { responseMissedAt: now, responseRemindedAt: sql`coalesce(${r.responseRemindedAt}, ${now})` };
    case 'resolution_remind':
      return { resolutionRemindedAt: now };
    case 'resolution_missed':
      return {
        resolutionMissedAt: now,
        resolutionRemindedAt: sql`coalesce(${r.resolutionRemindedAt}, ${now})`,
      };
  }
}

/** The service targets' notices: which are due (any team), and marking one sent exactly once. */
export function createServiceNoticeRepository({ db }: { db: Db }) {
  return {
    /** Notices due at `now` and not yet sent, across teams, oldest request first. */
    async dueNotices(now: Date, limit = 500): Promise<DueServiceNotice[]> {
      const found = await Promise.all(
        (Object.keys(NOTICES) as ServiceNotice[]).map(async (notice) => {
          const rule = NOTICES[notice];
          const rows = await db
            .select({ teamId: r.teamId, requestId: r.id })
            .from(r)
            .where(
              and(
                inArray(r.status, rule.statuses),
                isNull(rule.marked),
                isNotNull(r.responseDueAt),
                rule.due(now),
              ),
            )
            .orderBy(r.id)
            .limit(limit);
          return rows.map((row) => ({ ...row, notice }));
        }),
      );
      return found.flat();
    },

    /**
     * ONE conditional UPDATE (the request still in a status the notice applies to, the notice never sent), its
     * audit row and `send` (which enqueues the messages) in one transaction: the notice is sent exactly when it is
     * marked, however many instances try. False: already sent, or no longer needed.
     */
    async markSent(input: {
      teamId: string;
      requestId: number;
      notice: ServiceNotice;
      /** Who is told (the owner, the manager); recorded in the audit row. */
      toUserIds: string[];
      now: Date;
      send: (tx: Db) => Promise<void>;
    }): Promise<boolean> {
      const rule = NOTICES[input.notice];
      return db.transaction(async (tx) => {
        const [marked] = await tx
          .update(r)
          .set(marks(input.notice, input.now))
          .where(
            and(
              eq(r.teamId, input.teamId),
              eq(r.id, input.requestId),
              inArray(r.status, rule.statuses),
              isNull(rule.marked),
            ),
          )
          .returning({ status: r.status });
        if (!marked) return false;
        await tx.insert(serviceEvents).values({
          teamId: input.teamId,
          requestId: input.requestId,
          kind: input.notice.endsWith('missed') ? 'escalated' : 'reminded',
          actorUserId: null,
          fromStatus: marked.status,
          toStatus: marked.status,
          details: { notice: input.notice, to: input.toUserIds },
          occurredAt: input.now,
        });
        await input.send(tx as unknown as Db);
        return true;
      });
    },
  };
}
