import type { ContractCreditFlags } from '../../../features/approvals/approvals.types.js';
import type { CreditRating } from '../../../features/customers/credit-grade.js';
import type { Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { creditReason } from './credit-section.js';

/**
 * What a contract request's approvers read about the customer's credit: why finance is asked (amounts against the
 * limit, days overdue against the policy) and, to every approver, a grade D with its reason.
 */
export function creditGateLines(credit: ContractCreditFlags | null | undefined, t: Translate): string[] {
  if (!credit) return [];
  const lines: string[] = [];
  if (credit.grade === 'D')
    lines.push(
      t('credit.gate.gradeD', {
        reason: creditReason({ grade: credit.grade, reason: credit.reason } as CreditRating, t),
      }),
    );
  const { overLimit, limitCurrency, overdue } = credit;
  if (overLimit)
    lines.push(
      t('credit.gate.overLimit', {
        outstanding: formatMinor(overLimit.outstandingMinor, overLimit.currency),
        amount: formatMinor(overLimit.amountMinor, overLimit.currency),
        total: formatMinor(overLimit.outstandingMinor + overLimit.amountMinor, overLimit.currency),
        limit: formatMinor(overLimit.limitMinor, overLimit.currency),
      }),
    );
  if (limitCurrency) lines.push(t('credit.gate.limitCurrency', limitCurrency));
  if (overdue)
    lines.push(
      t('credit.gate.overdue', {
        amounts: overdue.amounts.map((a) => formatMinor(a.overdueMinor, a.currency)).join(' + '),
        days: overdue.days,
        maxDays: overdue.maxDays,
      }),
    );
  return lines;
}
