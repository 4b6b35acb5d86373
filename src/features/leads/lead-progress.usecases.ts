import type { CustomerLinkRepository } from '../customers/customer-links.repository.js';
import type { Actor } from '../team/team.types.js';
import {
  type ActivityForm,
  type FollowUpForm,
  type LocalNow,
  localNowIn,
  type ProgressErrors,
  validateActivityForm,
  validateFollowUpForm,
  validateLostForm,
  validateWonForm,
} from './lead-progress-input.js';
import { assertSeenCurrent, refuseLostRace, type SeenVersion } from './lead-versions.js';
import { LeadNotFoundError, StageNotAllowedError } from './leads.errors.js';
import type { LeadChanges, NewActivity } from './leads.repository.js';
import type { Lead, LoggedActivityKind, LostReason, Stage } from './leads.types.js';
import { OPEN_STAGES } from './leads.types.js';
import { assertOpen, type LeadDeps, leadCurrency, loadVisibleLead } from './leads.usecases.js';

/** What changed, for the one-line note in the lead's thread. */
export type LeadChange =
  | { kind: 'stage'; from: Stage; to: Stage }
  | { kind: 'activity'; activity: LoggedActivityKind; note: string; nextFollowUp: FollowUp | null }
  | { kind: 'followUp'; followUp: FollowUp; note: string | null }
  | { kind: 'won'; amount: number }
  | { kind: 'lost'; reason: LostReason; note: string | null };
export interface FollowUp {
  on: string;
  time: string | null;
}

export type ProgressResult<K extends string> =
  | { ok: true; lead: Lead; change: LeadChange }
  | { ok: false; errors: ProgressErrors<K> };

/** `seen`: the version the form or card was built from; without it the write is guarded by what we read. */
type ProgressDeps = LeadDeps & { actor: Actor; leadId: number; seen?: SeenVersion };

/** Loads the lead the caller may see and refuses at once if their view of it is stale. */
async function loadCurrent(deps: ProgressDeps): Promise<Lead> {
  const lead = await loadVisibleLead(deps);
  await assertSeenCurrent(deps, lead, deps.seen);
  return lead;
}

/** The write matched nothing: someone changed the lead between our read and our write. */
const lostRace = (deps: ProgressDeps, lead: Lead) =>
  refuseLostRace(deps, lead.id, deps.seen ?? { version: lead.version }, () => new LeadNotFoundError(lead.id));

const localNow = (actor: Actor, instant: Date): LocalNow => localNowIn(actor.timezone, instant);

/** `2026-12-01 14:30`: how a follow-up is recorded in its activity (and shown on the card). */
export function followUpText(followUp: FollowUp): string {
  return [followUp.on, followUp.time].filter(Boolean).join(' ');
}

function followUpActivity(actor: Actor, followUp: FollowUp, note: string | null, at: Date): NewActivity {
  return {
    actorUserId: actor.userId,
    kind: 'follow_up_set',
    // The card prints this note unescaped inside its sentence, so it only ever holds our own date text.
    note: followUpText(followUp),
    details: { on: followUp.on, time: followUp.time, note },
    occurredAt: at,
  };
}

/**
 * Moves a lead to any open stage, forwards or back; a won or lost lead is reopened this way. Won and lost
 * themselves go through `markWon` / `markLost`. The write is conditional on the stage we read, so two people
 * moving the same lead at once cannot both record a move from the same stage.
 */
export async function changeStage(
  deps: ProgressDeps & { stage: string },
): Promise<{ lead: Lead; change: LeadChange; changed: boolean }> {
  const { actor, clock } = deps;
  const lead = await loadCurrent(deps);
  const to = OPEN_STAGES.find((stage) => stage === deps.stage);
  if (!to) throw new StageNotAllowedError(deps.stage);
  const change: LeadChange = { kind: 'stage', from: lead.stage, to };
  if (lead.stage === to) return { lead, change, changed: false };
  const now = clock.now();
  const reopening = lead.stage === 'won' || lead.stage === 'lost';
  const updated = await deps.leads.update(
    actor.teamId,
    lead.id,
    {
      stage: to,
      stageChangedAt: now,
      // A reopened lead is open again: its old outcome stays in the activity history, not on the lead.
      ...(reopening ? { closedAt: null, wonAmount: null, lostReason: null, lostNote: null } : {}),
    },
    {
      actorUserId: actor.userId,
      kind: 'stage_changed',
      fromStage: lead.stage,
      toStage: to,
      details: reopening ? { reopened: true } : {},
      occurredAt: now,
    },
    { expectedStage: lead.stage, expectedVersion: lead.version },
  );
  if (!updated) return lostRace(deps, lead);
  return { lead: updated, change, changed: true };
}

