import type { FollowUpRepository } from '../../features/followups/followups.repository.js';
import {
  dueList,
  dueReminders,
  REMINDER_KIND,
  type ReminderPayload,
  type ReminderRun,
  reminderFor,
} from '../../features/followups/followups.usecases.js';
import type { LeadRepository } from '../../features/leads/leads.repository.js';
import { overdueForRep } from '../../features/ledger/ledger-reports.usecases.js';
import type { OverdueRepository } from '../../features/ledger/overdue.repository.js';
import { translator } from '../../i18n/index.js';
import { localDate } from '../../lib/time-zone.js';
import { SLACK_LIMITS } from '../../slack/limits.js';
import { buildFollowUpReminder } from '../../slack/views/followups/follow-up-reminder.js';
import { overdueReminderBlocks } from '../../slack/views/ledger/overdue-views.js';
import type { OutboxRepository } from '../outbox.repository.js';
import type { ScheduledTask } from '../scheduler.types.js';

/**
 * Each rep's morning DM of follow-ups, at their reminder time in their own zone (see `reminderFor`). The run
 * reads the leads when it runs, so a catch-up at 11:00 lists what is due at 11:00; nothing due → no message.
 * Money overdue on the rep's contracts comes in the same DM (a rep with only overdue money gets one too).
 */
export function createFollowUpReminderTask(deps: {
  leads: LeadRepository;
  followUps: FollowUpRepository;
  overdue: OverdueRepository;
  outbox: OutboxRepository;
}): ScheduledTask {
  return {
    kind: REMINDER_KIND,
    async due(now) {
      const runs = await dueReminders({ followUps: deps.followUps, now });
      const keys = new Set(runs.map((run) => run.key));
      const owing = await deps.overdue.reminderCandidates(localDate(now, 'Pacific/Kiritimati'));
      const extra = owing
        .map((candidate) => reminderFor(candidate, now))
        .filter((run): run is ReminderRun => run !== null && !keys.has(run.key));
      return [...runs, ...extra];
    },
    async run(run, now) {
      const payload = run.payload as ReminderPayload;
      const { userId, date } = payload;
      const [list, overdue] = await Promise.all([
        dueList({ ...deps, teamId: run.teamId, userId, date }),
        overdueForRep({ overdue: deps.overdue, teamId: run.teamId, userId, date }),
      ]);
      if (list.overdue.length + list.today.length === 0 && overdue.length === 0) return;
      const t = translator(payload.locale);
      const message = buildFollowUpReminder({ list, t });
      const money = overdueReminderBlocks(overdue, t);
      const blocks =
        message.blocks.length + money.length <= SLACK_LIMITS.messageBlocks
          ? [...message.blocks, ...money]
          : message.blocks;
      const text =
        list.overdue.length + list.today.length === 0 ? t('ledger.overdue.repTitle') : message.text;
      await deps.outbox.enqueue([
        {
          teamId: run.teamId,
          idempotencyKey: `${run.key}:dm`,
          method: 'chat.postMessage',
          payload: { channel: userId, text, blocks, unfurl_links: false },
          // The scheduler's clock, not the database's, says when the run happened (tests control it).
          notBefore: now,
        },
      ]);
    },
  };
}
