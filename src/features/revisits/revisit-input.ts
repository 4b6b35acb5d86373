import {
  type LogRevisitInput,
  REVISIT_NOTE_MAX,
  REVISIT_OUTCOMES,
  type RevisitOutcome,
} from './revisits.types.js';

/** The Log revisit form as submitted. */
export interface LogRevisitForm {
  outcome: string | null;
  note: string | null;
  dealWanted: boolean;
}

const isOutcome = (value: string | null): value is RevisitOutcome =>
  REVISIT_OUTCOMES.includes(value as RevisitOutcome);

/** Field → catalog key of what is wrong with it. Starting a deal is kept only with a new need. */
export function validateLogRevisitForm(
  form: LogRevisitForm,
): { ok: true; input: LogRevisitInput } | { ok: false; errors: Partial<Record<'outcome' | 'note', string>> } {
  const note = form.note?.trim() ?? '';
  const errors: Partial<Record<'outcome' | 'note', string>> = {};
  if (!isOutcome(form.outcome)) errors.outcome = 'revisits.modal.pickOutcome';
  if (note.length > REVISIT_NOTE_MAX) errors.note = 'revisits.modal.noteTooLong';
  if (!isOutcome(form.outcome) || errors.note) return { ok: false, errors };
  return {
    ok: true,
    input: {
      outcome: form.outcome,
      note: note || null,
      startDeal: form.outcome === 'new_need' && form.dealWanted,
    },
  };
}