/** A call, visit, email… with its note and time, and optionally the next follow-up, saved together. */
export async function logActivity(
  deps: ProgressDeps & { form: ActivityForm },
): Promise<ProgressResult<keyof ActivityForm>> {
  const { actor, clock } = deps;
  const lead = await loadCurrent(deps);
  const now = clock.now();
  const result = validateActivityForm(deps.form, localNow(actor, now));
  if (!result.ok) return result;
  const { kind, note, occurredAt, nextFollowUp } = result.value;
  if (nextFollowUp) assertOpen(lead);
  const entries: NewActivity[] = [{ actorUserId: actor.userId, kind, note, occurredAt }];
  if (nextFollowUp) entries.push(followUpActivity(actor, nextFollowUp, null, now));
  const updated = await deps.leads.record(
    actor.teamId,
    lead.id,
    entries,
    nextFollowUp ? { nextFollowUpOn: nextFollowUp.on, nextFollowUpTime: nextFollowUp.time } : {},
    { expectedVersion: lead.version },
  );
  if (!updated) return lostRace(deps, lead);
  return { ok: true, lead: updated, change: { kind: 'activity', activity: kind, note, nextFollowUp } };
}

/** The next follow-up: a date that is not in the rep's past, an optional time and note. */
export async function setFollowUp(
  deps: ProgressDeps & { form: FollowUpForm },
): Promise<ProgressResult<keyof FollowUpForm>> {
  const { actor, clock } = deps;
  const lead = await loadCurrent(deps);
  assertOpen(lead);
  const now = clock.now();
  const result = validateFollowUpForm(deps.form, localNow(actor, now));
  if (!result.ok) return result;
  const { note, ...followUp } = result.value;
  const updated = await deps.leads.update(
    actor.teamId,
    lead.id,
    { nextFollowUpOn: followUp.on, nextFollowUpTime: followUp.time },
    followUpActivity(actor, followUp, note, now),
    { expectedVersion: lead.version },
  );
  if (!updated) return lostRace(deps, lead);
  return { ok: true, lead: updated, change: { kind: 'followUp', followUp, note } };
}

/** Closing a lead is conditional on the open stage we read: a lead cannot be closed twice at once. */
async function close(
  deps: ProgressDeps,
  lead: Lead,
  changes: LeadChanges,
  activity: Omit<NewActivity, 'actorUserId' | 'fromStage' | 'toStage' | 'occurredAt'>,
): Promise<Lead> {
  const now = deps.clock.now();
  const to = changes.stage as Stage;
  const updated = await deps.leads.update(
    deps.actor.teamId,
    lead.id,
    { ...changes, stageChangedAt: now, closedAt: now, nextFollowUpOn: null, nextFollowUpTime: null },
    { ...activity, actorUserId: deps.actor.userId, fromStage: lead.stage, toStage: to, occurredAt: now },
    { expectedStage: lead.stage, expectedVersion: lead.version },
  );
  if (!updated) return lostRace(deps, lead);
  return updated;
}

/** Won: the lead's customer (客户档案) is found, or made for a new company, so a repeat order has one to join. */
export async function markWon(
  deps: ProgressDeps & { customerLinks: CustomerLinkRepository; form: { amount?: string | null } },
): Promise<ProgressResult<'amount'>> {
  const lead = await loadCurrent(deps);
  assertOpen(lead);
  const result = validateWonForm(deps.form, await leadCurrency(deps, lead));
  if (!result.ok) return result;
  const { amount } = result.value;
  const updated = await close(
    deps,
    lead,
    { stage: 'won', wonAmount: amount, lostReason: null, lostNote: null },
    { kind: 'won', details: { amount, currency: lead.currency } },
  );
  const link = await deps.customerLinks.linkWonLead(deps.actor.teamId, lead.id);
  return {
    ok: true,
    lead: { ...updated, customerId: link?.customerId ?? updated.customerId },
    change: { kind: 'won', amount },
  };
}

export async function markLost(
  deps: ProgressDeps & { form: { reason?: string | null; note?: string | null } },
): Promise<ProgressResult<'reason' | 'note'>> {
  const lead = await loadCurrent(deps);
  assertOpen(lead);
  const result = validateLostForm(deps.form);
  if (!result.ok) return result;
  const { reason, note } = result.value;
  const updated = await close(
    deps,
    lead,
    { stage: 'lost', lostReason: reason, lostNote: note, wonAmount: null },
    { kind: 'lost', note, details: { reason } },
  );
  return { ok: true, lead: updated, change: { kind: 'lost', reason, note } };
}
