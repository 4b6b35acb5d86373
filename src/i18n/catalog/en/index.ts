import { approvalsEn } from './approvals.js';
import { commonEn } from './common.js';
import { digestEn } from './digest.js';
import { followupsEn } from './followups.js';
import { leadProgressEn } from './lead-progress.js';
import { leadsEn } from './leads.js';
import { ledgerEn } from './ledger.js';
import { needsEn } from './needs.js';
import { teamEn } from './team.js';

/** One spread per feature file; each feature owns its own keys (prefixed with the feature name). */
export const en = {
  ...approvalsEn,
  ...commonEn,
  ...digestEn,
  ...followupsEn,
  ...leadsEn,
  ...ledgerEn,
  ...needsEn,
  ...leadProgressEn,
  ...teamEn,
} as const;

export type MessageKey = keyof typeof en;
