import type { FollowUpRepository } from '../../features/followups/followups.repository.js';
import {
  dueList,
  dueReminders,
  REMINDER_KIND,
  type ReminderPayload,
} from '../../features/followups/followups.usecases.js';
import type { LeadRepository } from '../../features/leads/leads.repository.js';
import { translator } from '../../i18n/index.js';
import { buildFollowUpReminder } from '../../slack/views/followups/follow-up-reminder.js';
import type { OutboxRepository } from '../outbox.repository.js';
import type { ScheduledTask } from '../scheduler.types.js';

/**
 * Each rep's morning DM of follow-ups, at their reminder time in their own zone (see `reminderFor`). The run
 * reads the leads when it runs, so a catch-up at 11:00 lists what is due at 11:00; nothing due → no message.
 */
export function createFollowUpReminderTask(deps: {
  leads: LeadRepository;
  followUps: FollowUpRepository;
  outbox: OutboxRepository;
}): ScheduledTask {
  return {
    kind: REMINDER_KIND,
    due: (now) => dueReminders({ followUps: deps.followUps, now }),
    async run(run, now) {
      const payload = run.payload as ReminderPayload;
      const list = await dueList({ ...deps, teamId: run.teamId, userId: payload.userId, date: payload.date });
      if (list.overdue.length + list.today.length === 0) return;
      const message = buildFollowUpReminder({ list, t: translator(payload.locale) });
      await deps.outbox.enqueue([
        {
          teamId: run.teamId,
          idempotencyKey: `${run.key}:dm`,
          method: 'chat.postMessage',
          payload: { channel: payload.userId, ...message, unfurl_links: false },
          // The scheduler's clock, not the database's, says when the run happened (tests control it).
          notBefore: now,
        },
      ]);
    },
  };
}
