import type { Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { type ModalView, modalShell, plain } from '../blocks.js';

/** Reject / request changes: the reason is required and shown to the requester and in the thread. */
export function buildReasonModal(input: {
  decision: 'reject' | 'changes';
  metadata: string;
  t: Translate;
}): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: VIEWS.approvalReason,
    title: t(input.decision === 'reject' ? 'approvals.reason.rejectTitle' : 'approvals.reason.changesTitle'),
    submit: t('approvals.modal.submit'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      {
        type: 'input',
        block_id: BLOCKS.approvalReason,
        label: plain(t('approvals.field.reason')),
        element: {
          type: 'plain_text_input',
          action_id: BLOCKS.approvalReason,
          multiline: true,
          max_length: 2000,
        },
      },
    ],
  });
}

/** "Approve at…": a lower discount than asked, with an optional comment. */
export function buildCounterOfferModal(input: {
  askedPercent: number;
  metadata: string;
  t: Translate;
}): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: VIEWS.approvalCounterOffer,
    title: t('approvals.reason.counterTitle'),
    submit: t('approvals.button.approve'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      {
        type: 'input',
        block_id: BLOCKS.counterOfferPercent,
        label: plain(t('approvals.field.counterPercent')),
        hint: plain(t('approvals.reason.counterHint', { percent: input.askedPercent })),
        element: { type: 'plain_text_input', action_id: BLOCKS.counterOfferPercent, max_length: 10 },
      },
      {
        type: 'input',
        block_id: BLOCKS.approvalReason,
        optional: true,
        label: plain(t('approvals.field.reason')),
        element: {
          type: 'plain_text_input',
          action_id: BLOCKS.approvalReason,
          multiline: true,
          max_length: 2000,
        },
      },
    ],
  });
}
