import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import {
  HandoverConflictError,
  HandoverNotAllowedError,
  HandoverToSameOwnerError,
} from './handover.errors.js';
import type { HandoverRepository } from './handover.repository.js';
import type { HandoverCounts, MovedLead } from './handover.types.js';
import type { LeadRepository } from './leads.repository.js';
import type { Lead } from './leads.types.js';
import { assertOpen, loadVisibleLead } from './leads.usecases.js';

/*
 * Handing leads over: one lead (`/lead #42 owner @user`) or a leaving rep's whole book (`/salesflow handover @from
 * @to`). Who may: an admin, anyone; a manager or director, the leads of people who report to them (directly or
 * through others), and only to themself or one of those people, so a lead never leaves their part of the team.
 * Reps never give leads away. Every move is audited on the lead (an activity) and on each moved approval request
 * (an event), in the transaction that moves it.
 */

export interface HandoverDeps {
  leads: LeadRepository;
  handovers: HandoverRepository;
  teams: TeamRepository;
  clock: Clock;
  actor: Actor;
}

/** Called inside the transaction that moved the lead(s): enqueue the notifications here (outbox with `tx`). */
export type AfterHandover<T> = (tx: Db, moved: T) => Promise<void>;

async function assertMayHandOver(
  deps: Pick<HandoverDeps, 'teams' | 'actor'>,
  ownerUserId: string,
  toUserId: string,
): Promise<void> {
  const { actor, teams } = deps;
  if (ownerUserId === toUserId) throw new HandoverToSameOwnerError(toUserId);
  if (actor.isAdmin) return;
  if (actor.role === 'manager' || actor.role === 'director') {
    const reports = await teams.listReportIds(actor.teamId, actor.userId);
    const mayGive = reports.includes(ownerUserId);
    const mayReceive = toUserId === actor.userId || reports.includes(toUserId);
    if (mayGive && mayReceive) return;
  }
  throw new HandoverNotAllowedError(actor.userId, ownerUserId, toUserId);
}

/**
 * `/lead #<id> owner @user`. The lead must be visible to the caller (else "not found", as for any lead) and open;
 * the write is conditional on the owner it was read with (and `expectedVersion` when a card or form carries one).
 */
export async function reassignLead(
  deps: HandoverDeps & {
    leadId: number;
    toUserId: string;
    expectedVersion?: number;
    afterHandover?: AfterHandover<Lead>;
  },
): Promise<{ lead: Lead; fromUserId: string; toUserId: string; movedRequests: number }> {
  const { actor, toUserId } = deps;
  const lead = await loadVisibleLead(deps);
  assertOpen(lead);
  await assertMayHandOver(deps, lead.ownerUserId, toUserId);
  // The new owner may never have used Salesflow: give them a member row so they show up in reports and lists.
  if (!(await deps.teams.findMember(actor.teamId, toUserId)))
    await deps.teams.updateMember(actor.teamId, toUserId, {});
  const moved = await deps.handovers.reassign(
    {
      teamId: actor.teamId,
      leadId: lead.id,
      fromUserId: lead.ownerUserId,
      toUserId,
      actorUserId: actor.userId,
      now: deps.clock.now(),
      ...(deps.expectedVersion === undefined ? {} : { expectedVersion: deps.expectedVersion }),
    },
    deps.afterHandover,
  );
  if (!moved) throw new HandoverConflictError(lead.id);
  return { lead: moved.lead, fromUserId: lead.ownerUserId, toUserId, movedRequests: moved.movedRequests };
}

/** What `/salesflow handover @from @to` would move, for the confirmation. */
export async function previewHandover(
  deps: Omit<HandoverDeps, 'leads' | 'clock'> & { fromUserId: string; toUserId: string },
): Promise<{ fromUserId: string; toUserId: string; counts: HandoverCounts }> {
  const { actor, fromUserId, toUserId } = deps;
  await assertMayHandOver(deps, fromUserId, toUserId);
  return { fromUserId, toUserId, counts: await deps.handovers.counts(actor.teamId, fromUserId, toUserId) };
}

/**
 * The confirmed handover: every open lead of `from` at this moment (not only those the preview counted: a lead
 * created since goes too), with its follow-up, and their pending requests except those `to` must approve.
 * Authorization is checked again, against the reporting lines as they are now.
 */
export async function handOver(
  deps: Omit<HandoverDeps, 'leads'> & {
    fromUserId: string;
    toUserId: string;
    afterHandover?: AfterHandover<{ leads: MovedLead[]; movedRequests: number }>;
  },
): Promise<{ fromUserId: string; toUserId: string; leads: MovedLead[]; movedRequests: number }> {
  const { actor, fromUserId, toUserId } = deps;
  await assertMayHandOver(deps, fromUserId, toUserId);
  if (!(await deps.teams.findMember(actor.teamId, toUserId)))
    await deps.teams.updateMember(actor.teamId, toUserId, {});
  const result = await deps.handovers.handOverAll(
    { teamId: actor.teamId, fromUserId, toUserId, actorUserId: actor.userId, now: deps.clock.now() },
    deps.afterHandover,
  );
  return { fromUserId, toUserId, ...result };
}
