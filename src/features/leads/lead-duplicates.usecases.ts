import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import type {
  DuplicateCandidate,
  DuplicateMatch,
  DuplicateReason,
  LeadDuplicateRepository,
} from './lead-duplicates.repository.js';
import { type FieldErrors, validateLeadInput } from './lead-input.js';
import type { Lead, LeadForm } from './leads.types.js';
import { createLead, type LeadDeps, leadCurrency, todayFor, visibleOwners } from './leads.usecases.js';

/**
 * "A very similar company name": trigram similarity of the company keys (legal forms and punctuation removed),
 * with the same numbers in both ("Store 5" is not "Store 6").
 */
export const COMPANY_SIMILARITY = 0.6;
export const MAX_DUPLICATES_SHOWN = 5;

/**
 * Leads of the team that look like the same customer as `candidate`: same normalized phone or email, or a very
 * similar company name; exact matches first. For every way a lead is saved (the form, the shortcut, an import,
 * an inbound lead); it returns every match with its owner, whoever asks: callers that show matches to a user
 * pass them through `duplicatesVisibleTo`.
 */
export async function findDuplicateLeads(deps: {
  leadDuplicates: LeadDuplicateRepository;
  teamId: string;
  candidate: DuplicateCandidate;
  limit?: number;
}): Promise<{ matches: DuplicateMatch[] }> {
  const [result] = await deps.leadDuplicates.findMatches(deps.teamId, [deps.candidate], {
    minSimilarity: COMPANY_SIMILARITY,
    perCandidate: deps.limit ?? MAX_DUPLICATES_SHOWN,
  });
  return { matches: result?.matches ?? [] };
}

/** A match as a user may see it: the lead itself if they may see it, otherwise only whose it is and why. */
export type VisibleDuplicate =
  | { visible: true; match: DuplicateMatch }
  | { visible: false; ownerUserId: string; reasons: DuplicateReason[] };

export function redactDuplicates(
  matches: readonly DuplicateMatch[],
  scope: 'all' | readonly string[],
): VisibleDuplicate[] {
  return matches.map((match) =>
    scope === 'all' || scope.includes(match.ownerUserId)
      ? { visible: true, match }
      : { visible: false, ownerUserId: match.ownerUserId, reasons: match.reasons },
  );
}

/**
 * The duplicate warning of the new-lead form: the matches, each shown as far as `actor` may see the lead (a rep
 * learns that a colleague already has this customer, and whom to ask, but not the colleague's lead itself).
 */
export async function duplicatesVisibleTo(deps: {
  leadDuplicates: LeadDuplicateRepository;
  teams: TeamRepository;
  actor: Actor;
  candidate: DuplicateCandidate;
}): Promise<{ duplicates: VisibleDuplicate[] }> {
  const { matches } = await findDuplicateLeads({ ...deps, teamId: deps.actor.teamId });
  if (matches.length === 0) return { duplicates: [] };
  return { duplicates: redactDuplicates(matches, await visibleOwners(deps)) };
}

/**
 * Saving the new-lead form (or the message shortcut's): unless the rep already confirmed it is a different
 * customer, a lead that looks like one the team has is not created; the matches come back instead, as far as the
 * rep may see them, so the form can ask "create anyway, or open the existing lead?".
 */
export async function createLeadUnlessDuplicate(
  deps: LeadDeps & {
    leadDuplicates: LeadDuplicateRepository;
    actor: Actor;
    form: LeadForm;
    confirmedNotDuplicate: boolean;
  },
): Promise<
  | { ok: true; lead: Lead }
  | { ok: false; errors: FieldErrors }
  | { ok: false; duplicates: VisibleDuplicate[] }
> {
  if (!deps.confirmedNotDuplicate) {
    const checked = validateLeadInput(deps.form, todayFor(deps.actor, deps.clock), await leadCurrency(deps));
    if (!checked.ok) return checked;
    const { duplicates } = await duplicatesVisibleTo({ ...deps, candidate: checked.value });
    if (duplicates.length) return { ok: false, duplicates };
  }
  return createLead(deps);
}
