import type { Clock } from '../../lib/clock.js';
import { localDate } from '../../lib/time-zone.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import { nextWorkingDay } from '../team/work-calendar.js';
import { type FieldErrors, validateLeadInput } from './lead-input.js';
import { assertSeenCurrent, refuseLostRace, type SeenVersion } from './lead-versions.js';
import { LeadClosedError, LeadNotFoundError } from './leads.errors.js';
import type { LeadChanges, LeadQuery, LeadRepository, OwnerScope } from './leads.repository.js';
import type { Lead, LeadForm, LeadInput, LeadListFilter } from './leads.types.js';

export interface LeadDeps {
  leads: LeadRepository;
  teams: TeamRepository;
  clock: Clock;
}

export const LEAD_PAGE_SIZE = 20;
export const CARD_ACTIVITY_COUNT = 5;

/** A rep sees their own leads, a manager or director also their reports', an admin everything. */
export async function visibleOwners({
  teams,
  actor,
}: {
  teams: TeamRepository;
  actor: Actor;
}): Promise<OwnerScope> {
  if (actor.isAdmin) return 'all';
  if (actor.role === 'manager' || actor.role === 'director') {
    return [actor.userId, ...(await teams.listReportIds(actor.teamId, actor.userId))];
  }
  return [actor.userId];
}

function canSee(scope: OwnerScope, lead: Lead): boolean {
  return scope === 'all' || scope.includes(lead.ownerUserId);
}

/** The lead if the actor may see it; otherwise "not found", exactly as if it did not exist. */
export async function loadVisibleLead(deps: LeadDeps & { actor: Actor; leadId: number }): Promise<Lead> {
  const lead = Number.isSafeInteger(deps.leadId)
    ? await deps.leads.findById(deps.actor.teamId, deps.leadId)
    : undefined;
  if (!lead || !canSee(await visibleOwners(deps), lead)) throw new LeadNotFoundError(deps.leadId);
  return lead;
}

export function todayFor(actor: Actor, clock: Clock): string {
  return localDate(clock.now(), actor.timezone);
}

/** Defaults shown in an empty new-lead form: follow up on the next working day, in the team's currency. */
export function newLeadDefaults({ actor, team, clock }: { actor: Actor; team: Team; clock: Clock }) {
  return {
    nextFollowUpOn: nextWorkingDay(todayFor(actor, clock), team),
    currency: team.currency,
  };
}

/** The currency a lead's amounts are in when a form names none: the lead's own, else the team's. */
export async function leadCurrency(deps: LeadDeps & { actor: Actor }, lead?: Lead): Promise<string> {
  return lead?.currency ?? (await deps.teams.ensureTeam(deps.actor.teamId)).currency;
}

export async function createLead(
  deps: LeadDeps & { actor: Actor; form: LeadForm },
): Promise<{ ok: true; lead: Lead } | { ok: false; errors: FieldErrors }> {
  const { actor, clock } = deps;
  const result = validateLeadInput(deps.form, todayFor(actor, clock), await leadCurrency(deps));
  if (!result.ok) return result;
  const lead = await deps.leads.create(actor.teamId, actor.userId, result.value, {
    actorUserId: actor.userId,
    kind: 'created',
    toStage: 'new',
    occurredAt: clock.now(),
  });
  return { ok: true, lead };
}

const SEARCH_FIELDS = ['companyName', 'contactName', 'phone', 'email'] as const;

/**
 * Saves the fields the form changed, and only those, on the version the form was built from (`seen`): a form
 * opened before someone else's change is refused with what changed, never saved over it. A closed lead keeps no
 * follow-up.
 */
