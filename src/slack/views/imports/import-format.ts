import { columnLabelOf } from '../../../features/imports/import-kinds.js';
import type { ImportKindName, RowProblem } from '../../../features/imports/imports.types.js';
import type { DuplicateReason } from '../../../features/leads/lead-duplicates.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { escapeMrkdwn } from '../../mrkdwn.js';

/**
 * `Company: This field is required.` — the column as the kind names it, the message as its form says it. For
 * mrkdwn: what the problem quotes from the file (a code, a currency) is escaped.
 */
export function problemText(problem: RowProblem, t: Translate, kind: ImportKindName = 'leads'): string {
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? escapeMrkdwn(value) : value,
    ]),
  );
  return t('imports.problem', {
    field: columnLabelOf(kind, problem.field, t),
    message: t(problem.key as MessageKey, params),
  });
}

export function reasonsText(reasons: readonly DuplicateReason[], t: Translate): string {
  return reasons.map((reason) => t(`imports.reason.${reason}`)).join(', ');
}
