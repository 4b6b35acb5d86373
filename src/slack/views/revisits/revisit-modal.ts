import type { LogRevisitForm } from '../../../features/revisits/revisit-input.js';
import {
  REVISIT_NOTE_MAX,
  REVISIT_OUTCOMES,
  type Revisit,
} from '../../../features/revisits/revisits.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { encodeRevisitForm } from '../../revisits/revisit-values.js';
import {
  type ModalView,
  modalShell,
  mrkdwn,
  option,
  options,
  plain,
  readInput,
  type ViewStateValues,
} from '../blocks.js';
import { selectInput, textInput } from '../modal-inputs.js';

const DEAL_WANTED = 'yes';

export const outcomeLabel = (t: Translate) => (outcome: string) =>
  t(`revisits.outcome.${outcome}` as MessageKey);

/**
 * "Log revisit": what the revisit found, a note and — for a new need — whether to start the deal now. Carries the
 * revisit's version: a form submitted after someone else logged it is answered with what they found.
 */
export function buildLogRevisitModal(input: { revisit: Revisit; t: Translate }): ModalView {
  const { revisit, t } = input;
  return modalShell({
    callbackId: VIEWS.revisitLog,
    title: t('revisits.modal.title'),
    submit: t('revisits.modal.submit'),
    close: t('common.cancel'),
    metadata: encodeRevisitForm({ revisitId: revisit.id, version: revisit.version }),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          t('revisits.modal.intro', {
            customer: escapeMrkdwn(revisit.customerName),
            contract: escapeMrkdwn(revisit.contractNumber),
            days: revisit.daysAfterDelivery,
            date: revisit.dueOn,
          }),
        ),
      },
      selectInput(
        BLOCKS.revisitOutcome,
        t('revisits.modal.outcome'),
        options(REVISIT_OUTCOMES, outcomeLabel(t)),
        {
          optional: false,
          placeholder: t('service.form.pick'),
        },
      ),
      textInput(BLOCKS.revisitNote, t('revisits.modal.note'), { multiline: true, max: REVISIT_NOTE_MAX }),
      {
        type: 'input',
        block_id: BLOCKS.revisitDealWanted,
        optional: true,
        label: plain(t('revisits.modal.startDeal'), SLACK_LIMITS.inputLabel),
        hint: plain(t('revisits.modal.startDealHint'), SLACK_LIMITS.inputLabel),
        element: {
          type: 'checkboxes',
          action_id: BLOCKS.revisitDealWanted,
          options: [option(t('revisits.modal.startDeal'), DEAL_WANTED)],
        },
      },
    ],
  });
}

export function readLogRevisitForm(values: ViewStateValues): LogRevisitForm {
  const wanted = values[BLOCKS.revisitDealWanted]?.[BLOCKS.revisitDealWanted]?.selected_options ?? [];
  return {
    outcome: readInput(values, BLOCKS.revisitOutcome),
    note: readInput(values, BLOCKS.revisitNote),
    dealWanted: wanted.some((selected) => selected.value === DEAL_WANTED),
  };
}
