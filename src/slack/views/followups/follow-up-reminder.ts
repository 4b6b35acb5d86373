import type { InputBlock, KnownBlock } from '@slack/types';
import type { DueList } from '../../../features/followups/followups.usecases.js';
import { SNOOZE_CHOICES } from '../../../features/followups/followups.usecases.js';
import type { Lead } from '../../../features/leads/leads.types.js';
import type { Translate } from '../../../i18n/index.js';
import { encodeFollowUpPick, snoozeValue } from '../../followups/follow-up-values.js';
import { ACTIONS, BLOCKS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { type ModalView, mrkdwn, option, plain } from '../blocks.js';
import { leadTitle, stageLabel } from '../leads/lead-format.js';

function leadBlocks(lead: Lead, t: Translate): KnownBlock[] {
  const params = {
    company: leadTitle(lead),
    contact: escapeMrkdwn(lead.contactName),
    stage: stageLabel(lead.stage, t),
    date: lead.nextFollowUpOn ?? '',
    time: lead.nextFollowUpTime ?? '',
  };
  const line = t(
    lead.nextFollowUpTime ? 'followups.reminder.leadLineAt' : 'followups.reminder.leadLine',
    params,
  );
  return [
    { type: 'section', text: mrkdwn(line) },
    {
      type: 'actions',
      block_id: `follow_up_${lead.id}`,
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: ACTIONS.followUpDone,
          text: plain(t('followups.button.done'), SLACK_LIMITS.buttonText),
          value: String(lead.id),
        },
        {
          type: 'static_select',
          action_id: ACTIONS.followUpSnooze,
          placeholder: plain(t('followups.snooze.placeholder'), SLACK_LIMITS.buttonText),
          options: SNOOZE_CHOICES.map((choice) =>
            option(t(`followups.snooze.${choice}`), snoozeValue(lead, choice)),
          ),
        },
        {
          type: 'button',
          action_id: ACTIONS.leadOpen,
          text: plain(t('followups.button.open'), SLACK_LIMITS.buttonText),
          value: String(lead.id),
        },
      ],
    },
  ];
}

/**
 * The morning DM (and the `/followup` answer): overdue first, then today's, oldest first, each with Done,
 * Snooze and Open; past the listed leads, one line says how many more. Snooze carries the lead's version: on a
 * later day it still works unless the lead changed since. Who may act is decided again on every click.
 */
export function buildFollowUpReminder(input: { list: DueList; t: Translate; title?: string }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { list, t } = input;
  const count = list.overdueCount + list.todayCount;
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: plain(
        input.title ?? t('followups.reminder.header', { date: list.date }),
        SLACK_LIMITS.headerText,
      ),
    },
  ];
  if (list.overdue.length > 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn(t('followups.reminder.overdue', { count: list.overdueCount })),
    });
    for (const lead of list.overdue) blocks.push(...leadBlocks(lead, t));
  }
  if (list.today.length > 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn(t('followups.reminder.today', { count: list.todayCount })),
    });
    for (const lead of list.today) blocks.push(...leadBlocks(lead, t));
  }
  const more = count - list.overdue.length - list.today.length;
  if (more > 0) {
    blocks.push({ type: 'context', elements: [mrkdwn(t('followups.reminder.more', { count: more }))] });
  }
  return { text: t('followups.reminder.text', { count }), blocks };
}

/** The DM at the time of day a follow-up was set for: the lead, with the same Done, Snooze and Open. */
export function buildTimedFollowUpReminder(input: { lead: Lead; t: Translate }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { lead, t } = input;
  const text = t('followups.timed.text', {
    company: escapeMrkdwn(lead.companyName),
    time: lead.nextFollowUpTime ?? '',
  });
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(t('followups.timed.header', { company: leadTitle(lead) })) },
      ...leadBlocks(lead, t),
    ],
  };
}

/** Several leads match `/followup <text> …`: one button each; the button carries the date and note chosen. */
export function buildLeadPicker(input: {
  query: string;
  leads: Lead[];
  total: number;
  choice: { date: string; time: string | null; note: string | null };
  t: Translate;
}): { text: string; blocks: KnownBlock[] } {
  const { t } = input;
  const text = t('followups.pick', { query: escapeMrkdwn(input.query) });
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(text) }];
  blocks.push({
    type: 'actions',
    elements: input.leads.map((lead) => ({
      type: 'button' as const,
      action_id: `${ACTIONS.followUpPickLead}_${lead.id}`,
      text: plain(
        t('followups.pickButton', { id: lead.id, company: lead.companyName }),
        SLACK_LIMITS.buttonText,
      ),
      value: encodeFollowUpPick(lead, input.choice),
    })),
  });
  if (input.total > input.leads.length) {
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t('leads.pickMore', { count: input.total, shown: input.leads.length }))],
    });
  }
  return { text, blocks };
}

/** The log-activity modal opened from "Done", with the next follow-up date already suggested. */
export function withSuggestedFollowUp(view: ModalView, date: string): ModalView {
  return {
    ...view,
    blocks: view.blocks.map((block) => {
      const input = block as InputBlock;
      return input.type === 'input' &&
        input.block_id === BLOCKS.nextFollowUpDate &&
        input.element.type === 'datepicker'
        ? { ...input, element: { ...input.element, initial_date: date } }
        : block;
    }),
  };
}
