import { createNotesAnalyzer } from './ai/analyze-notes.js';
import type { Config } from './config.js';
import { BACKGROUND_BUDGET, REQUEST_BUDGET, type TimeBudget } from './db/budgets.js';
import type { Database, Db } from './db/client.js';
import { withTimeBudget } from './db/time-budget.js';
import { createApprovalAuditRepository } from './features/approvals/approval-audit.repository.js';
import { createApprovalPolicyRepository } from './features/approvals/approval-policy.repository.js';
import { createApprovalReminderRepository } from './features/approvals/approval-reminders.repository.js';
import { createApprovalRepository } from './features/approvals/approvals.repository.js';
import { createCreditRepository } from './features/customers/credit.repository.js';
import { createCustomerExportRepository } from './features/customers/customer-export.repository.js';
import { createCustomerImportRepository } from './features/customers/customer-import.repository.js';
import { createCustomerLinkRepository } from './features/customers/customer-links.repository.js';
import { createCustomerMergeRepository } from './features/customers/customer-merge.repository.js';
import { createCustomerRepository } from './features/customers/customers.repository.js';
import { createDigestRepository } from './features/digest/digest.repository.js';
import { createFollowUpRepository } from './features/followups/followups.repository.js';
import { createHomeRepository } from './features/home/home.repository.js';
import { createHomeViewRepository } from './features/home/home-views.repository.js';
import { createImportRepository } from './features/imports/imports.repository.js';
import { createInboundRepository } from './features/inbound/inbound.repository.js';
import { createHandoverRepository } from './features/leads/handover.repository.js';
import { createLeadCardRepository } from './features/leads/lead-card.repository.js';
import { createLeadDuplicateRepository } from './features/leads/lead-duplicates.repository.js';
import { createLeadRepository } from './features/leads/leads.repository.js';
import { createContractTransitions } from './features/ledger/contract-transitions.repository.js';
import { createContractRepository } from './features/ledger/contracts.repository.js';
import { createFinanceSettingsRepository } from './features/ledger/finance-settings.repository.js';
import { createInvoiceRepository } from './features/ledger/invoices.repository.js';
import { createLedgerReportRepository } from './features/ledger/ledger-reports.repository.js';
import { collectedAmountsFromLedger } from './features/ledger/ledger-reports.usecases.js';
import { createOverdueRepository } from './features/ledger/overdue.repository.js';
import { createPaymentRepository } from './features/ledger/payments.repository.js';
import { createNeedsRepository } from './features/needs/needs.repository.js';
import { createPriceListRepository } from './features/products/price-lists.repository.js';
import { createProductRepository } from './features/products/products.repository.js';
import { createQuoteLogoRepository } from './features/quotes/quote-logo.repository.js';
import { createQuotePricingRepository } from './features/quotes/quote-pricing.repository.js';
import { lazyQuoteRenderer, type RenderQuotePdf } from './features/quotes/quote-renderer.js';
import { createQuoteRepository } from './features/quotes/quotes.repository.js';
import { createRevisitRepository } from './features/revisits/revisits.repository.js';
import { createServiceRepository } from './features/service/service.repository.js';
import { createServiceNoticeRepository } from './features/service/service-notices.repository.js';
import { createServiceTransitions } from './features/service/service-transitions.repository.js';
import type { CollectedAmounts } from './features/targets/collected-amounts.js';
import { createDailyPlanRepository } from './features/targets/daily-plans.repository.js';
import { createRepNumbersRepository } from './features/targets/rep-numbers.repository.js';
import { createTargetSettingsRepository } from './features/targets/target-settings.repository.js';
import { createTargetRepository } from './features/targets/targets.repository.js';
import { createProcessedEventRepository } from './features/team/processed-event.repository.js';
import { createTeamRepository } from './features/team/team.repository.js';
import { withTeamCache } from './features/team/team-cache.js';
import { createOutboxRepository } from './jobs/outbox.repository.js';
import { createScheduledRunRepository } from './jobs/scheduled-runs.repository.js';
import type { Clock } from './lib/clock.js';
import { createWorkQueue, type WorkQueue } from './lib/work-queue.js';
import type { Logger } from './logger.js';

