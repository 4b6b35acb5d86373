import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { serviceEvents, serviceRequests } from '../../db/schema/index.js';
import type { ServiceEventKind, ServiceStatus } from './service.types.js';

interface Move {
  teamId: string;
  requestId: number;
  actorUserId: string;
  now: Date;
}

export type ServiceTransitionRepository = ReturnType<typeof createServiceTransitions>;

/**
 * A service request's status moves. Each is ONE conditional UPDATE (the statuses it may leave) with its audit row in
 * the same transaction; false = the condition failed (someone moved it first), and the use case reads it again to
 * say who.
 */
export function createServiceTransitions({ db }: { db: Db }) {
  async function move(
    input: Move,
    change: {
      set: Record<string, unknown>;
      from: ServiceStatus[];
      to: ServiceStatus;
      event: ServiceEventKind;
    },
    details: Record<string, unknown> = {},
  ): Promise<boolean> {
    return db.transaction(async (tx) => {
      // The status it leaves, locked and read in the same statement (FOR UPDATE reads the newest row version).
      const before = tx.$with('before').as(
        tx
          .select({
            id: serviceRequests.id,
            fromStatus: sql<ServiceStatus>`${serviceRequests.status}`.as('from_status'),
          })
          .from(serviceRequests)
          .where(
            and(
              eq(serviceRequests.teamId, input.teamId),
              eq(serviceRequests.id, input.requestId),
              inArray(serviceRequests.status, change.from),
            ),
          )
          .for('update'),
      );
      const [moved] = await tx
        .with(before)
        .update(serviceRequests)
        .set({
          ...change.set,
          status: change.to,
          version: sql`${serviceRequests.version} + 1`,
          updatedAt: input.now,
        })
        .from(before)
        .where(and(eq(serviceRequests.id, before.id), inArray(serviceRequests.status, change.from)))
        .returning({ from: before.fromStatus });
      if (!moved) return false;
      await tx.insert(serviceEvents).values({
        teamId: input.teamId,
        requestId: input.requestId,
        kind: change.event,
        actorUserId: input.actorUserId,
        fromStatus: moved.from,
        toStatus: change.to,
        details,
        occurredAt: input.now,
      });
      return true;
    });
  }

  return {
    /** Someone took it on: the response target is met. */
    start(input: Move) {
      return move(input, {
        set: { startedAt: input.now },
        from: ['open'],
        to: 'in_progress',
        event: 'started',
      });
    },

    resolve(input: Move & { resolution: string }) {
      return move(
        input,
        {
          set: {
            resolution: input.resolution,
            resolvedAt: input.now,
            resolvedByUserId: input.actorUserId,
            startedAt: sql`coalesce(${serviceRequests.startedAt}, ${input.now.toISOString()}::timestamptz)`,
          },
          from: ['open', 'in_progress'],
          to: 'resolved',
          event: 'resolved',
        },
        { resolution: input.resolution },
      );
    },

    /** Closed with what was done and the customer's satisfaction; from any state but closed. */
    close(input: Move & { resolution: string; satisfaction: number }) {
      return move(
        input,
        {
          set: {
            resolution: input.resolution,
            satisfaction: input.satisfaction,
            closedAt: input.now,
            closedByUserId: input.actorUserId,
            resolvedAt: sql`coalesce(${serviceRequests.resolvedAt}, ${input.now.toISOString()}::timestamptz)`,
            resolvedByUserId: sql`coalesce(${serviceRequests.resolvedByUserId}, ${input.actorUserId})`,
            startedAt: sql`coalesce(${serviceRequests.startedAt}, ${input.now.toISOString()}::timestamptz)`,
          },
          from: ['open', 'in_progress', 'resolved'],
          to: 'closed',
          event: 'closed',
        },
        { resolution: input.resolution, satisfaction: input.satisfaction },
      );
    },
  };
}
