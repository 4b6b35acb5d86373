import type { InputBlock, KnownBlock } from '@slack/types';
import { z } from 'zod';
import { invalidPlanCounts } from '../../../features/targets/daily-plan.usecases.js';
import {
  DAY_COUNTS,
  type DailyPlan,
  type DayCount,
  type DayCounts,
} from '../../../features/targets/targets.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { ACTIONS, BLOCKS, VIEWS } from '../../ids.js';
import { decodeJson } from '../../json-codec.js';
import { SLACK_LIMITS } from '../../limits.js';
import { type ModalView, modalShell, mrkdwn, plain, readInput, type ViewStateValues } from '../blocks.js';

/** The modal's input (block and element share the id) for each count. */
export const PLAN_BLOCKS: Record<DayCount, string> = {
  returnCalls: BLOCKS.planReturnCalls,
  invitations: BLOCKS.planInvitations,
  visits: BLOCKS.planVisits,
  newRecords: BLOCKS.planNewRecords,
  deals: BLOCKS.planDeals,
};

export const countLabel = (count: DayCount, t: Translate) => t(`targets.count.${count}` as MessageKey);

/** The check-in buttons carry the plan's date and the version they show (`2026-12-16:1`); never who clicks. */
export const planButtonValue = (plan: Pick<DailyPlan, 'date' | 'version'>) => `${plan.date}:${plan.version}`;

export function parsePlanButtonValue(value: string | undefined): { date: string; version: number } | null {
  const match = /^(\d{4}-\d{2}-\d{2}):(\d{1,9})$/.exec(value ?? '');
  if (!match?.[1] || !match[2]) return null;
  return { date: match[1], version: Number(match[2]) };
}

/**
 * "Today's plan" in the morning DM: the five counts (suggested from the rep's usual numbers, or as they
 * confirmed them), with Looks good, Adjust and Stop check-ins.
 */
export function buildCheckInBlocks(plan: DailyPlan, t: Translate): KnownBlock[] {
  const value = planButtonValue(plan);
  return [
    { type: 'header', text: plain(t('targets.plan.header'), SLACK_LIMITS.headerText) },
    {
      type: 'section',
      text: mrkdwn(
        plan.source === 'suggested'
          ? t('targets.plan.suggested')
          : t('targets.plan.confirmed', { date: plan.date }),
      ),
      fields: DAY_COUNTS.map((count) =>
        mrkdwn(t('targets.plan.line', { label: countLabel(count, t), count: plan.counts[count] }), 2000),
      ),
    },
    {
      type: 'actions',
      block_id: `plan_${plan.date}`,
      elements: [
        ...(plan.source === 'suggested'
          ? [
              {
                type: 'button' as const,
                style: 'primary' as const,
                action_id: ACTIONS.planConfirm,
                text: plain(t('targets.plan.confirm'), SLACK_LIMITS.buttonText),
                value,
              },
            ]
          : []),
        {
          type: 'button',
          action_id: ACTIONS.planEdit,
          text: plain(t('targets.plan.edit'), SLACK_LIMITS.buttonText),
          value,
        },
        {
          type: 'button',
          action_id: ACTIONS.planOptOut,
          text: plain(t('targets.plan.optOut'), SLACK_LIMITS.buttonText),
          value: 'opt_out',
        },
      ],
    },
  ];
}

/** The plan alone (when the morning DM has no follow-ups to list, or after the rep saved it). */
export function buildPlanMessage(plan: DailyPlan, t: Translate): { text: string; blocks: KnownBlock[] } {
  return { text: t('targets.plan.text', { date: plan.date }), blocks: buildCheckInBlocks(plan, t) };
}

/** `5 return calls, 2 visits…` for the confirmation of a saved plan. */
export function planSummary(counts: DayCounts, t: Translate): string {
  return DAY_COUNTS.map((count) =>
    t('targets.plan.summaryPart', { label: countLabel(count, t), count: counts[count] }),
  ).join(' · ');
}

export interface PlanMetadata {
  date: string;
  version: number;
}

/** The plan modal's metadata: the date it plans and the version of the plan it shows (0: none stored yet). */
const planMetadata = z.object({
  d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  v: z.number().int().min(0),
});

export const encodePlanMetadata = (metadata: PlanMetadata) =>
  JSON.stringify({ d: metadata.date, v: metadata.version });

export function decodePlanMetadata(raw: string | undefined): PlanMetadata | null {
  const decoded = decodeJson(planMetadata, raw);
  return decoded ? { date: decoded.d, version: decoded.v } : null;
}

/** The plan modal: one whole-number input per count, prefilled; it carries the date and version it shows. */
export function buildPlanModal(input: {
  date: string;
  counts: DayCounts;
  version: number;
  t: Translate;
}): ModalView {
  const { t } = input;
  const inputs: InputBlock[] = DAY_COUNTS.map((count) => ({
    type: 'input',
    block_id: PLAN_BLOCKS[count],
    optional: true,
    label: plain(countLabel(count, t), SLACK_LIMITS.inputLabel),
    element: {
      type: 'number_input',
      action_id: PLAN_BLOCKS[count],
      is_decimal_allowed: false,
      min_value: '0',
      max_value: '999',
      initial_value: String(input.counts[count]),
    },
  }));
  return modalShell({
    callbackId: VIEWS.dailyPlan,
    title: t('targets.plan.modalTitle', { date: input.date.slice(5) }),
    submit: t('common.save'),
    close: t('common.cancel'),
    metadata: encodePlanMetadata({ date: input.date, version: input.version }),
    blocks: [
      { type: 'section', text: mrkdwn(t('targets.plan.modalIntro', { date: input.date })) },
      ...inputs,
    ],
  });
}

export function readPlanForm(values: ViewStateValues): Record<DayCount, string | null> {
  const form = {} as Record<DayCount, string | null>;
  for (const count of DAY_COUNTS) form[count] = readInput(values, PLAN_BLOCKS[count]);
  return form;
}

/** Field errors of the plan modal by block id, from the submitted values alone (checked before the ack). */
export function planFormErrors(values: ViewStateValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const count of invalidPlanCounts(readPlanForm(values)))
    errors[PLAN_BLOCKS[count]] = t('targets.error.planCount');
  return errors;
}

/**
 * The morning DM's blocks with its check-in replaced by `plan` as it now stands (the follow-ups around it kept),
 * so a confirmed plan loses its "Looks good" button. Blocks without the check-in come back unchanged.
 */
export function withPlanBlocks(blocks: KnownBlock[], plan: DailyPlan, t: Translate): KnownBlock[] {
  const at = blocks.findIndex((block) => block.type === 'actions' && block.block_id === `plan_${plan.date}`);
  if (at < 2) return blocks;
  return [...blocks.slice(0, at - 2), ...buildCheckInBlocks(plan, t), ...blocks.slice(at + 1)];
}