export async function editLead(
  deps: LeadDeps & { actor: Actor; leadId: number; form: LeadForm; seen?: SeenVersion },
): Promise<{ ok: true; lead: Lead; changed: (keyof LeadInput)[] } | { ok: false; errors: FieldErrors }> {
  const { actor, clock } = deps;
  const lead = await loadVisibleLead(deps);
  await assertSeenCurrent(deps, lead, deps.seen);
  const today = todayFor(actor, clock);
  // An overdue follow-up may be kept as it is: editing the phone number must not force a new date.
  const earliestFollowUp = lead.nextFollowUpOn && lead.nextFollowUpOn < today ? lead.nextFollowUpOn : today;
  const result = validateLeadInput(deps.form, earliestFollowUp, await leadCurrency(deps, lead));
  if (!result.ok) return result;
  const changed = (Object.keys(result.value) as (keyof LeadInput)[]).filter(
    (field) => lead[field] !== result.value[field],
  );
  if (changed.length === 0) return { ok: true, lead, changed };
  const closed = lead.stage === 'won' || lead.stage === 'lost';
  if (closed && changed.includes('nextFollowUpOn') && result.value.nextFollowUpOn !== null)
    return { ok: false, errors: { nextFollowUpOn: 'leads.error.closedFollowUp' } };
  const changes: LeadChanges = Object.fromEntries(changed.map((field) => [field, result.value[field]]));
  // The form has no time field: a new follow-up date drops the old date's time.
  if (changed.includes('nextFollowUpOn')) changes.nextFollowUpTime = null;
  // Search text is made of all four search fields: send them together so it is rebuilt whole.
  if (SEARCH_FIELDS.some((field) => changed.includes(field)))
    for (const field of SEARCH_FIELDS) changes[field] = result.value[field] as never;
  const updated = await deps.leads.update(
    actor.teamId,
    lead.id,
    changes,
    { actorUserId: actor.userId, kind: 'edited', details: { fields: changed }, occurredAt: clock.now() },
    { expectedVersion: lead.version },
  );
  if (!updated) return refuseLostRace(deps, lead.id, deps.seen ?? lead, () => new LeadNotFoundError(lead.id));
  return { ok: true, lead: updated, changed };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The team's stale threshold in days (an admin setting, 7 by default). */
async function staleAfterDays(deps: Pick<LeadDeps, 'teams'>, actor: Actor): Promise<number> {
  return (await deps.teams.ensureTeam(actor.teamId)).staleAfterDays;
}

/** What a list filter asks the repository for, within what the actor may see (`/lead list`, `/lead export`). */
export async function leadQueryFor(
  deps: LeadDeps & { actor: Actor; filter: LeadListFilter },
): Promise<Omit<LeadQuery, 'limit' | 'offset'>> {
  const { actor, filter, clock } = deps;
  const scope = await visibleOwners(deps);
  const stale =
    filter.kind === 'stale'
      ? {
          staleBefore: new Date(clock.now().getTime() - (await staleAfterDays(deps, actor)) * DAY_MS),
          today: todayFor(actor, clock),
        }
      : undefined;
  return {
    owners: filter.kind === 'mine' ? [actor.userId] : scope,
    text: filter.kind === 'search' ? filter.text : undefined,
    stages: filter.kind === 'stage' ? [filter.stage] : undefined,
    stale,
  };
}

export async function listLeads(
  deps: LeadDeps & { actor: Actor; filter: LeadListFilter; page?: number },
): Promise<{ leads: Lead[]; total: number; page: number; pageCount: number }> {
  const page = Math.max(0, deps.page ?? 0);
  const { leads, total } = await deps.leads.query(deps.actor.teamId, {
    ...(await leadQueryFor(deps)),
    limit: LEAD_PAGE_SIZE,
    offset: page * LEAD_PAGE_SIZE,
  });
  return { leads, total, page, pageCount: Math.max(1, Math.ceil(total / LEAD_PAGE_SIZE)) };
}

/** Closed leads (won / lost) can still be read, but only reopened by moving their stage. */
export function assertOpen(lead: Lead): void {
  if (lead.stage === 'won' || lead.stage === 'lost') throw new LeadClosedError(lead.id);
}
