import { numberToMinor } from '../../lib/money/minor-units.js';
import type { ContractCreditFlags, ContractDetails } from '../approvals/approvals.types.js';
import type { CreditRepository } from './credit.repository.js';
import { rateCredit } from './credit-grade.js';

/**
 * The contract request gate (资信审核): what the customer's credit says about a contract of `details` for the
 * lead's customer, as of `today`. Null when there is nothing to tell an approver (no customer yet, within its
 * limit, nothing overdue past finance's policy, grade above D). The flags travel with the request, so every
 * approver reads the same amounts and days, and routing adds the finance step from them.
 */
export async function contractCreditFlags(
  deps: { credit: CreditRepository },
  input: { teamId: string; customerId: number | null; details: ContractDetails; today: string },
): Promise<ContractCreditFlags | null> {
  const { teamId, customerId, details } = input;
  if (customerId === null) return null;
  const [history, limit, policy] = await Promise.all([
    deps.credit.history(teamId, customerId, input.today),
    deps.credit.limit(teamId, customerId),
    deps.credit.policy(teamId),
  ]);
  const rating = rateCredit(history);
  const amountMinor = numberToMinor(details.amount, details.currency) ?? 0;
  let overLimit: ContractCreditFlags['overLimit'] = null;
  let limitCurrency: ContractCreditFlags['limitCurrency'] = null;
  if (limit?.limitMinor != null && limit.currency) {
    if (limit.currency !== details.currency)
      limitCurrency = { limitCurrency: limit.currency, currency: details.currency };
    else {
      const outstandingMinor = Math.max(
        0,
        history.money.find((m) => m.currency === details.currency)?.outstandingMinor ?? 0,
      );
      if (outstandingMinor + amountMinor > limit.limitMinor)
        overLimit = {
          currency: details.currency,
          outstandingMinor,
          amountMinor,
          limitMinor: limit.limitMinor,
        };
    }
  }
  const overdue =
    history.worstOpenDaysOverdue > policy.overdueDays
      ? {
          days: history.worstOpenDaysOverdue,
          maxDays: policy.overdueDays,
          amounts: history.money
            .filter((m) => m.overdueMinor > 0)
            .map((m) => ({ currency: m.currency, overdueMinor: m.overdueMinor })),
        }
      : null;
  if (!overLimit && !limitCurrency && !overdue && rating.grade !== 'D') return null;
  return { grade: rating.grade, reason: rating.reason, overLimit, limitCurrency, overdue };
}
