import type { KnownBlock } from '@slack/types';
import type { FieldErrors } from '../../../features/leads/lead-input.js';
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH } from '../../../features/leads/lead-input.js';
import {
  COMPANY_SIZES,
  CURRENCIES,
  INDUSTRIES,
  INTENTS,
  LEAD_KINDS,
  type Lead,
  type LeadForm,
  type LeadInput,
  SOURCES,
} from '../../../features/leads/leads.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import {
  findOption,
  type ModalView,
  modalShell,
  options,
  plain,
  readInput,
  type ViewStateValues,
} from '../blocks.js';
import { dateInput, fieldErrorsByBlock, selectInput, textInput } from '../modal-inputs.js';

/** Which input block holds each lead field; also how field errors find their block. */
export const LEAD_FIELD_BLOCKS: Record<keyof LeadInput, string> = {
  kind: BLOCKS.leadKind,
  companyName: BLOCKS.company,
  contactName: BLOCKS.contactName,
  contactTitle: BLOCKS.contactTitle,
  phone: BLOCKS.phone,
  email: BLOCKS.email,
  industry: BLOCKS.industry,
  companySize: BLOCKS.companySize,
  source: BLOCKS.source,
  estimatedValue: BLOCKS.estimatedValue,
  currency: BLOCKS.currency,
  expectedCloseDate: BLOCKS.expectedCloseDate,
  intent: BLOCKS.intent,
  nextFollowUpOn: BLOCKS.nextFollowUpDate,
  notes: BLOCKS.notes,
};

export function buildLeadFormModal(input: {
  mode: 'new' | 'edit';
  values: Partial<LeadInput>;
  metadata: string;
  t: Translate;
}): ModalView {
  const { values, t } = input;
  const label = (prefix: string) => (value: string) => t(`${prefix}.${value}` as MessageKey);
  const kinds = options(LEAD_KINDS, label('leads.kind'));
  const kindInitial = findOption(kinds, values.kind ?? 'company');
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: BLOCKS.leadKind,
      label: plain(t('leads.field.kind')),
      element: {
        type: 'radio_buttons',
        action_id: BLOCKS.leadKind,
        options: kinds,
        ...(kindInitial ? { initial_option: kindInitial } : {}),
      },
    },
    textInput(BLOCKS.company, t('leads.field.company'), {
      value: values.companyName,
      optional: false,
      max: MAX_NAME_LENGTH,
    }),
    textInput(BLOCKS.contactName, t('leads.field.contactName'), {
      value: values.contactName,
      optional: false,
      max: MAX_NAME_LENGTH,
    }),
    textInput(BLOCKS.contactTitle, t('leads.field.contactTitle'), {
      value: values.contactTitle,
      max: MAX_NAME_LENGTH,
    }),
    textInput(BLOCKS.phone, t('leads.field.phone'), { value: values.phone, max: 40 }),
    // A plain text input (not `email_text_input`) so our own validation answers in the user's language.
    textInput(BLOCKS.email, t('leads.field.email'), { value: values.email, max: MAX_NAME_LENGTH }),
    selectInput(BLOCKS.industry, t('leads.field.industry'), options(INDUSTRIES, label('leads.industry')), {
      value: values.industry,
      placeholder: t('leads.field.select'),
    }),
    selectInput(
      BLOCKS.companySize,
      t('leads.field.companySize'),
      options(COMPANY_SIZES, (size) => size),
      { value: values.companySize, placeholder: t('leads.field.select') },
    ),
    selectInput(BLOCKS.source, t('leads.field.source'), options(SOURCES, label('leads.source')), {
      value: values.source,
      placeholder: t('leads.field.select'),
    }),
    textInput(BLOCKS.estimatedValue, t('leads.field.estimatedValue'), {
      value: values.estimatedValue?.toString(),
      max: 30,
      hint: t('leads.field.estimatedValueHint'),
    }),
    selectInput(
      BLOCKS.currency,
      t('leads.field.currency'),
      options(CURRENCIES, (code) => code),
      { value: values.currency, placeholder: t('leads.field.select') },
    ),
    dateInput(BLOCKS.expectedCloseDate, t('leads.field.expectedCloseDate'), {
      value: values.expectedCloseDate,
    }),
    selectInput(BLOCKS.intent, t('leads.field.intent'), options(INTENTS, label('leads.intent')), {
      value: values.intent,
      placeholder: t('leads.field.select'),
    }),
    dateInput(BLOCKS.nextFollowUpDate, t('leads.field.nextFollowUp'), { value: values.nextFollowUpOn }),
    textInput(BLOCKS.notes, t('leads.field.notes'), {
      value: values.notes,
      multiline: true,
      max: MAX_NOTES_LENGTH,
    }),
  ];
  return modalShell({
    callbackId: input.mode === 'new' ? VIEWS.newLead : VIEWS.editLead,
    title: t(input.mode === 'new' ? 'leads.modal.newTitle' : 'leads.modal.editTitle'),
    submit: t('common.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks,
  });
}

export function readLeadForm(values: ViewStateValues): LeadForm {
  return Object.fromEntries(
    Object.entries(LEAD_FIELD_BLOCKS).map(([field, blockId]) => [field, readInput(values, blockId)]),
  ) as LeadForm;
}

/** `response_action: errors` wants messages keyed by block id. */
export function leadFieldErrors(errors: FieldErrors, t: Translate): Record<string, string> {
  return fieldErrorsByBlock(errors, LEAD_FIELD_BLOCKS, t);
}

/** A lead's fields as the edit form shows them. */
export function leadFormValues(lead: Lead): Partial<LeadInput> {
  const fields = Object.keys(LEAD_FIELD_BLOCKS) as (keyof LeadInput)[];
  return Object.fromEntries(fields.map((field) => [field, lead[field]])) as Partial<LeadInput>;
}
