import type { Translate } from '../../i18n/index.js';
import { ACTIONS } from '../ids.js';

/** The deal desk's buttons on the lead card: ask for a discount or for contract approval. */
export function approvalCardButtons(t: Translate): { actionId: string; label: string }[] {
  return [
    { actionId: ACTIONS.leadRequestDiscount, label: t('approvals.card.requestDiscount') },
    { actionId: ACTIONS.leadRequestContract, label: t('approvals.card.requestContract') },
  ];
}
