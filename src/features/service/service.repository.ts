import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  contracts,
  customers,
  leads,
  revisits,
  serviceEvents,
  servicePolicies,
  serviceRequests,
} from '../../db/schema/index.js';
import {
  DEFAULT_REVISIT_DAYS,
  DEFAULT_SERVICE_TARGETS,
  type ServiceKind,
  type ServicePolicy,
  type ServicePriority,
  type ServiceRequest,
  type ServiceStatus,
} from './service.types.js';
import type { ServiceDueTimes } from './service-targets.js';

export type ServiceRepository = ReturnType<typeof createServiceRepository>;

type Row = typeof serviceRequests.$inferSelect & { customerName: string };

const requestColumns = getTableColumns(serviceRequests);
const columns = { ...requestColumns, customerName: customers.name };

function toRequest(row: Row): ServiceRequest {
  const {
    responseRemindedAt,
    responseMissedAt,
    resolutionRemindedAt,
    resolutionMissedAt,
    responseRemindAt,
    resolutionRemindAt,
    updatedAt,
    ...rest
  } = row;
  return rest;
}

export interface NewServiceRequest {
  teamId: string;
  customerId: number;
  leadId: number | null;
  contractId: number | null;
  kind: ServiceKind;
  priority: ServicePriority;
  description: string;
  ownerUserId: string;
  openedByUserId: string;
  now: Date;
  /** The targets in working time (service-targets.ts): when to remind the owner, when each is missed. */
  due?: ServiceDueTimes;
}

