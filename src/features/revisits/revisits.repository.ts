import { and, asc, desc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contracts, customers, ledgerEvents, revisits, servicePolicies } from '../../db/schema/index.js';
import type { ReminderCandidate } from '../followups/reminder-candidates.js';
import { reminderCandidateColumns, toReminderCandidate } from '../followups/reminder-candidates.js';
import { DEFAULT_REVISIT_DAYS } from '../service/service.types.js';
import type { Revisit, RevisitOutcome } from './revisits.types.js';

export type RevisitRepository = ReturnType<typeof createRevisitRepository>;

type Rows = { rows: Record<string, unknown>[] };
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const defaultDays = sql.raw(`array[${DEFAULT_REVISIT_DAYS.join(',')}]::integer[]`);

/**
 * A delivered contract's revisits, in the delivery's own transaction: one per offset of the team's policy (none
 * when it is `off`), due that many days after the delivery's date in the team's zone, owned by the customer's rep.
 * A contract whose lead was never filed under a customer has no customer to revisit. The unique key on contract
 * and offset makes a second call add nothing.
 */
export async function scheduleRevisits(tx: Tx, teamId: string, contractId: number): Promise<void> {
  await tx.execute(sql`
    insert into revisits (team_id, customer_id, contract_id, owner_user_id, days_after_delivery, due_on)
    select c.team_id, cu.id, c.id, cu.owner_user_id, d.days,
           (c.delivered_at at time zone t.timezone)::date + d.days
    from contracts c
    join leads l on l.team_id = c.team_id and l.id = c.lead_id
    join customers cu on cu.team_id = l.team_id and cu.id = l.customer_id
    join teams t on t.team_id = c.team_id
    cross join unnest(coalesce(
      (select p.revisit_days from service_policies p where p.team_id = c.team_id), ${defaultDays}
    )) as d(days)
    where c.team_id = ${teamId} and c.id = ${contractId} and c.delivered_at is not null
    on conflict (team_id, contract_id, days_after_delivery) do nothing`);
}

const columns = {
  id: revisits.id,
  teamId: revisits.teamId,
  customerId: revisits.customerId,
  customerName: customers.name,
  contractId: revisits.contractId,
  contractNumber: contracts.number,
  ownerUserId: revisits.ownerUserId,
  daysAfterDelivery: revisits.daysAfterDelivery,
  dueOn: revisits.dueOn,
  outcome: revisits.outcome,
  note: revisits.note,
  loggedByUserId: revisits.loggedByUserId,
  loggedAt: revisits.loggedAt,
  version: revisits.version,
};

type Row = Omit<Revisit, 'outcome'> & { outcome: string | null };
const toRevisit = (row: Row): Revisit => ({ ...row, outcome: row.outcome as RevisitOutcome | null });

/** Revisits (定期回访): what is due for a rep's morning, the card's next and last, and logging one. */
export function createRevisitRepository({ db }: { db: Db }) {
  const select = () =>
    db
      .select(columns)
      .from(revisits)
      .innerJoin(customers, and(eq(customers.teamId, revisits.teamId), eq(customers.id, revisits.customerId)))
      .innerJoin(
        contracts,
        and(eq(contracts.teamId, revisits.teamId), eq(contracts.id, revisits.contractId)),
      );

  async function findById(teamId: string, id: number): Promise<Revisit | undefined> {
    const [row] = await select().where(and(eq(revisits.teamId, teamId), eq(revisits.id, id)));
    return row && toRevisit(row);
  }

  return {
    findById,

    async forContract(teamId: string, contractId: number): Promise<Revisit[]> {
      const rows = await select()
        .where(and(eq(revisits.teamId, teamId), eq(revisits.contractId, contractId)))
        .orderBy(asc(revisits.daysAfterDelivery));
      return rows.map(toRevisit);
    },

    /** The rep's revisits not yet logged that are due on `date` or before, oldest first. */
    async dueFor(teamId: string, ownerUserId: string, date: string, limit: number): Promise<Revisit[]> {
      const rows = await select()
        .where(
          and(
            eq(revisits.teamId, teamId),
            eq(revisits.ownerUserId, ownerUserId),
            isNull(revisits.loggedAt),
            lte(revisits.dueOn, date),
          ),
        )
        .orderBy(asc(revisits.dueOn), asc(revisits.id))
        .limit(limit);
      return rows.map(toRevisit);
    },

    /** The customer's last logged revisit, for its card. */
    async lastLogged(teamId: string, customerId: number): Promise<Revisit | undefined> {
      const [row] = await select()
        .where(
          and(eq(revisits.teamId, teamId), eq(revisits.customerId, customerId), isNotNull(revisits.loggedAt)),
        )
        .orderBy(desc(revisits.loggedAt), desc(revisits.id))
        .limit(1);
      return row && toRevisit(row);
    },

    /** Reps with a revisit due by `latestLocalDate` (the furthest-ahead zone's today): their morning DM's run. */
    async reminderCandidates(latestLocalDate: string): Promise<ReminderCandidate[]> {
      const result = (await db.execute(sql`
        select ${reminderCandidateColumns}
        from members m
        join teams t on t.team_id = m.team_id
        where exists (
          select 1 from revisits r
          where r.team_id = m.team_id and r.owner_user_id = m.user_id
            and r.logged_at is null and r.due_on <= ${latestLocalDate}::date
        )
        order by m.team_id, m.user_id`)) as unknown as Rows;
      return result.rows.map(toReminderCandidate);
    },

    /**
     * Logged with its outcome: ONE conditional update (not logged yet, the version the form was built from) and
     * the contract's audit event in the same transaction. Undefined = the condition failed.
     */
    async log(input: {
      teamId: string;
      id: number;
      expectedVersion: number;
      outcome: RevisitOutcome;
      note: string | null;
      actorUserId: string;
      now: Date;
    }): Promise<Revisit | undefined> {
      const logged = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(revisits)
          .set({
            outcome: input.outcome,
            note: input.note,
            loggedByUserId: input.actorUserId,
            loggedAt: input.now,
            version: sql`${revisits.version} + 1`,
          })
          .where(
            and(
              eq(revisits.teamId, input.teamId),
              eq(revisits.id, input.id),
              eq(revisits.version, input.expectedVersion),
              isNull(revisits.loggedAt),
            ),
          )
          .returning({ id: revisits.id, contractId: revisits.contractId });
        if (!row) return undefined;
        await tx.insert(ledgerEvents).values({
          teamId: input.teamId,
          contractId: row.contractId,
          kind: 'revisit_logged',
          actorUserId: input.actorUserId,
          details: { revisitId: row.id, outcome: input.outcome },
          occurredAt: input.now,
        });
        return row;
      });
      return logged && findById(input.teamId, logged.id);
    },

    async setDays(teamId: string, days: number[], now: Date): Promise<void> {
      await db
        .insert(servicePolicies)
        .values({ teamId, revisitDays: days, updatedAt: now })
        .onConflictDoUpdate({ target: servicePolicies.teamId, set: { revisitDays: days, updatedAt: now } });
    },
  };
}
