import type { ViewOutput } from '@slack/bolt';
import type { ModalView, ViewStateValues } from '../views/blocks.js';
import { mrkdwn } from '../views/blocks.js';

/** The block that carries a notice above a restored form; replaced, never stacked. */
export const NOTICE_BLOCK_ID = 'salesflow_notice';

type Option = { value?: string };
type Element = Record<string, unknown> & { type?: string; action_id?: string; options?: Option[] };
type Block = Record<string, unknown> & { type?: string; block_id?: string; element?: Element };
type StateEntry = ViewStateValues[string][string] & Record<string, unknown>;

const byValue = (options: Option[] | undefined, value: string | undefined) =>
  options?.find((option) => option.value === value);

/** The element as the user left it: each `initial_*` set from what the submission's state says. */
function withUserValue(element: Element, entry: StateEntry | undefined): Element {
  if (!entry) return element;
  const next: Element = { ...element };
  const set = (key: string, value: unknown) => {
    if (value === null || value === undefined || value === '') delete next[key];
    else next[key] = value;
  };
  const selected = entry.selected_option as Option | null | undefined;
  const many = (entry.selected_options as Option[] | undefined) ?? [];
  switch (element.type) {
    case 'static_select':
    case 'radio_buttons':
      set('initial_option', selected ? byValue(element.options, selected.value) : null);
      break;
    case 'external_select':
      set('initial_option', selected);
      break;
    case 'checkboxes':
    case 'multi_static_select': {
      const chosen = many.map((option) => byValue(element.options, option.value)).filter(Boolean);
      set('initial_options', chosen.length ? chosen : null);
      break;
    }
    case 'datepicker':
      set('initial_date', entry.selected_date);
      break;
    case 'timepicker':
      set('initial_time', entry.selected_time);
      break;
    case 'users_select':
      set('initial_user', entry.selected_user);
      break;
    case 'conversations_select':
      set('initial_conversation', entry.selected_conversation);
      break;
    case 'channels_select':
      set('initial_channel', entry.selected_channel);
      break;
    case 'file_input':
      break; // Slack cannot prefill a file; the user picks it again.
    default:
      set('initial_value', entry.value);
  }
  return next;
}

/**
 * The form the user submitted, as they filled it in, with `notice` on top: what a modal shows when saving failed
 * or was refused after the ack, so nothing they typed is lost.
 */
export function formWithValues(view: ViewOutput, notice: string, privateMetadata?: string): ModalView {
  const state = (view.state?.values ?? {}) as ViewStateValues;
  const blocks = (view.blocks as Block[])
    .filter((block) => block.block_id !== NOTICE_BLOCK_ID)
    .map((block) => {
      if (block.type !== 'input' || !block.element || !block.block_id) return block;
      const entry = state[block.block_id]?.[block.element.action_id ?? ''] as StateEntry | undefined;
      return { ...block, element: withUserValue(block.element, entry) };
    });
  return withNotice(
    {
      type: 'modal',
      ...(view.callback_id ? { callback_id: view.callback_id } : {}),
      title: { type: 'plain_text', text: view.title?.text ?? 'Salesflow' },
      ...(view.submit ? { submit: { type: 'plain_text', text: view.submit.text } } : {}),
      ...(view.close ? { close: { type: 'plain_text', text: view.close.text } } : {}),
      private_metadata: privateMetadata ?? view.private_metadata ?? '',
      blocks: blocks as ModalView['blocks'],
    },
    notice,
  );
}

/** `view` with `notice` on top (replacing an earlier notice), within Slack's 100 blocks. */
export function withNotice(view: ModalView, notice: string): ModalView {
  const noticeBlock = {
    type: 'section' as const,
    block_id: NOTICE_BLOCK_ID,
    text: mrkdwn(`:warning: ${notice}`),
  };
  const rest = view.blocks.filter((block) => block.block_id !== NOTICE_BLOCK_ID);
  return { ...view, blocks: [noticeBlock, ...rest].slice(0, 100) };
}

/** The values the form was opened with, read back from its blocks' `initial_*`: what the user started from. */
export function initialState(view: Pick<ViewOutput, 'blocks'>): ViewStateValues {
  const state: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of view.blocks as Block[]) {
    const element = block.element;
    if (block.type !== 'input' || !element?.action_id || !block.block_id) continue;
    const type = element.type ?? '';
    const entry: Record<string, unknown> = { type };
    if (['static_select', 'radio_buttons', 'external_select'].includes(type))
      entry.selected_option = element.initial_option ?? null;
    else if (['checkboxes', 'multi_static_select'].includes(type))
      entry.selected_options = element.initial_options ?? [];
    else if (type === 'datepicker') entry.selected_date = element.initial_date ?? null;
    else if (type === 'timepicker') entry.selected_time = element.initial_time ?? null;
    else if (type === 'users_select') entry.selected_user = element.initial_user ?? null;
    else if (type === 'conversations_select')
      entry.selected_conversation = element.initial_conversation ?? null;
    else if (type === 'channels_select') entry.selected_channel = element.initial_channel ?? null;
    else entry.value = element.initial_value ?? null;
    state[block.block_id] = { [element.action_id]: entry };
  }
  return state as ViewStateValues;
}

/** Field errors found after the ack, as one notice: each under its field's own label. */
export function fieldErrorNotice(view: Pick<ViewOutput, 'blocks'>, errors: Record<string, string>): string {
  const labels = new Map(
    (view.blocks as (Block & { label?: { text?: string } })[]).map((block) => [
      block.block_id,
      block.label?.text,
    ]),
  );
  return Object.entries(errors)
    .map(([blockId, message]) => {
      const label = labels.get(blockId);
      return label ? `*${label}*: ${message}` : message;
    })
    .join('\n');
}

/**
 * `fresh` (a form rebuilt on newer data) keeping what the user changed in `submitted`: each input the user
 * touched (its submitted value differs from what it was opened with) shows the user's value; the rest show
 * the newer data.
 */
export function overlayUserChanges(fresh: ModalView, submitted: ViewOutput): ModalView {
  const state = (submitted.state?.values ?? {}) as ViewStateValues;
  const initial = initialState(submitted);
  const touched = (blockId: string) => JSON.stringify(state[blockId]) !== JSON.stringify(initial[blockId]);
  const blocks = (fresh.blocks as Block[]).map((block) => {
    if (block.type !== 'input' || !block.element || !block.block_id || !touched(block.block_id)) return block;
    const entry = state[block.block_id]?.[block.element.action_id ?? ''] as StateEntry | undefined;
    return { ...block, element: withUserValue(block.element, entry) };
  });
  return { ...fresh, blocks: blocks as ModalView['blocks'] };
}
