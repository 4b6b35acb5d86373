import { REQUEST_STATUSES } from '../../src/features/approvals/approval-states.types.js';
import * as approvals from '../../src/features/approvals/approvals.errors.js';
import * as approvalSettings from '../../src/features/approvals/settings.usecases.js';
import * as credit from '../../src/features/customers/credit.errors.js';
import * as customerMerge from '../../src/features/customers/customer-merge.errors.js';
import * as customers from '../../src/features/customers/customers.errors.js';
import * as digest from '../../src/features/digest/digest.errors.js';
import * as followups from '../../src/features/followups/followups.errors.js';
import * as imports from '../../src/features/imports/imports.errors.js';
import * as inbound from '../../src/features/inbound/inbound.errors.js';
import * as handover from '../../src/features/leads/handover.errors.js';
import * as leads from '../../src/features/leads/leads.errors.js';
import type { Lead } from '../../src/features/leads/leads.types.js';
import * as needs from '../../src/features/needs/needs.errors.js';
import type { PriceProblem } from '../../src/features/products/product-money.js';
import * as products from '../../src/features/products/products.errors.js';
import type { Product } from '../../src/features/products/products.types.js';
import * as quoteLogo from '../../src/features/quotes/quote-logo.errors.js';
import * as quotes from '../../src/features/quotes/quotes.errors.js';
import { QUOTE_STATUSES } from '../../src/features/quotes/quotes.types.js';
import * as revisits from '../../src/features/revisits/revisits.errors.js';
import { REVISIT_OUTCOMES } from '../../src/features/revisits/revisits.types.js';
import * as service from '../../src/features/service/service.errors.js';
import { SERVICE_STATUSES } from '../../src/features/service/service.types.js';
import * as targets from '../../src/features/targets/targets.errors.js';
import * as teamAdmin from '../../src/features/team/team-admin.errors.js';
import type { AppError } from '../../src/lib/errors.js';

/**
 * Every `*.errors.ts` module but the ledger's (which has its own test), by file; and the approval settings' two
 * refusals, which live with their use cases.
 */
export const ERROR_MODULES = {
  approvals,
  approvalSettings,
  credit,
  customerMerge,
  customers,
  digest,
  followups,
  imports,
  inbound,
  handover,
  leads,
  needs,
  products,
  quoteLogo,
  quotes,
  revisits,
  service,
  targets,
  teamAdmin,
} as const;

const lead = { id: 7, companyName: 'Acme', version: 3 } as Lead;
const product = { sku: 'PUMP-1', defaultPriceMinor: 1 } as Product & { defaultPriceMinor: number };
const priceProblems: PriceProblem[] = ['negative', 'zero', 'invalid', 'precision', 'currency', 'too_large'];
const at = new Date('2026-03-02T02:00:00Z');

