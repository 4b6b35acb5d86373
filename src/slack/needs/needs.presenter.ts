import type { AppDeps } from '../../deps.js';
import type { Lead } from '../../features/leads/leads.types.js';
import { needsStateOf } from '../../features/needs/needs.usecases.js';
import type { Actor } from '../../features/team/team.types.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { ACTIONS } from '../ids.js';
import { needsCardSections } from '../views/needs/needs-format.js';

/** The lead card's "Needs analysis" button, contributed through buildLeadCard's `extraButtons`. */
export function needsCardButton(t: Translate) {
  return { actionId: ACTIONS.leadNeedsAnalysis, label: t('leads.card.needsAnalysis') };
}

/** Suggested intent and the next three questions for the card, in the card reader's language. */
export async function needsCardExtras(
  deps: Pick<AppDeps, 'needs' | 'clock'>,
  actor: Actor,
  t: Translate,
  lead: Lead,
  locale: Locale = actor.locale,
): Promise<string[]> {
  return needsCardSections(await needsStateOf(deps, actor, lead, locale), t);
}
