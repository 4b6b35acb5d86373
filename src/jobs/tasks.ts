import type { AppDeps } from '../deps.js';
import type { ScheduledTask } from './scheduler.types.js';
import { createApprovalReminderTask } from './tasks/approval-reminders.task.js';
import { createDigestTasks } from './tasks/digest.tasks.js';
import { createFollowUpReminderTask } from './tasks/follow-up-reminders.task.js';
import { createLeadCardThreadTask } from './tasks/lead-card-threads.task.js';
import { createLedgerTasks } from './tasks/ledger.tasks.js';
import { createQuoteExpiryTask } from './tasks/quote-expiry.task.js';
import { createServiceTargetsTask } from './tasks/service-targets.task.js';
import { createStoppedImportsTask } from './tasks/stopped-imports.task.js';
import { createTargetTasks } from './tasks/targets.tasks.js';
import { createTimedFollowUpTask } from './tasks/timed-follow-ups.task.js';

/**
 * Every feature's scheduled work, in one list the composition root hands to the scheduler. Add one line per
 * task: `createXTask(deps)`.
 */
export function createScheduledTasks(deps: AppDeps): ScheduledTask[] {
  return [
    createFollowUpReminderTask(deps),
    createTimedFollowUpTask(deps),
    ...createDigestTasks(deps),
    createApprovalReminderTask(deps),
    createLeadCardThreadTask(deps),
    ...createLedgerTasks(deps),
    ...createTargetTasks(deps),
    createStoppedImportsTask(deps),
    createQuoteExpiryTask(deps),
    createServiceTargetsTask(deps),
  ];
}