/** Service requests and the team's service policy. Every status move lives in service-transitions.repository.ts. */
export function createServiceRepository({ db }: { db: Db }) {
  const select = () =>
    db
      .select(columns)
      .from(serviceRequests)
      .innerJoin(
        customers,
        and(eq(customers.teamId, serviceRequests.teamId), eq(customers.id, serviceRequests.customerId)),
      );

  return {
    /** The request and its "opened" audit row, in one transaction. */
    async create(input: NewServiceRequest): Promise<number> {
      return db.transaction(async (tx) => {
        const { due, now, ...values } = input;
        const [created] = await tx
          .insert(serviceRequests)
          .values({ ...values, ...due, openedAt: now, updatedAt: now })
          .returning({ id: serviceRequests.id });
        if (!created) throw new Error('service request not inserted');
        await tx.insert(serviceEvents).values({
          teamId: input.teamId,
          requestId: created.id,
          kind: 'opened',
          actorUserId: input.openedByUserId,
          toStatus: 'open',
          details: { kind: input.kind, priority: input.priority, ownerUserId: input.ownerUserId },
          occurredAt: input.now,
        });
        return created.id;
      });
    },

    async findById(teamId: string, id: number): Promise<ServiceRequest | undefined> {
      const [row] = await select().where(and(eq(serviceRequests.teamId, teamId), eq(serviceRequests.id, id)));
      return row ? toRequest(row) : undefined;
    },

    /** Where its announcement went: set once, so a retried post cannot point the request at another message. */
    async recordThread(teamId: string, id: number, channelId: string, threadTs: string): Promise<boolean> {
      const updated = await db
        .update(serviceRequests)
        .set({ channelId, threadTs })
        .where(
          and(
            eq(serviceRequests.teamId, teamId),
            eq(serviceRequests.id, id),
            isNull(serviceRequests.channelId),
          ),
        )
        .returning({ id: serviceRequests.id });
      return updated.length > 0;
    },

    /** The customer's requests in these states, oldest first. */
    async forCustomer(
      teamId: string,
      customerId: number,
      statuses: readonly ServiceStatus[],
      limit: number,
    ): Promise<ServiceRequest[]> {
      const rows = await select()
        .where(
          and(
            eq(serviceRequests.teamId, teamId),
            eq(serviceRequests.customerId, customerId),
            inArray(serviceRequests.status, [...statuses]),
          ),
        )
        .orderBy(asc(serviceRequests.openedAt), asc(serviceRequests.id))
        .limit(limit);
      return rows.map(toRequest);
    },

    /** The customer's newest lead with a card in the sales channel: where its service requests are posted. */
    async customerThread(
      teamId: string,
      customerId: number,
    ): Promise<{ leadId: number; channelId: string; threadTs: string } | undefined> {
      const [row] = await db
        .select({ leadId: leads.id, channelId: leads.channelId, threadTs: leads.threadTs })
        .from(leads)
        .where(
          and(
            eq(leads.teamId, teamId),
            eq(leads.customerId, customerId),
            isNotNull(leads.channelId),
            isNotNull(leads.threadTs),
          ),
        )
        .orderBy(desc(leads.id))
        .limit(1);
      return row?.channelId && row.threadTs
        ? { leadId: row.leadId, channelId: row.channelId, threadTs: row.threadTs }
        : undefined;
    },

    /** The customer's earliest revisit not yet logged, with its contract's number. */
    async nextRevisit(
      teamId: string,
      customerId: number,
    ): Promise<{ dueOn: string; daysAfterDelivery: number; contractNumber: string } | undefined> {
      const [row] = await db
        .select({
          dueOn: revisits.dueOn,
          daysAfterDelivery: revisits.daysAfterDelivery,
          contractNumber: contracts.number,
        })
        .from(revisits)
        .innerJoin(
          contracts,
          and(eq(contracts.teamId, revisits.teamId), eq(contracts.id, revisits.contractId)),
        )
        .where(
          and(eq(revisits.teamId, teamId), eq(revisits.customerId, customerId), isNull(revisits.loggedAt)),
        )
        .orderBy(asc(revisits.dueOn), asc(revisits.id))
        .limit(1);
      return row;
    },

    async auditKinds(
      teamId: string,
      requestId: number,
    ): Promise<{ kind: string; actorUserId: string | null }[]> {
      return db
        .select({ kind: serviceEvents.kind, actorUserId: serviceEvents.actorUserId })
        .from(serviceEvents)
        .where(and(eq(serviceEvents.teamId, teamId), eq(serviceEvents.requestId, requestId)))
        .orderBy(asc(serviceEvents.id));
    },

    async policy(teamId: string): Promise<ServicePolicy> {
      const [row] = await db.select().from(servicePolicies).where(eq(servicePolicies.teamId, teamId));
      return {
        serviceOwnerUserId: row?.serviceOwnerUserId ?? null,
        targets: row?.targets ?? DEFAULT_SERVICE_TARGETS,
        revisitDays: row?.revisitDays ?? [...DEFAULT_REVISIT_DAYS],
      };
    },

    async setServiceOwner(teamId: string, userId: string | null, now: Date): Promise<void> {
      await db
        .insert(servicePolicies)
        .values({ teamId, serviceOwnerUserId: userId, updatedAt: now })
        .onConflictDoUpdate({
          target: servicePolicies.teamId,
          set: { serviceOwnerUserId: userId, updatedAt: now },
        });
    },

    /**
     * One priority's targets, merged into the stored ones in one statement, so two admins setting two priorities
     * at once both keep theirs (the other priorities keep their value, or the default).
     */
    async setTarget(
      teamId: string,
      target: { priority: ServicePriority; responseHours: number; resolutionHours: number },
      now: Date,
    ): Promise<void> {
      const { priority, responseHours, resolutionHours } = target;
      const merged = (key: 'responseHours' | 'resolutionHours', hours: number) =>
        sql`coalesce(${servicePolicies.targets} -> ${key}::text, '{}'::jsonb) || jsonb_build_object(${priority}::text, ${hours}::int)`;
      await db
        .insert(servicePolicies)
        .values({
          teamId,
          targets: {
            responseHours: { [priority]: responseHours },
            resolutionHours: { [priority]: resolutionHours },
          },
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: servicePolicies.teamId,
          set: {
            targets: sql`jsonb_build_object('responseHours', ${merged('responseHours', responseHours)}, 'resolutionHours', ${merged('resolutionHours', resolutionHours)})`,
            updatedAt: now,
          },
        });
    },

    /** Back to the defaults: no stored targets. */
    async resetTargets(teamId: string, now: Date): Promise<void> {
      await db
        .update(servicePolicies)
        .set({ targets: null, updatedAt: now })
        .where(eq(servicePolicies.teamId, teamId));
    },
  };
}
