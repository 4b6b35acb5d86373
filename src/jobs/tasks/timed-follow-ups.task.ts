import type { FollowUpRepository } from '../../features/followups/followups.repository.js';
import {
  dueTimedReminders,
  stillDueLead,
  TIMED_REMINDER_KIND,
  type TimedReminderPayload,
} from '../../features/followups/timed-follow-ups.usecases.js';
import type { LeadRepository } from '../../features/leads/leads.repository.js';
import { translator } from '../../i18n/index.js';
import { buildTimedFollowUpReminder } from '../../slack/views/followups/follow-up-reminder.js';
import type { OutboxRepository } from '../outbox.repository.js';
import type { ScheduledTask } from '../scheduler.types.js';

/**
 * A DM at the time of day a follow-up was set for (see timed-follow-ups.usecases.ts), once per follow-up and day:
 * the run key is the follow-up, the outbox key derives from it.
 */
export function createTimedFollowUpTask(deps: {
  leads: LeadRepository;
  followUps: FollowUpRepository;
  outbox: OutboxRepository;
}): ScheduledTask {
  return {
    kind: TIMED_REMINDER_KIND,
    due: (now) => dueTimedReminders({ followUps: deps.followUps, now }),
    async run(run, now) {
      const payload = run.payload as TimedReminderPayload;
      const lead = await stillDueLead({ leads: deps.leads, teamId: run.teamId, payload });
      if (!lead) return;
      const message = buildTimedFollowUpReminder({ lead, t: translator(payload.locale) });
      await deps.outbox.enqueue([
        {
          teamId: run.teamId,
          idempotencyKey: `${run.key}:dm`,
          method: 'chat.postMessage',
          payload: { channel: payload.userId, ...message, unfurl_links: false },
          notBefore: now,
        },
      ]);
    },
  };
}
