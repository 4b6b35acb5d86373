import type { Translate } from '../../i18n/index.js';
import { formatMinor } from '../../lib/money/minor-units.js';
import type { CommissionLine } from './commission-statement.js';

/** Why a line's commission is held back or released, in the reader's language ("" when neither). */
export function commissionReason(
  line: Pick<CommissionLine, 'contractNumber' | 'currency' | 'overdue' | 'heldSince' | 'releasedMinor'>,
  t: Translate,
): string {
  if (line.overdue)
    return t('commission.reason.held', {
      number: line.contractNumber,
      amount: formatMinor(line.overdue.overdueMinor, line.currency),
      days: line.overdue.daysOverdue,
    });
  if (line.releasedMinor !== 0 && line.heldSince)
    return t('commission.reason.released', { month: line.heldSince });
  return '';
}
