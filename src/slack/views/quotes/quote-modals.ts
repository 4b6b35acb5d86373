import { MAX_QUOTE_LINES } from '../../../features/quotes/quotes.types.js';
import type { Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { type ChildMetadata, encodeChildMetadata } from '../../quotes/quote-values.js';
import { type ModalView, modalShell, mrkdwn, plain } from '../blocks.js';
import { textInput } from '../modal-inputs.js';

/**
 * "Paste lines": one `SKU qty [price] [discount]` a line, or a CSV/.xlsx file of the same columns (Slack's
 * `file_input`; the app downloads it with the bot token), up to the quote's 200 lines.
 */
export function buildPasteModal(input: { metadata: ChildMetadata; t: Translate }): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: VIEWS.quotePaste,
    title: t('quotes.paste.title'),
    submit: t('quotes.paste.submit'),
    close: t('common.cancel'),
    metadata: encodeChildMetadata(input.metadata),
    blocks: [
      { type: 'context', elements: [mrkdwn(t('quotes.paste.hint', { max: MAX_QUOTE_LINES }))] },
      textInput(BLOCKS.quotePasteText, t('quotes.paste.label'), {
        multiline: true,
        optional: true,
        max: 3000,
      }),
      {
        type: 'input',
        block_id: BLOCKS.quotePasteFile,
        optional: true,
        label: plain(t('quotes.paste.fileLabel'), SLACK_LIMITS.inputLabel),
        hint: plain(t('quotes.paste.fileHint', { max: MAX_QUOTE_LINES }), SLACK_LIMITS.inputLabel),
        element: {
          type: 'file_input',
          action_id: BLOCKS.quotePasteFile,
          filetypes: ['csv', 'xlsx'],
          max_files: 1,
        },
      },
    ],
  });
}

/** "Customer declined": the reason is required. */
export function buildDeclineModal(input: {
  metadata: ChildMetadata;
  number: string;
  t: Translate;
}): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: VIEWS.quoteDecline,
    title: t('quotes.decline.title'),
    submit: t('quotes.decline.submit'),
    close: t('common.cancel'),
    metadata: encodeChildMetadata(input.metadata),
    blocks: [
      { type: 'section', text: mrkdwn(`*${input.number}*`) },
      textInput(BLOCKS.quoteDeclineReason, t('quotes.decline.reason'), {
        multiline: true,
        optional: false,
        max: 500,
      }),
    ],
  });
}
