import { createNotesAnalyzer } from './ai/analyze-notes.js';
import type { Config } from './config.js';
import type { Database, Db } from './db/client.js';
import { createApprovalAuditRepository } from './features/approvals/approval-audit.repository.js';
import { createApprovalPolicyRepository } from './features/approvals/approval-policy.repository.js';
import { createApprovalReminderRepository } from './features/approvals/approval-reminders.repository.js';
import { createApprovalRepository } from './features/approvals/approvals.repository.js';
import { createDigestRepository } from './features/digest/digest.repository.js';
import { createFollowUpRepository } from './features/followups/followups.repository.js';
import { createImportRepository } from './features/imports/imports.repository.js';
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
 * After-ack work running at once, and waiting. Eight keeps a pool of ten connections busy without exhausting it
 * (the scheduler and outbox use the rest) and PGlite, which runs one query at a time, never far behind; past a
 * thousand waiting requests the next ones are told to try again rather than waiting minutes.
 */
const AFTER_ACK_LIMITS = { concurrency: 8, maxWaiting: 1000 };

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
  imports: ReturnType<typeof createImportRepository>;
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
  overdue: ReturnType<typeof createOverdueRepository>;
  ledgerReports: ReturnType<typeof createLedgerReportRepository>;
  outbox: ReturnType<typeof createOutboxRepository>;
  scheduledRuns: ReturnType<typeof createScheduledRunRepository>;
  targets: ReturnType<typeof createTargetRepository>;
  repNumbers: ReturnType<typeof createRepNumbersRepository>;
  dailyPlans: ReturnType<typeof createDailyPlanRepository>;
  targetSettings: ReturnType<typeof createTargetSettingsRepository>;
  /** Money collected per rep, for "collected" targets and the leaderboard: the contract ledger's answer. */
  collected: CollectedAmounts;
  /** Work done after Slack was acknowledged, with bounded concurrency (src/slack/requests/after-ack.ts). */
  afterAck: WorkQueue;
  /** Imports of files, one at a time on this instance, outside the after-ack queue (they take seconds). */
  importQueue: WorkQueue;
}

export function createDeps(input: {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
}): AppDeps {
  const { db } = input.database;
  const teams = withTeamCache(createTeamRepository({ db }), { clock: input.clock });
  const ledgerReports = createLedgerReportRepository({ db });
  return {
    ...input,
    db,
    teams,
    leads: createLeadRepository({ db }),
    leadDuplicates: createLeadDuplicateRepository({ db }),
    imports: createImportRepository({ db }),
    leadCards: createLeadCardRepository({ db }),
    needs: createNeedsRepository({ db }),
    analyzeNotes: createNotesAnalyzer(input.config.openai, input.logger),
    processedEvents: createProcessedEventRepository({ db }),
    approvals: createApprovalRepository({ db }),
    approvalPolicies: createApprovalPolicyRepository({ db }),
    approvalAudit: createApprovalAuditRepository({ db }),
    approvalReminders: createApprovalReminderRepository({ db }),
    followUps: createFollowUpRepository({ db }),
    digest: createDigestRepository({ db }),
    contracts: createContractRepository({ db }),
    contractMoves: createContractTransitions({ db }),
    payments: createPaymentRepository({ db }),
    invoices: createInvoiceRepository({ db }),
    financeSettings: createFinanceSettingsRepository({ db }),
    overdue: createOverdueRepository({ db }),
    ledgerReports,
    outbox: createOutboxRepository({ db, clock: input.clock }),
    scheduledRuns: createScheduledRunRepository({ db }),
    targets: createTargetRepository({ db }),
    repNumbers: createRepNumbersRepository({ db }),
    dailyPlans: createDailyPlanRepository({ db }),
    targetSettings: createTargetSettingsRepository({ db }),
    // Money collected per rep comes from the contract ledger: confirmed payments net of reversals.
    collected: collectedAmountsFromLedger({ ledgerReports, teams }),
    afterAck: createWorkQueue(AFTER_ACK_LIMITS),
    importQueue: createWorkQueue({ concurrency: 1, maxWaiting: 50 }),
  };
}
