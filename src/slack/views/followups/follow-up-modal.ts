import { MAX_NOTES_LENGTH } from '../../../features/leads/lead-input.js';
import type { FollowUpForm } from '../../../features/leads/lead-progress-input.js';
import type { Lead } from '../../../features/leads/leads.types.js';
import type { Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { type ModalView, modalShell, readInput, type ViewStateValues } from '../blocks.js';
import { dateInput, leadContextBlock, textInput, timeInput } from '../modal-inputs.js';

export const FOLLOW_UP_FORM_BLOCKS: Record<keyof FollowUpForm, string> = {
  date: BLOCKS.nextFollowUpDate,
  time: BLOCKS.nextFollowUpTime,
  note: BLOCKS.followUpNote,
};

/** The next follow-up: starts from the lead's current one, or from `suggested` (the next working day). */
export function buildFollowUpModal(input: {
  lead: Lead;
  suggested: string;
  metadata: string;
  t: Translate;
}): ModalView {
  const { lead, t } = input;
  return modalShell({
    callbackId: VIEWS.setFollowUp,
    title: t('leads.progress.followUpTitle'),
    submit: t('common.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      leadContextBlock(lead, t),
      dateInput(BLOCKS.nextFollowUpDate, t('leads.progress.field.followUpDate'), {
        value: lead.nextFollowUpOn ?? input.suggested,
        optional: false,
      }),
      timeInput(BLOCKS.nextFollowUpTime, t('leads.progress.field.followUpTime'), {
        value: lead.nextFollowUpTime,
      }),
      textInput(BLOCKS.followUpNote, t('leads.progress.field.followUpNote'), {
        multiline: true,
        max: MAX_NOTES_LENGTH,
      }),
    ],
  });
}

export function readFollowUpForm(values: ViewStateValues): FollowUpForm {
  return {
    date: readInput(values, BLOCKS.nextFollowUpDate),
    time: readInput(values, BLOCKS.nextFollowUpTime),
    note: readInput(values, BLOCKS.followUpNote),
  };
}
