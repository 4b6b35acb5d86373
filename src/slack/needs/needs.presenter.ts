import type { Translate } from '../../i18n/index.js';
import { ACTIONS } from '../ids.js';

/** The lead card's "Needs analysis" button, contributed through buildLeadCard's `extraButtons`. */
export function needsCardButton(t: Translate) {
  return { actionId: ACTIONS.leadNeedsAnalysis, label: t('leads.card.needsAnalysis') };
}