/**
 * After-ack work running at once, and waiting (BENCHMARKS.md, request path). PGlite runs one query at a time on
 * the event loop's own thread, and queries queued behind one another run back to back without letting an
 * acknowledgement through: two at once measured an ack p99 of 39 ms at 300 requests/s against 2.1 s with eight,
 * at the same throughput. On Postgres four at once measured better than eight on two cores (ack max 67 ms against
 * 542 ms at 600 requests/s, 286 replies/s against 267). Past a thousand waiting requests the next ones are told to
 * try again rather than waiting minutes.
 */
const afterAckLimits = (store: Database['kind']) => ({
  concurrency: store === 'pglite' ? 2 : 4,
  maxWaiting: 1000,
});

/**
 * The quote PDF renderer (src/features/quotes/pdf/), imported on the first send only: its fonts and layout code stay
 * out of an idle app's memory. One loader per process.
 */
const loadQuoteRenderer = lazyQuoteRenderer(() => import('./features/quotes/pdf/index.js'));

/** Everything a listener or job may need, built once in the composition root. */
export interface AppDeps {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  teams: ReturnType<typeof createTeamRepository>;
  leads: ReturnType<typeof createLeadRepository>;
  /** Duplicate matching (phone, email, look-alike company) for every way a lead is saved. */
  leadDuplicates: ReturnType<typeof createLeadDuplicateRepository>;
  /** Links a won lead to its customer (客户档案), making one for a new company. */
  customerLinks: ReturnType<typeof createCustomerLinkRepository>;
  /** The customer file (客户档案): search, the card's reads, confirming a lead's customer. */
  customers: ReturnType<typeof createCustomerRepository>;
  /** Customers' credit: payment history for the grade, limits, finance's credit policy. */
  credit: ReturnType<typeof createCreditRepository>;
  /** Merging two customers (admins), with its audit. */
  customerMerges: ReturnType<typeof createCustomerMergeRepository>;
  /** The customer export's pages (customers with contacts and money per currency). */
  customerExports: ReturnType<typeof createCustomerExportRepository>;
  /** A customer import's matching and writes. */
  customerImports: ReturnType<typeof createCustomerImportRepository>;
  imports: ReturnType<typeof createImportRepository>;
  handovers: ReturnType<typeof createHandoverRepository>;
  inbound: ReturnType<typeof createInboundRepository>;
  leadCards: ReturnType<typeof createLeadCardRepository>;
  needs: ReturnType<typeof createNeedsRepository>;
  /** Call notes → proposed needs answers: the AI when a key is set, else the deterministic extractor. */
  analyzeNotes: ReturnType<typeof createNotesAnalyzer>;
  processedEvents: ReturnType<typeof createProcessedEventRepository>;
  approvals: ReturnType<typeof createApprovalRepository>;
  approvalPolicies: ReturnType<typeof createApprovalPolicyRepository>;
  approvalAudit: ReturnType<typeof createApprovalAuditRepository>;
  approvalReminders: ReturnType<typeof createApprovalReminderRepository>;
  followUps: ReturnType<typeof createFollowUpRepository>;
  digest: ReturnType<typeof createDigestRepository>;
  contracts: ReturnType<typeof createContractRepository>;
  contractMoves: ReturnType<typeof createContractTransitions>;
  payments: ReturnType<typeof createPaymentRepository>;
  invoices: ReturnType<typeof createInvoiceRepository>;
  financeSettings: ReturnType<typeof createFinanceSettingsRepository>;
  /** After-sales service requests (售后服务), the team's service policy, and their status moves. */
  service: ReturnType<typeof createServiceRepository>;
  /** Revisits (定期回访) delivered contracts scheduled: the morning DM's, the card's, logging one. */
  revisits: ReturnType<typeof createRevisitRepository>;
  serviceMoves: ReturnType<typeof createServiceTransitions>;
  /** The service targets' reminders and escalations, each marked sent once. */
  serviceNotices: ReturnType<typeof createServiceNoticeRepository>;
  overdue: ReturnType<typeof createOverdueRepository>;
  ledgerReports: ReturnType<typeof createLedgerReportRepository>;
  outbox: ReturnType<typeof createOutboxRepository>;
  scheduledRuns: ReturnType<typeof createScheduledRunRepository>;
  targets: ReturnType<typeof createTargetRepository>;
  repNumbers: ReturnType<typeof createRepNumbersRepository>;
  dailyPlans: ReturnType<typeof createDailyPlanRepository>;
  /** The Home tab's own reads: finance's queues with their true counts. */
  home: ReturnType<typeof createHomeRepository>;
  /** Who has opened Home and whose Home is stale (the debounced refresh, src/jobs/home-refresher.ts). */
  homeViews: ReturnType<typeof createHomeViewRepository>;
  targetSettings: ReturnType<typeof createTargetSettingsRepository>;
  quotes: ReturnType<typeof createQuoteRepository>;
  /** The quotes' read-only view of the price list. */
  quotePricing: ReturnType<typeof createQuotePricingRepository>;
  /** The team's logo on its quote PDFs. */
  quoteLogos: ReturnType<typeof createQuoteLogoRepository>;
  /** The quote PDF renderer, loaded on first use (src/features/quotes/quote-renderer.ts). */
  renderQuotePdf: RenderQuotePdf;
  /** The price list: products with their prices per list, and the lists themselves. */
  products: ReturnType<typeof createProductRepository>;
  priceLists: ReturnType<typeof createPriceListRepository>;
  /** Money collected per rep, for "collected" targets and the leaderboard: the contract ledger's answer. */
  collected: CollectedAmounts;
  /** Work done after Slack was acknowledged, with bounded concurrency (src/slack/requests/after-ack.ts). */
  afterAck: WorkQueue;
  /** Imports of files, one at a time on this instance, outside the after-ack queue (they take seconds). */
  importQueue: WorkQueue;
  /**
   * The same dependencies on the background budget (long work started by a request, such as an import, runs
   * on these rather than on the request path's few seconds). Background dependencies return themselves.
   */
  background: () => AppDeps;
}

