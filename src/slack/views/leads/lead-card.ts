import type { ActionsBlock, ContextBlock, KnownBlock } from '@slack/types';
import type { Activity, Lead, Stage } from '../../../features/leads/leads.types.js';
import { OPEN_STAGES } from '../../../features/leads/leads.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { encodeCardButton, encodeStageOption } from '../../leads/lead-card-values.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { findOption, mrkdwn, options, plain } from '../blocks.js';
import { followUpLabel, leadTitle, moneyLabel, stageLabel } from './lead-format.js';

export interface LeadCardInput {
  lead: Lead;
  activities: Activity[];
  t: Translate;
  locale: Locale;
  /** The reader's local date, to flag overdue follow-ups. */
  today: string;
  /** When the card is built: its buttons carry it with the lead's version, to recognise a stale click. */
  builtAt: Date;
  /** Extra buttons contributed by other features (needs analysis, approvals), shown after the lead's own. */
  extraButtons?: { actionId: string; label: string }[];
  /** Extra lines (needs summary, approvals) shown under the fields. */
  extraSections?: string[];
}

const NOTES_PREVIEW = 600;

export function describeActivity(activity: Activity, t: Translate): string {
  const kind = activity.kind;
  const what =
    kind === 'stage_changed'
      ? t('leads.activity.stage_changed', {
          from: activity.fromStage ? stageLabel(activity.fromStage, t) : t('common.none'),
          to: activity.toStage ? stageLabel(activity.toStage, t) : t('common.none'),
        })
      : t(`leads.activity.${kind}` as MessageKey, { date: escapeMrkdwn(activity.note ?? '') });
  const note =
    activity.note && kind !== 'follow_up_set' ? `: ${escapeMrkdwn(truncate(activity.note, 120))}` : '';
  return `${userMention(activity.actorUserId)} ${what}${note}`;
}

function fields(lead: Lead, input: LeadCardInput): string[] {
  const { t, locale, today } = input;
  const contact = [lead.contactName, lead.contactTitle, lead.phone, lead.email]
    .filter(Boolean)
    .map((part) => escapeMrkdwn(String(part)));
  // Slack shows at most 10 fields: outcome and approvals come before the nice-to-know ones.
  const list = [
    `*${t('leads.card.stage')}*\n${stageLabel(lead.stage, t)}`,
    `*${t('leads.card.owner')}*\n${userMention(lead.ownerUserId)}`,
    `*${t('leads.card.contact')}*\n${contact.join(' · ')}`,
    `*${t('leads.card.value')}*\n${moneyLabel(lead.estimatedValue, lead.currency, locale, t)}`,
    `*${t('leads.card.followUp')}*\n${followUpLabel(lead, today, t)}`,
    `*${t('leads.card.intent')}*\n${lead.intent ? t(`leads.intent.${lead.intent}`) : t('common.none')}`,
    `*${t('leads.card.completeness')}*\n${lead.completeness}%`,
  ];
  if (lead.stage === 'won')
    list.push(`*${t('leads.card.wonAmount')}*\n${moneyLabel(lead.wonAmount, lead.currency, locale, t)}`);
  if (lead.stage === 'lost' && lead.lostReason)
    list.push(`*${t('leads.card.lostReason')}*\n${t(`leads.lostReason.${lead.lostReason}` as MessageKey)}`);
  if (lead.approvedDiscountPercent !== null)
    list.push(`*${t('leads.card.approvedDiscount')}*\n${lead.approvedDiscountPercent}%`);
  if (lead.approvedContractAmount !== null)
    list.push(
      `*${t('leads.card.approvedContract')}*\n${moneyLabel(lead.approvedContractAmount, lead.currency, locale, t)}`,
    );
  if (lead.expectedCloseDate) list.push(`*${t('leads.card.expectedClose')}*\n${lead.expectedCloseDate}`);
  if (lead.source)
    list.push(`*${t('leads.card.source')}*\n${t(`leads.source.${lead.source}` as MessageKey)}`);
  return list;
}

function buttons(lead: Lead, input: LeadCardInput): ActionsBlock {
  const { t } = input;
  const value = encodeCardButton(lead, input.builtAt);
  const stageOptions = options(OPEN_STAGES, (stage) => stageLabel(stage, t));
  const current = findOption(stageOptions, lead.stage);
  const stageValue = (stage: string) => encodeStageOption(lead, stage as Stage, input.builtAt);
  const button = (actionId: string, label: string, style?: 'primary' | 'danger') => ({
    type: 'button' as const,
    action_id: actionId,
    text: plain(label, SLACK_LIMITS.buttonText),
    value,
    ...(style ? { style } : {}),
  });
  return {
    type: 'actions',
    block_id: `lead_actions_${lead.id}`,
    elements: [
      {
        type: 'static_select',
        action_id: ACTIONS.leadChangeStage,
        placeholder: plain(t('leads.card.changeStage'), 150),
        options: stageOptions.map((choice) => ({ ...choice, value: stageValue(choice.value ?? '') })),
        ...(current ? { initial_option: { ...current, value: stageValue(current.value ?? '') } } : {}),
      },
      button(ACTIONS.leadLogActivity, t('leads.card.logActivity'), 'primary'),
      button(ACTIONS.leadSetFollowUp, t('leads.card.setFollowUp')),
      button(ACTIONS.leadEdit, t('leads.card.edit')),
      ...(input.extraButtons ?? []).map((extra) => button(extra.actionId, extra.label)),
      button(ACTIONS.leadMarkWon, t('leads.card.markWon')),
      button(ACTIONS.leadMarkLost, t('leads.card.markLost'), 'danger'),
    ],
  };
}

/** The lead card: the message a rep gets after saving, in `/lead #id`, and at the top of the lead's thread. */
export function buildLeadCard(input: LeadCardInput): { text: string; blocks: KnownBlock[] } {
  const { lead, t } = input;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`*${leadTitle(lead)}*`) },
    {
      type: 'section',
      fields: fields(lead, input)
        .slice(0, SLACK_LIMITS.sectionFields)
        .map((text) => mrkdwn(text, SLACK_LIMITS.sectionFieldText)),
    },
  ];
  if (lead.notes)
    blocks.push({
      type: 'section',
      text: mrkdwn(`*${t('leads.card.notes')}*\n${escapeMrkdwn(truncate(lead.notes, NOTES_PREVIEW))}`),
    });
  for (const extra of input.extraSections ?? []) blocks.push({ type: 'section', text: mrkdwn(extra) });
  const recent: ContextBlock = {
    type: 'context',
    elements: [
      mrkdwn(
        input.activities.length
          ? `*${t('leads.card.recent')}*\n${input.activities.map((a) => `• ${describeActivity(a, t)}`).join('\n')}`
          : t('leads.card.noActivity'),
      ),
    ],
  };
  blocks.push(recent, buttons(lead, input));
  const text = t('leads.card.fallbackText', {
    id: lead.id,
    company: lead.companyName,
    stage: stageLabel(lead.stage, t),
  });
  return { text: escapeMrkdwn(text), blocks };
}
