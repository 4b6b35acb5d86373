import type { PlainTextElement, PlainTextOption, View } from '@slack/types';
import { SLACK_LIMITS } from '../limits.js';
import { fitSlackLimit } from '../mrkdwn.js';

/** Small constructors for the Block Kit pieces every view uses, with Slack's length limits applied. */
export function plain(text: string, max: number = SLACK_LIMITS.sectionText): PlainTextElement {
  return { type: 'plain_text', text: fitSlackLimit(text, max), emoji: true };
}

export function mrkdwn(text: string, max: number = SLACK_LIMITS.sectionText) {
  return { type: 'mrkdwn' as const, text: fitSlackLimit(text, max) };
}

export function option(text: string, value: string): PlainTextOption {
  return { text: plain(text, SLACK_LIMITS.optionText), value };
}

export function options<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
): PlainTextOption[] {
  return values.slice(0, SLACK_LIMITS.staticSelectOptions).map((value) => option(label(value), value));
}

export function findOption(
  list: PlainTextOption[],
  value: string | null | undefined,
): PlainTextOption | undefined {
  return value ? list.find((candidate) => candidate.value === value) : undefined;
}

/** The shape of `view.state.values` in a `view_submission` payload. */
export type ViewStateValues = Record<
  string,
  Record<
    string,
    {
      type: string;
      value?: string | null;
      selected_date?: string | null;
      selected_time?: string | null;
      selected_date_time?: number | null;
      selected_option?: { value: string } | null;
      selected_options?: { value: string }[];
      selected_user?: string | null;
      selected_users?: string[];
      selected_channel?: string | null;
      selected_conversation?: string | null;
    }
  >
>;

/** The value of the input whose block and action share `id` (our convention), whatever its element type. */
export function readInput(values: ViewStateValues, id: string): string | null {
  const element = values[id]?.[id];
  if (!element) return null;
  return (
    element.value ??
    element.selected_date ??
    element.selected_time ??
    element.selected_option?.value ??
    element.selected_user ??
    element.selected_channel ??
    element.selected_conversation ??
    null
  );
}

export type ModalView = View & { type: 'modal' };

export function modalShell(input: {
  callbackId: string;
  title: string;
  submit?: string;
  close: string;
  metadata?: string;
  blocks: ModalView['blocks'];
}): ModalView {
  return {
    type: 'modal',
    callback_id: input.callbackId,
    title: plain(input.title, SLACK_LIMITS.modalTitle),
    ...(input.submit ? { submit: plain(input.submit, SLACK_LIMITS.modalButton) } : {}),
    close: plain(input.close, SLACK_LIMITS.modalButton),
    private_metadata: input.metadata ?? '',
    blocks: input.blocks,
  };
}