interface DepsInput {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
  /** Tests may hand in their own renderer; the app loads the real one on first use. */
  renderQuotePdf?: RenderQuotePdf;
}

/**
 * The request path's dependencies: every repository on the request pool, each call within `REQUEST_BUDGET`
 * (a slow or unreachable database becomes a `DatabaseError` the user reads as "try again").
 */
export function createDeps(input: DepsInput): AppDeps {
  const deps = buildDeps(input, input.database.db, REQUEST_BUDGET);
  let background: AppDeps | undefined;
  deps.background = () => {
    background ??= createBackgroundDeps(input, deps);
    return background;
  };
  return deps;
}

/**
 * The same dependencies for scheduled tasks, the digest and the outbox worker, within `BACKGROUND_BUDGET`.
 * Teams and members are the exception: they go through the request path's `teams`, so there is one team cache
 * on this instance and a write from a job forgets the cached team for the request path too (those reads are
 * small; the request budget suits them). Without `requestDeps` (a script with no request path) they are its own.
 */
export function createBackgroundDeps(input: DepsInput, requestDeps?: Pick<AppDeps, 'teams'>): AppDeps {
  const deps = buildDeps(input, input.database.backgroundDb, BACKGROUND_BUDGET);
  return requestDeps ? { ...deps, teams: requestDeps.teams } : deps;
}

