import { createNotesAnalyzer } from './ai/analyze-notes.js';
import type { Config } from './config.js';
import type { Database, Db } from './db/client.js';
import { createApprovalAuditRepository } from './features/approvals/approval-audit.repository.js';
import { createApprovalPolicyRepository } from './features/approvals/approval-policy.repository.js';
import { createApprovalReminderRepository } from './features/approvals/approval-reminders.repository.js';
import { createApprovalRepository } from './features/approvals/approvals.repository.js';
import { createDigestRepository } from './features/digest/digest.repository.js';
import { createFollowUpRepository } from './features/followups/followups.repository.js';
import { createInboundRepository } from './features/inbound/inbound.repository.js';
import { createHandoverRepository } from './features/leads/handover.repository.js';
import { createLeadCardRepository } from './features/leads/lead-card.repository.js';
import { createLeadRepository } from './features/leads/leads.repository.js';
import { createNeedsRepository } from './features/needs/needs.repository.js';
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
  outbox: ReturnType<typeof createOutboxRepository>;
  scheduledRuns: ReturnType<typeof createScheduledRunRepository>;
  /** Work done after Slack was acknowledged, with bounded concurrency (src/slack/requests/after-ack.ts). */
  afterAck: WorkQueue;
}

export function createDeps(input: {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
}): AppDeps {
  const { db } = input.database;
  return {
    ...input,
    db,
    teams: withTeamCache(createTeamRepository({ db }), { clock: input.clock }),
    leads: createLeadRepository({ db }),
    handovers: createHandoverRepository({ db }),
    inbound: createInboundRepository({ db }),
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
    outbox: createOutboxRepository({ db, clock: input.clock }),
    scheduledRuns: createScheduledRunRepository({ db }),
    afterAck: createWorkQueue(AFTER_ACK_LIMITS),
  };
}
