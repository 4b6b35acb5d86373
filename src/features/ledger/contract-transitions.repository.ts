import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contractInstallments, contracts, ledgerEvents } from '../../db/schema/index.js';
import { scheduleRevisits } from '../revisits/revisits.repository.js';
import type { PlannedInstallment } from './contract-schedule.js';
import type { Contract, ContractStatus, LedgerEventKind } from './ledger.types.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

interface Move {
  teamId: string;
  contractId: number;
  actorUserId: string;
  now: Date;
  /** A write from a view or card is conditional on the version it was built from. */
  expectedVersion?: number;
}

export type ContractTransitionRepository = ReturnType<typeof createContractTransitions>;

/**
 * The contract's status moves. Each is ONE conditional UPDATE (the status it leaves, the money it needs, the
 * version the caller saw) with its audit event in the same transaction; undefined = the condition failed, and
 * the use case reads the contract again to say why.
 */
export function createContractTransitions({ db }: { db: Db }) {
  async function move(
    input: Move,
    change: { set: Record<string, unknown>; from: ContractStatus[]; when?: SQL; event: LedgerEventKind },
    details: Record<string, unknown> = {},
    then?: (tx: Tx, contract: Contract) => Promise<void>,
  ): Promise<Contract | undefined> {
    return db.transaction(async (tx) => {
      const [contract] = await tx
        .update(contracts)
        .set({ ...change.set, version: sql`${contracts.version} + 1`, updatedAt: input.now })
        .where(
          and(
            eq(contracts.teamId, input.teamId),
            eq(contracts.id, input.contractId),
            inArray(contracts.status, change.from),
            input.expectedVersion === undefined ? undefined : eq(contracts.version, input.expectedVersion),
            change.when,
          ),
        )
        .returning();
      if (!contract) return undefined;
      if (then) await then(tx, contract);
      await tx.insert(ledgerEvents).values({
        teamId: input.teamId,
        contractId: contract.id,
        kind: change.event,
        actorUserId: input.actorUserId,
        details,
        occurredAt: input.now,
      });
      return contract;
    });
  }

  return {
    sign(input: Move & { signedLink: string }) {
      return move(
        input,
        {
          set: { status: 'signed', signedLink: input.signedLink, signedAt: input.now },
          from: ['approved'],
          event: 'signed',
        },
        { link: input.signedLink },
      );
    },

    /** A new schedule, only while the contract is unsigned and no money is collected. */
    replaceSchedule(input: Move & { schedule: PlannedInstallment[] }) {
      return move(
        input,
        { set: {}, from: ['approved'], when: eq(contracts.collectedMinor, 0), event: 'schedule_adjusted' },
        { schedule: input.schedule },
        async (tx, contract) => {
          await tx
            .delete(contractInstallments)
            .where(
              and(
                eq(contractInstallments.teamId, input.teamId),
                eq(contractInstallments.contractId, contract.id),
              ),
            );
          await tx
            .insert(contractInstallments)
            .values(input.schedule.map((row) => ({ ...row, teamId: input.teamId, contractId: contract.id })));
        },
      );
    },

    /** Delivery dispatched: only from signed, only once `requiredMinor` is confirmed collected. */
    dispatch(input: Move & { requiredMinor: number }) {
      return move(input, {
        set: { status: 'delivering', dispatchedAt: input.now },
        from: ['signed'],
        when: sql`${contracts.collectedMinor} >= ${input.requiredMinor} and ${contracts.collectedMinor} > 0`,
        event: 'delivery_dispatched',
      });
    },

    /**
     * Delivered with the customer's acceptance; a fully collected contract closes at once. Its revisits (定期回访)
     * are scheduled in the same transaction.
     */
    deliver(input: Move & { acceptance: string }) {
      return move(
        input,
        {
          set: {
            status: sql`case when ${contracts.collectedMinor} = ${contracts.amountMinor} then 'closed' else 'delivered' end`,
            acceptanceNote: input.acceptance,
            deliveredAt: input.now,
            closedAt: sql`case when ${contracts.collectedMinor} = ${contracts.amountMinor} then ${input.now.toISOString()}::timestamptz else null end`,
          },
          from: ['delivering'],
          event: 'delivered',
        },
        { acceptance: input.acceptance },
        async (tx, contract) => {
          if (contract.status === 'closed') await closedEvent(tx, contract, input.actorUserId, input.now);
          await scheduleRevisits(tx, input.teamId, contract.id);
        },
      );
    },

    /** Cancelled with a reason, only while nothing is collected or invoiced. */
    cancel(input: Move & { reason: string }) {
      return move(
        input,
        {
          set: { status: 'cancelled', cancelReason: input.reason, cancelledAt: input.now },
          from: ['approved', 'signed', 'delivering', 'delivered'],
          when: and(eq(contracts.collectedMinor, 0), eq(contracts.invoicedMinor, 0)),
          event: 'cancelled',
        },
        { reason: input.reason },
      );
    },
  };
}

/** A contract delivered and fully collected closes; the event says so (no actor: the ledger did it). */
export async function closedEvent(tx: Tx, contract: Contract, actorUserId: string | null, now: Date) {
  await tx.insert(ledgerEvents).values({
    teamId: contract.teamId,
    contractId: contract.id,
    kind: 'closed',
    actorUserId,
    occurredAt: now,
  });
}
