import type { AppDeps } from '../../deps.js';
import {
  dueList,
  dueReminders,
  REMINDER_KIND,
  type ReminderPayload,
  type ReminderRun,
  reminderFor,
} from '../../features/followups/followups.usecases.js';
import { overdueForRep } from '../../features/ledger/ledger-reports.usecases.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import { dueRevisits } from '../../features/revisits/revisits.usecases.js';
import { checkInPlan } from '../../features/targets/daily-plan.usecases.js';
import { checkInApplies, dueCheckIns } from '../../features/targets/rep-day.usecases.js';
import { translator } from '../../i18n/index.js';
import { localDate } from '../../lib/time-zone.js';
import { morningWithMoneyOwed } from '../../slack/views/ledger/overdue-views.js';
import { morningWithRevisits } from '../../slack/views/revisits/revisit-messages.js';
import { buildMorningDm } from '../../slack/views/targets/morning-dm.js';
import type { ScheduledTask } from '../scheduler.types.js';

type ReminderDeps = Pick<
  AppDeps,
  | 'leads'
  | 'followUps'
  | 'outbox'
  | 'teams'
  | 'targetSettings'
  | 'dailyPlans'
  | 'repNumbers'
  | 'targets'
  | 'clock'
  | 'overdue'
  | 'revisits'
>;

/**
 * Each rep's morning DM of follow-ups, at their reminder time in their own zone (see `reminderFor`), with the
 * day-plan check-in when their team has it on. A rep's check-in and reminder are one run (one key), so one DM.
 * The run reads the leads when it runs, so a catch-up at 11:00 lists what is due at 11:00; nothing due and no
 * check-in → no message. Money overdue on the rep's contracts and the revisits due (定期回访, for the customers
 * they own) come in the same DM (a rep with only those gets one too).
 */
export function createFollowUpReminderTask(deps: ReminderDeps): ScheduledTask {
  return {
    kind: REMINDER_KIND,
    async due(now) {
      // UTC+14 is the furthest ahead any zone gets: no one's "today" is later than that date.
      const latest = localDate(now, 'Pacific/Kiritimati');
      const [reminders, checkIns, owing, revisiting] = await Promise.all([
        dueReminders({ followUps: deps.followUps, now }),
        dueCheckIns({ targetSettings: deps.targetSettings, now }),
        deps.overdue.reminderCandidates(latest),
        deps.revisits.reminderCandidates(latest),
      ]);
      const runs = new Map(reminders.map((run) => [run.key, run]));
      for (const run of checkIns) if (!runs.has(run.key)) runs.set(run.key, run);
      const money = [...owing, ...revisiting]
        .map((candidate) => reminderFor(candidate, now))
        .filter((run): run is ReminderRun => run !== null);
      for (const run of money) if (!runs.has(run.key)) runs.set(run.key, run);
      return [...runs.values()];
    },
    async run(run, now) {
      const payload = run.payload as ReminderPayload;
      const { userId, date } = payload;
      const list = await dueList({ ...deps, teamId: run.teamId, userId, date });
      const team = await deps.teams.ensureTeam(run.teamId);
      const withPlan = await checkInApplies({ ...deps, team, userId, date, now });
      const plan = withPlan ? await checkInPlan({ deps, team, userId, date }) : null;
      const t = translator(payload.locale);
      const lines = await overdueForRep({ ...deps, teamId: run.teamId, userId, date });
      const revisits = await dueRevisits({ ...deps, teamId: run.teamId, userId, date });
      const [first = null, ...revisitsAlone] = morningWithRevisits(
        buildMorningDm({ list, plan, t }),
        revisits,
        t,
      );
      const keyed = [
        ...morningWithMoneyOwed(first, lines, t).map((message, index) => ({
          message,
          suffix: index === 0 ? 'dm' : 'dm:owed',
        })),
        ...revisitsAlone.map((message) => ({ message, suffix: 'dm:revisits' })),
      ];
      const messages = keyed.map(
        ({ message, suffix }): OutboxMessage => ({
          teamId: run.teamId,
          idempotencyKey: `${run.key}:${suffix}`,
          method: 'chat.postMessage',
          payload: { channel: userId, ...message, unfurl_links: false },
          // The scheduler's clock, not the database's, says when the run happened (tests control it).
          notBefore: now,
        }),
      );
      await deps.outbox.enqueue(messages);
    },
  };
}