function buildDeps(input: DepsInput, db: Db, budget: TimeBudget): AppDeps {
  const budgeted = <T extends object>(repository: T, name: string) =>
    withTimeBudget(repository, budget, name);
  // The budget wraps the database calls; the team cache sits in front of it, so a cache hit costs nothing.
  const teams = withTeamCache(budgeted(createTeamRepository({ db }), 'teams'), { clock: input.clock });
  const ledgerReports = budgeted(createLedgerReportRepository({ db }), 'ledgerReports');
  const deps: AppDeps = {
    ...input,
    db,
    teams,
    leads: budgeted(createLeadRepository({ db }), 'leads'),
    leadDuplicates: budgeted(createLeadDuplicateRepository({ db }), 'leadDuplicates'),
    customerLinks: budgeted(createCustomerLinkRepository({ db }), 'customerLinks'),
    customers: budgeted(createCustomerRepository({ db }), 'customers'),
    credit: budgeted(createCreditRepository({ db }), 'credit'),
    customerMerges: budgeted(createCustomerMergeRepository({ db }), 'customerMerges'),
    customerExports: budgeted(createCustomerExportRepository({ db }), 'customerExports'),
    customerImports: budgeted(createCustomerImportRepository({ db }), 'customerImports'),
    imports: budgeted(createImportRepository({ db }), 'imports'),
    handovers: budgeted(createHandoverRepository({ db }), 'handovers'),
    inbound: budgeted(createInboundRepository({ db }), 'inbound'),
    leadCards: budgeted(createLeadCardRepository({ db }), 'leadCards'),
    needs: budgeted(createNeedsRepository({ db }), 'needs'),
    analyzeNotes: createNotesAnalyzer(input.config.openai, input.logger),
    processedEvents: budgeted(createProcessedEventRepository({ db }), 'processedEvents'),
    approvals: budgeted(createApprovalRepository({ db }), 'approvals'),
    approvalPolicies: budgeted(createApprovalPolicyRepository({ db }), 'approvalPolicies'),
    approvalAudit: budgeted(createApprovalAuditRepository({ db }), 'approvalAudit'),
    approvalReminders: budgeted(createApprovalReminderRepository({ db }), 'approvalReminders'),
    followUps: budgeted(createFollowUpRepository({ db }), 'followUps'),
    digest: budgeted(createDigestRepository({ db }), 'digest'),
    contracts: budgeted(createContractRepository({ db }), 'contracts'),
    contractMoves: budgeted(createContractTransitions({ db }), 'contractMoves'),
    payments: budgeted(createPaymentRepository({ db }), 'payments'),
    invoices: budgeted(createInvoiceRepository({ db }), 'invoices'),
    financeSettings: budgeted(createFinanceSettingsRepository({ db }), 'financeSettings'),
    overdue: budgeted(createOverdueRepository({ db }), 'overdue'),
    ledgerReports,
    service: budgeted(createServiceRepository({ db }), 'service'),
    revisits: budgeted(createRevisitRepository({ db }), 'revisits'),
    serviceMoves: budgeted(createServiceTransitions({ db }), 'serviceMoves'),
    serviceNotices: budgeted(createServiceNoticeRepository({ db }), 'serviceNotices'),
    outbox: budgeted(createOutboxRepository({ db, clock: input.clock }), 'outbox'),
    scheduledRuns: budgeted(createScheduledRunRepository({ db }), 'scheduledRuns'),
    targets: budgeted(createTargetRepository({ db }), 'targets'),
    repNumbers: budgeted(createRepNumbersRepository({ db }), 'repNumbers'),
    dailyPlans: budgeted(createDailyPlanRepository({ db }), 'dailyPlans'),
    home: budgeted(createHomeRepository({ db }), 'home'),
    homeViews: budgeted(createHomeViewRepository({ db }), 'homeViews'),
    targetSettings: budgeted(createTargetSettingsRepository({ db }), 'targetSettings'),
    quotes: budgeted(createQuoteRepository({ db }), 'quotes'),
    quotePricing: budgeted(createQuotePricingRepository({ db }), 'quotePricing'),
    quoteLogos: budgeted(createQuoteLogoRepository({ db }), 'quoteLogos'),
    renderQuotePdf: input.renderQuotePdf ?? loadQuoteRenderer,
    products: budgeted(createProductRepository({ db }), 'products'),
    priceLists: budgeted(createPriceListRepository({ db }), 'priceLists'),
    // Money collected per rep comes from the contract ledger: confirmed payments net of reversals.
    collected: collectedAmountsFromLedger({ ledgerReports, teams }),
    afterAck: createWorkQueue(afterAckLimits(input.database.kind)),
    importQueue: createWorkQueue({ concurrency: 1, maxWaiting: 50 }),
    background: () => deps,
  };
  return deps;
}
