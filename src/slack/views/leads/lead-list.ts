import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { Lead } from '../../../features/leads/leads.types.js';
import { daysBetween } from '../../../features/ledger/contract-schedule.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { numberToMinor } from '../../../lib/money/minor-units.js';
import { type CurrencyCode, formatMoney } from '../../../lib/parse/money.js';
import { localDate } from '../../../lib/time-zone.js';
import { ACTIONS } from '../../ids.js';
import { encodeListPage } from '../../leads/lead-list-page.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate } from '../../mrkdwn.js';
import { mrkdwn, option, plain } from '../blocks.js';
import { buildDataTable, moneyCell, numberCell, type TableCell, textCell, userCell } from '../data-table.js';
import { followUpLabel, leadTitle, stageLabel } from './lead-format.js';

export interface LeadListInput {
  title: string;
  leads: Lead[];
  total: number;
  page: number;
  pageCount: number;
  /** Rows per page of the query, so the context line can say which rows of the whole list these are. */
  pageSize: number;
  /** Opaque query string the page buttons carry back (e.g. `stage proposal`). */
  query: string;
  emptyText: string;
  /** The stale list shows how long each lead has been idle instead of its next follow-up. */
  stale?: boolean;
  t: Translate;
  locale: Locale;
  today: string;
  /** The reader's zone: a last activity reads as their calendar day. */
  timeZone: string;
}

/** Company and contact are user text of any length: a cell keeps this much so a full page fits the budget. */
const COMPANY_CHARS = 24;
const CONTACT_CHARS = 16;

export function leadListHeaders(t: Translate, stale = false): string[] {
  return [
    t('lists.leads.column.id'),
    t('lists.leads.column.company'),
    t('lists.leads.column.contact'),
    t('lists.leads.column.stage'),
    t('lists.leads.column.value'),
    t('lists.leads.column.owner'),
    t('lists.leads.column.lastActivity'),
    stale ? t('lists.leads.column.daysIdle') : t('lists.leads.column.followUp'),
  ];
}

/** The estimate sorts by its minor units when it has a currency; without a value it reads as a dash. */
function valueCell(lead: Lead, locale: Locale, t: Translate): TableCell {
  const amount = lead.estimatedValue;
  if (amount === null) return numberCell(0, t('common.none'));
  const minor = lead.currency ? numberToMinor(amount, lead.currency) : null;
  if (lead.currency && minor !== null) return moneyCell(minor, lead.currency);
  return numberCell(amount, formatMoney(amount, (lead.currency as CurrencyCode | null) ?? null, locale));
}

function leadRow(lead: Lead, input: LeadListInput): TableCell[] {
  const { t, today } = input;
  const lastActivity = localDate(lead.lastActivityAt, input.timeZone);
  return [
    numberCell(lead.id, `#${lead.id}`),
    textCell(lead.companyName, COMPANY_CHARS),
    textCell(lead.contactName, CONTACT_CHARS),
    textCell(stageLabel(lead.stage, t)),
    valueCell(lead, input.locale, t),
    userCell(lead.ownerUserId),
    textCell(lastActivity),
    input.stale
      ? numberCell(Math.max(0, daysBetween(lastActivity, today)))
      : textCell(followUpLabel(lead, today, t)),
  ];
}

/** "Open a lead…" (the card, as the Open button of each line did) and the page buttons. */
function listActions(input: LeadListInput): ActionsBlock {
  const { t } = input;
  const pageButton = (label: string, page: number) => ({
    type: 'button' as const,
    action_id: `${ACTIONS.leadListPage}_${page}`,
    text: plain(label, SLACK_LIMITS.buttonText),
    value: encodeListPage(input.query, page),
  });
  const elements: ActionsBlock['elements'] = [
    {
      type: 'static_select',
      action_id: ACTIONS.leadOpen,
      placeholder: plain(t('lists.leads.open'), SLACK_LIMITS.optionText),
      options: input.leads
        .slice(0, SLACK_LIMITS.staticSelectOptions)
        .map((lead) => option(`#${lead.id} ${truncate(lead.companyName, 60)}`, String(lead.id))),
    },
  ];
  if (input.page > 0) elements.push(pageButton(t('leads.list.previous'), input.page - 1));
  if (input.page + 1 < input.pageCount) elements.push(pageButton(t('leads.list.next'), input.page + 1));
  return { type: 'actions', block_id: 'lead_list_actions', elements };
}

/**
 * A private reply listing one page of leads as a data table (#id, company, contact, stage, value as a number,
 * owner, last activity, next follow-up or days idle), which rows of how many these are, "Open a lead…" and the
 * page buttons. The text fallback names each lead so `/lead #id` opens it from a notification too.
 */
export function buildLeadList(input: LeadListInput): { text: string; blocks: KnownBlock[] } {
  const { t } = input;
  const header = t('leads.list.title', { title: input.title, total: input.total });
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`*${escapeMrkdwn(header)}*`) }];
  if (input.leads.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn(escapeMrkdwn(input.emptyText)) });
    return { text: escapeMrkdwn(header), blocks };
  }
  const table = buildDataTable({
    caption: input.stale ? t('lists.leads.captionStale') : t('lists.leads.caption'),
    headers: leadListHeaders(t, input.stale),
    rows: input.leads.map((lead) => leadRow(lead, input)),
    count: input.total,
    blockId: 'lead_list_table',
  });
  if (table) blocks.push(table.block);
  const from = input.page * input.pageSize + 1;
  // The rows the table holds (all of the page unless Slack's character budget ran out): said, never cut silently.
  const to = from + (table?.shown ?? 0) - 1;
  const notes = [t('lists.leads.shown', { from, to, total: input.total })];
  if (input.pageCount > 1) notes.push(t('leads.list.page', { page: input.page + 1, pages: input.pageCount }));
  blocks.push({ type: 'context', elements: notes.map((note) => mrkdwn(note)) });
  blocks.push(listActions(input));
  const lines = input.leads.map(
    (lead) => `${leadTitle(lead)} · ${stageLabel(lead.stage, t)} · ${escapeMrkdwn(lead.contactName)}`,
  );
  const text = [escapeMrkdwn(header), ...lines, notes[0], t('lists.leads.openHint')]
    .join('\n')
    .slice(0, SLACK_LIMITS.sectionText);
  return { text, blocks };
}
