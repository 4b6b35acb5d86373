import type { InputBlock, KnownBlock, PlainTextOption } from '@slack/types';
import { INTENTS } from '../../db/schema/index.js';
import type { FieldErrors } from '../../features/leads/lead-input.js';
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH } from '../../features/leads/lead-input.js';
import {
  COMPANY_SIZES,
  CURRENCIES,
  INDUSTRIES,
  LEAD_KINDS,
  type LeadForm,
  type LeadInput,
  SOURCES,
} from '../../features/leads/leads.types.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { BLOCKS, VIEWS } from '../ids.js';
import {
  findOption,
  type ModalView,
  modalShell,
  options,
  plain,
  readInput,
  type ViewStateValues,
} from './blocks.js';

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

function textInput(
  id: string,
  label: string,
  value: string | null | undefined,
  opts: { optional?: boolean; multiline?: boolean; max?: number; hint?: string } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? true,
    label: plain(label, 2000),
    ...(opts.hint ? { hint: plain(opts.hint, 2000) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: id,
      multiline: opts.multiline ?? false,
      ...(opts.max ? { max_length: opts.max } : {}),
      ...(value ? { initial_value: value } : {}),
    },
  };
}

function selectInput(
  id: string,
  label: string,
  choices: PlainTextOption[],
  value: string | null | undefined,
  placeholder: string,
): InputBlock {
  const initial = findOption(choices, value);
  return {
    type: 'input',
    block_id: id,
    optional: true,
    label: plain(label, 2000),
    element: {
      type: 'static_select',
      action_id: id,
      placeholder: plain(placeholder, 150),
      options: choices,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function dateInput(id: string, label: string, value: string | null | undefined): InputBlock {
  return {
    type: 'input',
    block_id: id,
    optional: true,
    label: plain(label, 2000),
    element: { type: 'datepicker', action_id: id, ...(value ? { initial_date: value } : {}) },
  };
}

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
    textInput(BLOCKS.company, t('leads.field.company'), values.companyName, {
      optional: false,
      max: MAX_NAME_LENGTH,
    }),
    textInput(BLOCKS.contactName, t('leads.field.contactName'), values.contactName, {
      optional: false,
      max: MAX_NAME_LENGTH,
    }),
    textInput(BLOCKS.contactTitle, t('leads.field.contactTitle'), values.contactTitle, {
      max: MAX_NAME_LENGTH,
    }),
    textInput(BLOCKS.phone, t('leads.field.phone'), values.phone, { max: 40 }),
    {
      type: 'input',
      block_id: BLOCKS.email,
      optional: true,
      label: plain(t('leads.field.email')),
      // A plain text input (not `email_text_input`) so our own validation answers in the user's language.
      element: {
        type: 'plain_text_input',
        action_id: BLOCKS.email,
        max_length: MAX_NAME_LENGTH,
        ...(values.email ? { initial_value: values.email } : {}),
      },
    },
    selectInput(
      BLOCKS.industry,
      t('leads.field.industry'),
      options(INDUSTRIES, label('leads.industry')),
      values.industry,
      t('leads.field.select'),
    ),
    selectInput(
      BLOCKS.companySize,
      t('leads.field.companySize'),
      options(COMPANY_SIZES, (size) => size),
      values.companySize,
      t('leads.field.select'),
    ),
    selectInput(
      BLOCKS.source,
      t('leads.field.source'),
      options(SOURCES, label('leads.source')),
      values.source,
      t('leads.field.select'),
    ),
    textInput(BLOCKS.estimatedValue, t('leads.field.estimatedValue'), values.estimatedValue?.toString(), {
      max: 30,
      hint: t('leads.field.estimatedValueHint'),
    }),
    selectInput(
      BLOCKS.currency,
      t('leads.field.currency'),
      options(CURRENCIES, (code) => code),
      values.currency,
      t('leads.field.select'),
    ),
    dateInput(BLOCKS.expectedCloseDate, t('leads.field.expectedCloseDate'), values.expectedCloseDate),
    selectInput(
      BLOCKS.intent,
      t('leads.field.intent'),
      options(INTENTS, label('leads.intent')),
      values.intent,
      t('leads.field.select'),
    ),
    dateInput(BLOCKS.nextFollowUpDate, t('leads.field.nextFollowUp'), values.nextFollowUpOn),
    textInput(BLOCKS.notes, t('leads.field.notes'), values.notes, { multiline: true, max: MAX_NOTES_LENGTH }),
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
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [
      LEAD_FIELD_BLOCKS[field as keyof LeadInput],
      t(key as MessageKey),
    ]),
  );
}
