import { MAX_NOTES_LENGTH } from '../../../features/leads/lead-input.js';
import type { ActivityForm } from '../../../features/leads/lead-progress-input.js';
import type { Lead } from '../../../features/leads/leads.types.js';
import { ACTIVITY_KINDS } from '../../../features/leads/leads.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { type ModalView, modalShell, options, readInput, type ViewStateValues } from '../blocks.js';
import { dateInput, leadContextBlock, selectInput, textInput, timeInput } from '../modal-inputs.js';

export const ACTIVITY_FORM_BLOCKS: Record<keyof ActivityForm, string> = {
  kind: BLOCKS.activityKind,
  note: BLOCKS.activityNote,
  date: BLOCKS.activityDate,
  time: BLOCKS.activityTime,
  nextFollowUpOn: BLOCKS.nextFollowUpDate,
  nextFollowUpTime: BLOCKS.nextFollowUpTime,
};

/** What happened (kind, note), when (defaults to now, the rep's time), and optionally the next follow-up. */
export function buildLogActivityModal(input: {
  lead: Lead;
  /** The rep's local date and `HH:MM`, the defaults for when it happened. */
  today: string;
  now: string;
  metadata: string;
  t: Translate;
}): ModalView {
  const { lead, t } = input;
  const kinds = options(ACTIVITY_KINDS, (kind) => t(`leads.activity.${kind}` as MessageKey));
  return modalShell({
    callbackId: VIEWS.logActivity,
    title: t('leads.progress.logActivityTitle'),
    submit: t('common.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks: [
      leadContextBlock(lead, t),
      selectInput(BLOCKS.activityKind, t('leads.progress.field.kind'), kinds, {
        value: 'call',
        optional: false,
        placeholder: t('leads.field.select'),
      }),
      textInput(BLOCKS.activityNote, t('leads.progress.field.note'), {
        optional: false,
        multiline: true,
        max: MAX_NOTES_LENGTH,
      }),
      dateInput(BLOCKS.activityDate, t('leads.progress.field.date'), { value: input.today, optional: false }),
      timeInput(BLOCKS.activityTime, t('leads.progress.field.time'), { value: input.now, optional: false }),
      dateInput(BLOCKS.nextFollowUpDate, t('leads.progress.field.nextFollowUpDate')),
      timeInput(BLOCKS.nextFollowUpTime, t('leads.progress.field.nextFollowUpTime')),
    ],
  });
}

export function readActivityForm(values: ViewStateValues): ActivityForm {
  return Object.fromEntries(
    Object.entries(ACTIVITY_FORM_BLOCKS).map(([field, block]) => [field, readInput(values, block)]),
  ) as ActivityForm;
}
