import type { WaitingStep } from './approval-reminders.repository.js';
import { workingMinutesBetween } from './working-time.js';

export const REMINDER_TASK_KIND = 'approvals';

export type ReminderAction = { kind: 'remind' | 'escalate'; waiting: WaitingStep };

/**
 * What each waiting step needs at `now`, counting only the approver's working hours: escalation once the
 * escalation delay has passed (it also counts as the reminder), else one reminder after the reminder delay.
 */
export function reminderActions(waiting: WaitingStep[], now: Date): ReminderAction[] {
  const actions: ReminderAction[] = [];
  for (const item of waiting) {
    const { step } = item;
    if (!step.activatedAt) continue;
    const waited = workingMinutesBetween(step.activatedAt, now, item.approverTimezone, item.calendar);
    if (!step.escalatedAt && waited >= item.escalationDelayMinutes)
      actions.push({ kind: 'escalate', waiting: item });
    else if (!step.remindedAt && !step.escalatedAt && waited >= item.reminderDelayMinutes)
      actions.push({ kind: 'remind', waiting: item });
  }
  return actions;
}