/** One instance of every refusal of those modules, with every variant of its message. */
export const REFUSAL_SAMPLES: AppError[] = [
  new approvals.ApprovalNotFoundError(12),
  new approvals.NotApproverError('U_MGR'),
  new approvals.SelfApprovalError(),
  new approvals.AlreadyDecidedError('U_MGR', at),
  ...REQUEST_STATUSES.map((status) => new approvals.RequestClosedError(status)),
  new approvals.NotRequesterError('U_REP'),
  new approvals.MissingApproverError([{ role: 'manager', reason: 'no_manager' }]),
  new approvals.InvalidCounterOfferError(),
  new approvals.ChangesNotAvailableError(),
  new approvalSettings.PolicyNotAdminError(),
  ...(['self', 'date', 'past'] as const).map((reason) => new approvalSettings.InvalidDelegateError(reason)),
  new customers.CustomerNotFoundError('acme'),
  new customers.LeadAlreadyLinkedError(7),
  new customers.CustomerMergedError(34, 12),
  new credit.CreditFinanceOnlyError(),
  new credit.CreditLimitChangedError(12),
  new customerMerge.MergeNotAdminError(),
  new customerMerge.MergeSameCustomerError(12),
  new customerMerge.MergeAlreadyMergedError(34, 12),
  new customerMerge.MergeStaleError({
    kept: 12,
    merged: 34,
    leads: 5,
    leadsSeen: 4,
    contacts: 3,
    contactsSeen: 3,
  }),
  new service.ServiceRequestNotFoundError(9),
  new service.ServiceRequestClosedError(9, 'U_MGR', at),
  new service.ServiceRequestResolvedError(9, 'U_MGR', at),
  new service.ServiceOwnerArgumentError(),
  new service.ServiceTargetArgumentError(),
  ...SERVICE_STATUSES.map((status) => new service.ServiceRequestStateError(9, status)),
  new service.ServiceNoCustomerError(7),
  new revisits.RevisitNotFoundError(5),
  ...REVISIT_OUTCOMES.map((outcome) => new revisits.RevisitAlreadyLoggedError(5, 'U_MGR', at, outcome)),
  new revisits.RevisitChangedError(5),
  new revisits.RevisitPolicyInputError(),
  new digest.PipelineNotVisibleError('U_REP'),
  new digest.DigestAdminOnlyError(),
  new digest.SalesChannelMissingError('T1'),
  new followups.VacationInPastError('2026-01-01'),
  new followups.VacationTooFarError('2046-01-01'),
  new followups.NoLeadMatchesError('acme'),
  ...(['type', 'tooLarge', 'unreadable', 'empty', 'tooManyRows', 'noCompanyColumn'] as const).map(
    (problem) => new imports.ImportFileError(problem, { params: { megabytes: 10, max: 5000 } }),
  ),
  new imports.ImportNotFoundError(3),
  new imports.ImportAlreadyStartedError(3),
  new inbound.InboundNotSetUpError('T1'),
  new inbound.InboundPoolTooLargeError(60, 50),
  new handover.HandoverNotAllowedError('U_REP', 'U_OWNER', 'U_TO'),
  new handover.HandoverToSameOwnerError('U_OWNER'),
  new handover.HandoverConflictError(7),
  new leads.LeadNotFoundError(7),
  new leads.LeadNotEditableError(7),
  new leads.LeadClosedError(7),
  new leads.StaleLeadError(lead, []),
  new leads.StageNotAllowedError('won'),
  new needs.NeedsAdminOnlyError('add questions'),
  new needs.NeedsQuestionInvalidError('too long'),
  new needs.NeedsQuestionNotFoundError('q_1'),
  new needs.NeedsConflictError(7, new Error('unique')),
  new products.NotPriceListManagerError(),
  new products.ProductNotFoundError('PUMP'),
  new products.PriceListNotFoundError('Dealers'),
  new products.PriceListArchivedError({ name: 'Dealers' }),
  new products.PriceListNameTakenError('Dealers'),
  new products.DefaultListArchiveError({ name: 'Standard' }),
  ...priceProblems.map(
    (problem) =>
      new products.PriceInputError(`products.error.price.${problem}`, { currency: 'CNY', amount: '-5' }),
  ),
  new products.StaleProductError(product),
  new quoteLogo.QuoteLogoError('tooLarge', { kilobytes: 2048 }),
  new quoteLogo.QuoteLogoError('notImage'),
  new quoteLogo.QuoteLogoError('badSize', { width: 8, height: 8 }),
  new quoteLogo.QuoteLogoError('unreadable'),
  new quotes.QuoteNotFoundError('BJ-2026-0001'),
  new quotes.QuoteVersionNotFoundError('BJ-2026-0001', 2),
  ...QUOTE_STATUSES.map((status) => new quotes.QuoteStatusError(status, 'edit', 'BJ-2026-0001')),
  new quotes.NotQuoteOwnerError('U_OWNER'),
  new quotes.StaleQuoteError('BJ-2026-0001'),
  new quotes.QuoteLeadClosedError(lead.companyName, 'lost', lead.id),
  new quotes.QuoteLeadClosedError(lead.companyName, 'won', lead.id),
  new quotes.EmptyQuoteError('BJ-2026-0001'),
  new quotes.TooManyLinesError(201, 200),
  new quotes.QuoteLinesRejectedError([{ line: 2, text: 'no product X' }]),
  new quotes.NoPriceListError(),
  new quotes.QuotePricesChangedError('BJ-2026-0001', ['PUMP-1']),
  new quotes.QuoteExpiredError('BJ-2026-0001', '2026-01-31'),
  new quotes.DeclineReasonRequiredError(),
  new targets.TargetNotAllowedError('U_REP'),
  new targets.TargetsNotVisibleError('U_REP'),
  new targets.InvalidTargetAmountError('lots'),
  new targets.InvalidTargetPeriodError('calls', 'month'),
  new targets.InvalidPlanError('calls'),
  new targets.PlanChangedMeanwhileError('2026-03-02'),
  new targets.TargetSettingsAdminOnlyError(),
  new targets.InvalidEndOfDayTimeError('25:00'),
  new targets.PlanDateError('2026-01-01'),
  new teamAdmin.NotTeamAdminError('U_REP'),
  new teamAdmin.InvalidTimeZoneError('Mars/Base'),
  new teamAdmin.SelfReportError(),
  new teamAdmin.ReportingCycleError('U_REP', 'U_MGR'),
  new teamAdmin.InvalidChannelError('D123'),
  new teamAdmin.InvalidReminderTimeError('soon'),
];

/**
 * Messages that need no command, button or example of their own, and why. Keep it short: a refusal that is
 * not here names its next step.
 */
export const NO_NEXT_STEP_OF_ITS_OWN: Record<string, string> = {
  'leads.stale':
    'never shown alone: staleLeadText puts what changed under it, then the next step (the refreshed card or form)',
  'products.error.stale':
    'never shown alone: staleProductText puts who changed what under it, then the next step (the refreshed card or form)',
  'targets.error.planCount':
    'also an inline error under each count of the plan form (plain text): it names the values allowed, 0 to 999',
  'approvals.error.counterOffer':
    'mostly an inline error under the counter-offer box: “enter a discount lower than the one asked” is the value allowed',
  'quotes.error.declineReason':
    'an inline error under the reason box of the decline form: “say why the customer declined” is the step',
  ...Object.fromEntries(
    priceProblems.map((problem) => [
      `products.error.price.${problem}`,
      'also an inline error under the product form’s price box (plain text): it names the allowed price in words',
    ]),
  ),
};
