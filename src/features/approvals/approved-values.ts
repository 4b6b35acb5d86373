import type { LeadApproval } from './approvals.repository.js';
import type { ApprovalDetails } from './approvals.types.js';

/** What a final approval writes on the lead (discounts and contracts); ledger paperwork writes nothing there. */
export function leadApprovalOf(details: ApprovalDetails, discountPercent?: number): LeadApproval | undefined {
  if (details.kind === 'discount') return { approvedDiscountPercent: discountPercent ?? details.percent };
  if (details.kind === 'contract') return { approvedContractAmount: details.amount };
  return undefined;
}

/** The value a request approves as asked: the percent, the contract amount, the invoice or sheet total (minor). */
export function approvedValueOf(details: ApprovalDetails): number {
  if (details.kind === 'discount') return details.percent;
  if (details.kind === 'contract') return details.amount;
  if (details.kind === 'invoice') return details.amountMinor;
  if (details.kind === 'quote') return details.totalMinor;
  return details.totals.reduce((sum, total) => sum + total.commissionMinor, 0);
}
