import type { KnownBlock } from '@slack/types';
import type { Lead } from '../../../features/leads/leads.types.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { encodeListPage } from '../../leads/lead-list-page.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { followUpLabel, leadTitle, moneyLabel, stageLabel } from './lead-format.js';

export interface LeadListInput {
  title: string;
  leads: Lead[];
  total: number;
  page: number;
  pageCount: number;
  /** Opaque query string the page buttons carry back (e.g. `stage proposal`). */
  query: string;
  emptyText: string;
  t: Translate;
  locale: Locale;
  today: string;
}

/** A private reply listing leads, one section each with an Open button, paginated under Slack's 50 blocks. */
export function buildLeadList(input: LeadListInput): { text: string; blocks: KnownBlock[] } {
  const { t, locale, today } = input;
  const header = t('leads.list.title', { title: input.title, total: input.total });
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`*${escapeMrkdwn(header)}*`) }];
  if (input.leads.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn(escapeMrkdwn(input.emptyText)) });
    return { text: escapeMrkdwn(header), blocks };
  }
  for (const lead of input.leads) {
    const summary = t('leads.list.summary', {
      stage: stageLabel(lead.stage, t),
      value: moneyLabel(lead.estimatedValue, lead.currency, locale, t),
      followUp: followUpLabel(lead, today, t),
      completeness: lead.completeness,
    });
    blocks.push({
      type: 'section',
      text: mrkdwn(
        `*${leadTitle(lead)}* · ${escapeMrkdwn(lead.contactName)}\n${summary} · <@${lead.ownerUserId}>`,
      ),
      accessory: {
        type: 'button',
        action_id: ACTIONS.leadOpen,
        text: plain(t('leads.card.open'), SLACK_LIMITS.buttonText),
        value: String(lead.id),
      },
    });
  }
  if (input.pageCount > 1) {
    const pageButton = (label: string, page: number) => ({
      type: 'button' as const,
      action_id: `${ACTIONS.leadListPage}_${page}`,
      text: plain(label, SLACK_LIMITS.buttonText),
      value: encodeListPage(input.query, page),
    });
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t('leads.list.page', { page: input.page + 1, pages: input.pageCount }))],
    });
    const elements = [];
    if (input.page > 0) elements.push(pageButton(t('leads.list.previous'), input.page - 1));
    if (input.page + 1 < input.pageCount) elements.push(pageButton(t('leads.list.next'), input.page + 1));
    if (elements.length) blocks.push({ type: 'actions', elements });
  }
  return { text: escapeMrkdwn(header), blocks: blocks.slice(0, SLACK_LIMITS.messageBlocks) };
}
