import { createNotesAnalyzer } from './ai/analyze-notes.js';
import type { Config } from './config.js';
import { BACKGROUND_BUDGET, REQUEST_BUDGET, type TimeBudget } from './db/budgets.js';
import type { Database, Db } from './db/client.js';
import { withTimeBudget } from './db/time-budget.js';
import { createApprovalAuditRepository } from './features/approvals/approval-audit.repository.js';
import { createApprovalPolicyRepository } from './features/approvals/approval-policy.repository.js';
import { createApprovalReminderRepository } from './features/approvals/approval-reminders.repository.js';
import { createApprovalRepository } from './features/approvals/approvals.repository.js';
import { createLeadApprovalRepository } from './features/approvals/lead-approvals.repository.js';
import { createDigestRepository } from './features/digest/digest.repository.js';
import { createFollowUpRepository } from './features/followups/followups.repository.js';
import { createLeadRepository } from './features/leads/leads.repository.js';
import { createNeedsRepository } from './features/needs/needs.repository.js';
import { createProcessedEventRepository } from './features/team/processed-event.repository.js';
import { createTeamRepository } from './features/team/team.repository.js';
import { createOutboxRepository } from './jobs/outbox.repository.js';
import { createScheduledRunRepository } from './jobs/scheduled-runs.repository.js';
import type { Clock } from './lib/clock.js';
import type { Logger } from './logger.js';

/** Everything a listener or job may need, built once in the composition root. */
export interface AppDeps {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  teams: ReturnType<typeof createTeamRepository>;
  leads: ReturnType<typeof createLeadRepository>;
  needs: ReturnType<typeof createNeedsRepository>;
  /** Call notes → proposed needs answers: the AI when a key is set, else the deterministic extractor. */
  analyzeNotes: ReturnType<typeof createNotesAnalyzer>;
  processedEvents: ReturnType<typeof createProcessedEventRepository>;
  approvals: ReturnType<typeof createApprovalRepository>;
  approvalPolicies: ReturnType<typeof createApprovalPolicyRepository>;
  approvalAudit: ReturnType<typeof createApprovalAuditRepository>;
  approvalReminders: ReturnType<typeof createApprovalReminderRepository>;
  leadApprovals: ReturnType<typeof createLeadApprovalRepository>;
  followUps: ReturnType<typeof createFollowUpRepository>;
  digest: ReturnType<typeof createDigestRepository>;
  outbox: ReturnType<typeof createOutboxRepository>;
  scheduledRuns: ReturnType<typeof createScheduledRunRepository>;
}

interface DepsInput {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
}

/**
 * The request path's dependencies: every repository on the request pool, each call within `REQUEST_BUDGET`
 * (a slow or unreachable database becomes a `DatabaseError` the user reads as "try again").
 */
export function createDeps(input: DepsInput): AppDeps {
  return buildDeps(input, input.database.db, REQUEST_BUDGET);
}

/** The same dependencies for scheduled tasks, the digest and the outbox worker, within `BACKGROUND_BUDGET`. */
export function createBackgroundDeps(input: DepsInput): AppDeps {
  return buildDeps(input, input.database.backgroundDb, BACKGROUND_BUDGET);
}

function buildDeps(input: DepsInput, db: Db, budget: TimeBudget): AppDeps {
  const budgeted = <T extends object>(repository: T, name: string) =>
    withTimeBudget(repository, budget, name);
  return {
    ...input,
    db,
    teams: budgeted(createTeamRepository({ db }), 'teams'),
    leads: budgeted(createLeadRepository({ db }), 'leads'),
    needs: budgeted(createNeedsRepository({ db }), 'needs'),
    analyzeNotes: createNotesAnalyzer(input.config.openai, input.logger),
    processedEvents: budgeted(createProcessedEventRepository({ db }), 'processedEvents'),
    approvals: budgeted(createApprovalRepository({ db }), 'approvals'),
    approvalPolicies: budgeted(createApprovalPolicyRepository({ db }), 'approvalPolicies'),
    approvalAudit: budgeted(createApprovalAuditRepository({ db }), 'approvalAudit'),
    approvalReminders: budgeted(createApprovalReminderRepository({ db }), 'approvalReminders'),
    leadApprovals: budgeted(createLeadApprovalRepository({ db }), 'leadApprovals'),
    followUps: budgeted(createFollowUpRepository({ db }), 'followUps'),
    digest: budgeted(createDigestRepository({ db }), 'digest'),
    outbox: budgeted(createOutboxRepository({ db, clock: input.clock }), 'outbox'),
    scheduledRuns: budgeted(createScheduledRunRepository({ db }), 'scheduledRuns'),
  };
}
