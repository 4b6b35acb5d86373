import { MAX_NOTES_LENGTH } from '../../../features/leads/lead-input.js';
import { type Lead, LOST_REASONS } from '../../../features/leads/leads.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { type ModalView, modalShell, options, readInput, type ViewStateValues } from '../blocks.js';
import { leadContextBlock, selectInput, textInput } from '../modal-inputs.js';

export const WON_FORM_BLOCKS = { amount: BLOCKS.wonAmount } as const;
export const LOST_FORM_BLOCKS = { reason: BLOCKS.lostReason, note: BLOCKS.lostNote } as const;

/** "Mark won" asks for the final amount, starting from the estimate. */
export function buildMarkWonModal(input: { lead: Lead; metadata: string; t: Translate }): ModalView {
  const { lead, t } = input;
  return modalShell({
    callbackId: VIEWS.markWon,
    title: t('leads.progress.wonTitle'),
    submit: t('leads.progress.submitWon'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      leadContextBlock(lead, t),
      textInput(
        BLOCKS.wonAmount,
        t('leads.progress.field.wonAmount', { currency: lead.currency ?? t('common.none') }),
        {
          value: lead.estimatedValue === null ? null : String(lead.estimatedValue),
          optional: false,
          max: 30,
          hint: t('leads.field.estimatedValueHint'),
        },
      ),
    ],
  });
}

/** "Mark lost" asks why, from a fixed list (so lost deals can be analysed), plus a note. */
export function buildMarkLostModal(input: { lead: Lead; metadata: string; t: Translate }): ModalView {
  const { lead, t } = input;
  const reasons = options(LOST_REASONS, (reason) => t(`leads.lostReason.${reason}` as MessageKey));
  return modalShell({
    callbackId: VIEWS.markLost,
    title: t('leads.progress.lostTitle'),
    submit: t('leads.progress.submitLost'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      leadContextBlock(lead, t),
      selectInput(BLOCKS.lostReason, t('leads.progress.field.lostReason'), reasons, {
        optional: false,
        placeholder: t('leads.field.select'),
      }),
      textInput(BLOCKS.lostNote, t('leads.progress.field.lostNote'), {
        multiline: true,
        max: MAX_NOTES_LENGTH,
        hint: t('leads.progress.field.lostNoteHint'),
      }),
    ],
  });
}

export function readWonForm(values: ViewStateValues): { amount: string | null } {
  return { amount: readInput(values, BLOCKS.wonAmount) };
}

export function readLostForm(values: ViewStateValues): { reason: string | null; note: string | null } {
  return { reason: readInput(values, BLOCKS.lostReason), note: readInput(values, BLOCKS.lostNote) };
}
