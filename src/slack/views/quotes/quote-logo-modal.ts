import type { ImageHeader } from '../../../features/quotes/quote-logo.js';
import { MAX_LOGO_BYTES, MAX_LOGO_SIDE, MIN_LOGO_SIDE } from '../../../features/quotes/quotes.types.js';
import type { Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { type ModalView, modalShell, mrkdwn, plain } from '../blocks.js';

/**
 * `/salesflow logo`: one `file_input` (PNG or JPEG, one file) for the logo on the team's quote PDFs, with what the
 * team has now. Slack sends the file's id on submit; the app downloads it with the bot token and checks its bytes.
 */
export function buildQuoteLogoModal(input: {
  current: (ImageHeader & { byteSize: number }) | null;
  t: Translate;
}): ModalView {
  const { current, t } = input;
  const now = current
    ? t('quotes.logo.current', {
        type: current.mimeType === 'image/png' ? 'PNG' : 'JPEG',
        width: current.width,
        height: current.height,
        kilobytes: Math.ceil(current.byteSize / 1024),
      })
    : t('quotes.logo.none');
  const limits = { maxKilobytes: MAX_LOGO_BYTES / 1024, minSide: MIN_LOGO_SIDE, maxSide: MAX_LOGO_SIDE };
  return modalShell({
    callbackId: VIEWS.quoteLogo,
    title: t('quotes.logo.title'),
    submit: t('quotes.logo.submit'),
    close: t('common.cancel'),
    blocks: [
      { type: 'section', text: mrkdwn(t('quotes.logo.intro', limits)) },
      { type: 'context', elements: [mrkdwn(now)] },
      {
        type: 'input',
        block_id: BLOCKS.quoteLogoFile,
        label: plain(t('quotes.logo.fileLabel'), SLACK_LIMITS.inputLabel),
        element: {
          type: 'file_input',
          action_id: BLOCKS.quoteLogoFile,
          filetypes: ['png', 'jpg', 'jpeg'],
          max_files: 1,
        },
      },
    ],
  });
}
