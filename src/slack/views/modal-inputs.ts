import type { ContextBlock, InputBlock, PlainTextOption } from '@slack/types';
import type { Lead } from '../../features/leads/leads.types.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { SLACK_LIMITS } from '../limits.js';
import { findOption, mrkdwn, plain } from './blocks.js';
import { leadTitle, stageLabel } from './leads/lead-format.js';

/** Input blocks for the lead card's modals. Block and element share one id (see `readInput`). */
export function textInput(
  id: string,
  label: string,
  opts: { value?: string | null; optional?: boolean; multiline?: boolean; max?: number; hint?: string } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? true,
    label: plain(label, SLACK_LIMITS.inputLabel),
    ...(opts.hint ? { hint: plain(opts.hint, SLACK_LIMITS.inputLabel) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: id,
      multiline: opts.multiline ?? false,
      ...(opts.max ? { max_length: opts.max } : {}),
      ...(opts.value ? { initial_value: opts.value } : {}),
    },
  };
}

export function selectInput(
  id: string,
  label: string,
  choices: PlainTextOption[],
  opts: { value?: string | null; optional?: boolean; placeholder: string },
): InputBlock {
  const initial = findOption(choices, opts.value);
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? true,
    label: plain(label, SLACK_LIMITS.inputLabel),
    element: {
      type: 'static_select',
      action_id: id,
      placeholder: plain(opts.placeholder, 150),
      options: choices,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

export function dateInput(
  id: string,
  label: string,
  opts: { value?: string | null; optional?: boolean } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? true,
    label: plain(label, SLACK_LIMITS.inputLabel),
    element: { type: 'datepicker', action_id: id, ...(opts.value ? { initial_date: opts.value } : {}) },
  };
}

/** Slack's timepicker answers `HH:mm`, the rep's wall-clock time. */
export function timeInput(
  id: string,
  label: string,
  opts: { value?: string | null; optional?: boolean } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? true,
    label: plain(label, SLACK_LIMITS.inputLabel),
    element: { type: 'timepicker', action_id: id, ...(opts.value ? { initial_time: opts.value } : {}) },
  };
}

/** "#42 Acme · Proposal" above a modal's inputs: which lead this is about (modal titles are too short). */
export function leadContextBlock(lead: Lead, t: Translate): ContextBlock {
  return { type: 'context', elements: [mrkdwn(`*${leadTitle(lead)}* · ${stageLabel(lead.stage, t)}`)] };
}

/** `response_action: errors` wants messages keyed by block id; `blocks` maps each form field to its block. */
export function fieldErrorsByBlock<K extends string>(
  errors: Partial<Record<K, string>>,
  blocks: Record<K, string>,
  t: Translate,
): Record<string, string> {
  return Object.fromEntries(
    (Object.entries(errors) as [K, string][]).map(([field, key]) => [blocks[field], t(key as MessageKey)]),
  );
}
