import type { CreditRepository } from '../customers/credit.repository.js';
import { contractCreditFlags } from '../customers/credit-gate.js';
import type { Lead } from '../leads/leads.types.js';
import type { ApprovalDetails, ContractDetails } from './approvals.types.js';

/**
 * What a rep's request stores, from its validated form: a contract keeps the quote it came from and carries what
 * the customer's credit says (the finance step and the approvers' warning follow from it). Read on every
 * submission and revision, so a revised amount is measured against the limit again.
 */
export async function requestDetails(
  deps: { credit: CreditRepository },
  input: { lead: Lead; value: ApprovalDetails; origin: ContractDetails['quote']; today: string },
): Promise<ApprovalDetails> {
  const { lead, value, origin } = input;
  if (value.kind !== 'contract') return value;
  const withQuote: ContractDetails = origin ? { ...value, quote: origin } : value;
  const credit = await contractCreditFlags(deps, {
    teamId: lead.teamId,
    customerId: lead.customerId,
    details: withQuote,
    today: input.today,
  });
  return credit ? { ...withQuote, credit } : withQuote;
}
