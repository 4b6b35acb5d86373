import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import {
  dueNow,
  findLeadByText,
  scheduleFollowUp,
  setVacation,
} from '../../../features/followups/followups.usecases.js';
import { todayFor } from '../../../features/leads/leads.usecases.js';
import { parseFollowUpCommand } from '../../followups/followup-command-parser.js';
import { COMMANDS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { onCommand } from '../../requests/after-ack.js';
import { buildFollowUpReminder, buildLeadPicker } from '../../views/followups/follow-up-reminder.js';

/** `/followup`: what is due, set a lead's next follow-up, or mute reminders for a vacation. Always private. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.followup,
    onCommand(deps, async ({ command, respond, request }) => {
      const { actor, t } = request;
      const reply = (message: { text: string; blocks?: unknown[] }) =>
        respond({ response_type: 'ephemeral', ...message } as Parameters<typeof respond>[0]);
      const parsed = parseFollowUpCommand(command.text, todayFor(actor, deps.clock));
      switch (parsed.kind) {
        case 'help':
          await reply({ text: t('followups.usage') });
          return;
        case 'unclear':
          await reply({
            text: `${t('followups.unclearWhen', { text: escapeMrkdwn(parsed.text) })}\n\n${t('followups.usage')}`,
          });
          return;
        case 'due': {
          const list = await dueNow({ ...deps, actor });
          if (list.overdue.length + list.today.length === 0) {
            await reply({ text: t('followups.nothingDue') });
            return;
          }
          await reply(buildFollowUpReminder({ list, t, title: t('followups.dueNow') }));
          return;
        }
        case 'vacationOff':
          await setVacation({ ...deps, actor, until: null });
          await reply({ text: t('followups.vacationOff') });
          return;
        case 'vacationUntil': {
          const { until } = await setVacation({ ...deps, actor, until: parsed.date });
          await reply({ text: t('followups.vacationSet', { date: until ?? '' }) });
          return;
        }
        case 'set': {
          const found = await findLeadByText({ ...deps, actor, text: parsed.leadText });
          if (found.kind === 'many') {
            await reply(
              buildLeadPicker({
                query: parsed.leadText,
                leads: found.leads,
                total: found.total,
                choice: parsed,
                t,
              }),
            );
            return;
          }
          const result = await scheduleFollowUp({ ...deps, actor, leadId: found.lead.id, ...parsed });
          if (!result.ok) {
            const [key] = Object.values(result.errors);
            await reply({ text: t(key ?? 'common.tryAgain') });
            return;
          }
          const date = [result.lead.nextFollowUpOn, result.lead.nextFollowUpTime].filter(Boolean).join(' ');
          await reply({
            text: t('followups.set', { company: escapeMrkdwn(result.lead.companyName), date }),
          });
          return;
        }
      }
    }),
  );
}
