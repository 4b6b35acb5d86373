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
export function formWithValues(view: ViewOutput, notice: string): ModalView {
  const state = (view.state?.values ?? {}) as ViewStateValues;
  const blocks = (view.blocks as Block[])
    .filter((block) => block.block_id !== NOTICE_BLOCK_ID)
    .map((block) => {
      if (block.type !== 'input' || !block.element || !block.block_id) return block;
      const entry = state[block.block_id]?.[block.element.action_id ?? ''] as StateEntry | undefined;
      return { ...block, element: withUserValue(block.element, entry) };
    });
  const noticeBlock = { type: 'section', block_id: NOTICE_BLOCK_ID, text: mrkdwn(`:warning: ${notice}`) };
  return {
    type: 'modal',
    ...(view.callback_id ? { callback_id: view.callback_id } : {}),
    title: { type: 'plain_text', text: view.title.text },
    ...(view.submit ? { submit: { type: 'plain_text', text: view.submit.text } } : {}),
    ...(view.close ? { close: { type: 'plain_text', text: view.close.text } } : {}),
    private_metadata: view.private_metadata ?? '',
    blocks: [noticeBlock, ...blocks].slice(0, 100) as ModalView['blocks'],
  };
}
