import { SLACK_LIMITS } from '../../src/slack/limits.js';
import { messageRefusal, viewRefusal } from './fake-slack-blocks.js';

type Node = Record<string, unknown>;

/**
 * Every Slack size limit a message or modal can break, checked recursively. Returns the violations (empty = ok),
 * so a failing test says exactly which piece is too big.
 */
const plain = (text: string) => ({ type: 'plain_text', text });

export function slackLimitViolations(view: object, kind: 'message' | 'modal'): string[] {
  const surface = view as { blocks?: unknown[]; title?: Node; private_metadata?: string };
  const problems: string[] = [];
  const blocks = (surface.blocks ?? []) as Node[];
  const maxBlocks = kind === 'modal' ? SLACK_LIMITS.modalBlocks : SLACK_LIMITS.messageBlocks;
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  if (kind === 'modal') {
    const title = String((surface.title as Node | undefined)?.text ?? '');
    if (title.length > SLACK_LIMITS.modalTitle)
      problems.push(`modal title "${title}" > ${SLACK_LIMITS.modalTitle}`);
    if ((surface.private_metadata ?? '').length > SLACK_LIMITS.privateMetadata)
      problems.push('private_metadata too long');
  }
  const textOf = (node: unknown) => String((node as Node | undefined)?.text ?? '');
  blocks.forEach((block, index) => {
    const at = `block ${index} (${block.type})`;
    if (block.type === 'section') {
      if (textOf(block.text).length > SLACK_LIMITS.sectionText)
        problems.push(`${at} text > ${SLACK_LIMITS.sectionText}`);
      const fields = (block.fields ?? []) as Node[];
      if (fields.length > SLACK_LIMITS.sectionFields) problems.push(`${at} has ${fields.length} fields`);
      for (const field of fields)
        if (textOf(field).length > SLACK_LIMITS.sectionFieldText) problems.push(`${at} field too long`);
    }
    if (block.type === 'header' && textOf(block.text).length > SLACK_LIMITS.headerText)
      problems.push(`${at} header too long`);
    if (block.type === 'actions' && ((block.elements ?? []) as Node[]).length > SLACK_LIMITS.actionsElements)
      problems.push(`${at} too many elements`);
    if (block.type === 'context' && ((block.elements ?? []) as Node[]).length > SLACK_LIMITS.contextElements)
      problems.push(`${at} too many elements`);
    const elements = [...(((block.elements ?? []) as Node[]) ?? []), block.accessory, block.element].filter(
      Boolean,
    ) as Node[];
    for (const element of elements) {
      if (element.type === 'button') {
        if (textOf(element.text).length > SLACK_LIMITS.buttonText)
          problems.push(`${at} button text too long`);
        if (String(element.value ?? '').length > SLACK_LIMITS.buttonValue)
          problems.push(`${at} button value too long`);
      }
      const opts = (element.options ?? []) as Node[];
      if (opts.length > SLACK_LIMITS.staticSelectOptions) problems.push(`${at} too many options`);
      for (const opt of opts) {
        if (textOf(opt.text).length > SLACK_LIMITS.optionText) problems.push(`${at} option text too long`);
        if (String(opt.value ?? '').length > SLACK_LIMITS.optionValue)
          problems.push(`${at} option value too long`);
      }
    }
  });
  // And everything the fake Slack refuses, by Slack's documented rules rather than the app's own numbers.
  const refused =
    kind === 'modal'
      ? viewRefusal(
          // A bare `{ blocks }` is part of a modal: give it the frame a whole view would have.
          'type' in view
            ? view
            : { type: 'modal', title: plain('Salesflow'), submit: plain('OK'), ...(view as Node) },
        )
      : messageRefusal({ text: 'fallback', ...(view as Node) });
  if (refused) problems.push(`Slack answers ${refused.error}`, ...(refused.messages ?? []));
  return problems;
}
