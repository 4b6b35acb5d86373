import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { CustomerMoney } from './customers.types.js';

export type CustomerMergeRepository = ReturnType<typeof createCustomerMergeRepository>;

type Row = Record<string, unknown>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;

/** What a customer brings into a merge, as counted when the preview is built and again inside the merge. */
export interface MergeCounts {
  leads: number;
  contracts: number;
  /** Its contacts that move over as they are. */
  contactsMoved: number;
  /** Its contacts with the phone or email key of one the kept customer has: dropped, the kept one stays. */
  contactsCollapsed: number;
}

export interface MergeWrite {
  teamId: string;
  keptId: number;
  mergedId: number;
  /** The versions and counts the preview showed: the merge happens only if they still hold. */
  keptVersion: number;
  mergedVersion: number;
  seen: Pick<MergeCounts, 'leads' | 'contactsMoved' | 'contactsCollapsed'>;
  actorUserId: string;
  money: CustomerMoney[];
  now: Date;
}

export type MergeOutcome =
  | { ok: true; leadIds: number[]; contactsMoved: number; contactsCollapsed: number }
  | { ok: false };

/** Thrown inside the transaction to roll it back when the preview no longer holds. */
class StalePreview extends Error {}

/** A merged customer's contact that duplicates one of the kept customer's (same phone or email key). */
const duplicateContact = (teamId: string, keptId: number) => sql`exists (
  select 1 from customer_contacts kept where kept.team_id = ${teamId} and kept.customer_id = ${keptId}
    and ((kept.phone_key is not null and kept.phone_key = m.phone_key)
      or (kept.email_key is not null and kept.email_key = m.email_key)))`;

async function countsOf(db: Db | Tx, teamId: string, keptId: number, mergedId: number): Promise<MergeCounts> {
  const [row] = rowsOf(
    await db.execute(sql`
      select
        (select count(*) from leads where team_id = ${teamId} and customer_id = ${mergedId}) as leads,
        (select count(*) from contracts c join leads l on l.team_id = c.team_id and l.id = c.lead_id
          where c.team_id = ${teamId} and l.customer_id = ${mergedId} and c.status <> 'cancelled') as contracts,
        (select count(*) from customer_contacts m where m.team_id = ${teamId} and m.customer_id = ${mergedId}
          and not ${duplicateContact(teamId, keptId)}) as moved,
        (select count(*) from customer_contacts m where m.team_id = ${teamId} and m.customer_id = ${mergedId}
          and ${duplicateContact(teamId, keptId)}) as collapsed`),
  );
  return {
    leads: Number(row?.leads ?? 0),
    contracts: Number(row?.contracts ?? 0),
    contactsMoved: Number(row?.moved ?? 0),
    contactsCollapsed: Number(row?.collapsed ?? 0),
  };
}

export function createCustomerMergeRepository({ db }: { db: Db }) {
  return {
    /** What merging `mergedId` into `keptId` would move, counted now. */
    counts: (teamId: string, keptId: number, mergedId: number) => countsOf(db, teamId, keptId, mergedId),

    /**
     * Merges in one transaction, or not at all: both customers must still stand on their own at the versions the
     * preview saw, and the merged one still bring what the preview counted. Two merges of the same pair queue on
     * one lock, and the second finds the versions moved on.
     */
    async merge(write: MergeWrite): Promise<MergeOutcome> {
      const { teamId, keptId, mergedId, now } = write;
      try {
        return await db.transaction(async (tx) => {
          const pair = `salesflow:customer-merge:${teamId}:${Math.min(keptId, mergedId)}:${Math.max(keptId, mergedId)}`;
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${pair}))`);
          const claimed = rowsOf(
            await tx.execute(sql`
              update customers set version = version + 1, updated_at = ${now.toISOString()},
                merged_into_id = case when id = ${mergedId} then ${keptId}::bigint end
              where team_id = ${teamId} and merged_into_id is null
                and ((id = ${keptId} and version = ${write.keptVersion})
                  or (id = ${mergedId} and version = ${write.mergedVersion}))
              returning id`),
          );
          if (claimed.length !== 2) throw new StalePreview();
          const counts = await countsOf(tx, teamId, keptId, mergedId);
          if (
            counts.leads !== write.seen.leads ||
            counts.contactsMoved !== write.seen.contactsMoved ||
            counts.contactsCollapsed !== write.seen.contactsCollapsed
          )
            throw new StalePreview();
          await tx.execute(sql`
            delete from customer_contacts m where m.team_id = ${teamId} and m.customer_id = ${mergedId}
              and ${duplicateContact(teamId, keptId)}`);
          await tx.execute(sql`
            update customer_contacts set customer_id = ${keptId}
            where team_id = ${teamId} and customer_id = ${mergedId}`);
          // After-sales work follows the customer: its open requests and planned revisits stay on its card.
          await tx.execute(sql`
            update service_requests set customer_id = ${keptId}
            where team_id = ${teamId} and customer_id = ${mergedId}`);
          await tx.execute(sql`
            update revisits set customer_id = ${keptId} where team_id = ${teamId} and customer_id = ${mergedId}`);
          const leadIds = rowsOf(
            await tx.execute(sql`
              update leads set customer_id = ${keptId}
              where team_id = ${teamId} and customer_id = ${mergedId} returning id`),
          )
            .map((row) => Number(row.id))
            .sort((a, b) => a - b);
          const details = {
            leadIds,
            contactsMoved: counts.contactsMoved,
            contactsCollapsed: counts.contactsCollapsed,
            money: write.money.map((m) => ({ currency: m.currency, contractedMinor: m.contractedMinor })),
          };
          await tx.execute(sql`
            insert into customer_merges (team_id, kept_customer_id, merged_customer_id, actor_user_id, details,
              occurred_at)
            values (${teamId}, ${keptId}, ${mergedId}, ${write.actorUserId}, ${JSON.stringify(details)}::jsonb,
              ${now.toISOString()})`);
          return {
            ok: true as const,
            leadIds,
            contactsMoved: counts.contactsMoved,
            contactsCollapsed: counts.contactsCollapsed,
          };
        });
      } catch (error) {
        if (error instanceof StalePreview) return { ok: false };
        throw error;
      }
    },

    /** The audit of merges into a customer, newest first. */
    async mergesInto(teamId: string, keptId: number) {
      return rowsOf(
        await db.execute(sql`
          select merged_customer_id, actor_user_id, details, occurred_at from customer_merges
          where team_id = ${teamId} and kept_customer_id = ${keptId} order by id desc`),
      ).map((row) => ({
        mergedCustomerId: Number(row.merged_customer_id),
        actorUserId: String(row.actor_user_id),
        details: (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<
          string,
          unknown
        >,
        occurredAt: new Date(String(row.occurred_at)),
      }));
    },
  };
}
