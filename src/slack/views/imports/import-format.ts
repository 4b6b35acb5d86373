import type { RowProblem } from '../../../features/imports/imports.types.js';
import type { DuplicateReason } from '../../../features/leads/lead-duplicates.types.js';
import type { Translate } from '../../../i18n/index.js';

/** `Company: This field is required.` — the field as the export names it, the message as the lead form says it. */
export function problemText(problem: RowProblem, t: Translate): string {
  return t('imports.problem', { field: t(`imports.column.${problem.field}`), message: t(problem.key) });
}

export function reasonsText(reasons: readonly DuplicateReason[], t: Translate): string {
  return reasons.map((reason) => t(`imports.reason.${reason}`)).join(', ');
}
