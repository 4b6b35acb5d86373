import { createHash } from 'node:crypto';
import { parseIsoDate } from '../../lib/parse/calendar.js';
import { moneyProblemMessage } from '../../lib/parse/money-argument.js';
import { leadValueMaxMinor, readMoneyField, validateLeadInput } from '../leads/lead-input.js';
import type { LeadForm, LeadInput, Stage } from '../leads/leads.types.js';
import {
  readCompanySize,
  readCurrency,
  readDate,
  readIndustry,
  readIntent,
  readKind,
  readSource,
  readStage,
  unguard,
} from './import-values.js';
import type { ColumnMapping, ImportField, LeadRowProblem, MoneyProblemKey } from './imports.types.js';

/** A row that passed the lead form's validation, waiting for its owner to be matched and duplicates checked. */
export interface ImportCandidate {
  line: number;
  input: LeadInput;
  stage: Stage;
  /** The owner cell as written; empty means the importer. */
  ownerText: string;
  /** Fingerprint of the row's content: the same row imported again is recognised and never created twice. */
  importKey: string;
}

export type RowReading =
  | { ok: true; candidate: ImportCandidate }
  | { ok: false; line: number; problems: LeadRowProblem[] };

function fingerprint(input: LeadInput, stage: Stage): string {
  return createHash('sha256')
    .update(JSON.stringify([stage, ...Object.values(input)]))
    .digest('hex');
}

/** Why the row's amount is refused, saying what the cell says and in which currency it must be (a sheet has room). */
function amountProblem(text: string, currency: string): LeadRowProblem {
  const options = { maxMinor: leadValueMaxMinor(currency), allowZero: true };
  const read = readMoneyField(text, currency, options);
  if (read.ok) return { field: 'estimatedValue', key: 'money.field.not_a_number' };
  const { key, params } = moneyProblemMessage(read.reading, options);
  const plain = Object.entries(params).flatMap(([name, value]) =>
    typeof value === 'string' || typeof value === 'number' ? [[name, value] as const] : [],
  );
  return { field: 'estimatedValue', key: key as MoneyProblemKey, params: Object.fromEntries(plain) };
}

/**
 * Reads one spreadsheet row through the mapping and validates it exactly as the new-lead form does, after
 * turning spreadsheet habits into what the form takes (labels in either language, `2027/1/5`, `¥300,000`).
 */
export function readRow(
  row: { line: number; cells: string[] },
  mapping: ColumnMapping,
  defaults: { currency: string; today: string },
): RowReading {
  const cell = (field: ImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : unguard(row.cells[column]?.trim() ?? '');
  };
  const problems: LeadRowProblem[] = [];
  const choice = (field: ImportField, read: (text: string) => string | undefined): string | null => {
    const text = cell(field);
    return text ? (read(text) ?? null) : null;
  };

  const stageText = cell('stage');
  const stage = stageText ? readStage(stageText) : 'new';
  if (!stage) problems.push({ field: 'stage', key: 'imports.error.stage' });
  else if (stage === 'won' || stage === 'lost')
    problems.push({ field: 'stage', key: 'imports.error.closedStage' });

  const currencyText = cell('currency');
  const currency = currencyText ? readCurrency(currencyText) : undefined;
  if (currencyText && !currency) problems.push({ field: 'currency', key: 'imports.error.currency' });
  const amountText = cell('estimatedValue');

  const form: LeadForm = {
    kind: choice('kind', readKind),
    companyName: cell('companyName'),
    contactName: cell('contactName'),
    contactTitle: cell('contactTitle'),
    phone: cell('phone'),
    email: cell('email'),
    industry: choice('industry', (text) => readIndustry(text) ?? 'other'),
    companySize: choice('companySize', readCompanySize),
    source: choice('source', (text) => readSource(text) ?? 'other'),
    // Read as the lead form reads it (`¥300,000`, `1.2万`, `USD 1,200.50` when the row is in USD): another currency
    // than the row's or the team's is refused for the row, never stripped and never converted.
    estimatedValue: amountText || null,
    currency: currency ?? (amountText ? defaults.currency : null),
    expectedCloseDate: cell('expectedCloseDate') ? readDate(cell('expectedCloseDate')) : null,
    intent: choice('intent', readIntent),
    nextFollowUpOn: cell('nextFollowUpOn') ? readDate(cell('nextFollowUpOn')) : null,
    notes: cell('notes'),
  };
  // An imported follow-up may be overdue already (as the edit form keeps an overdue date): the form's "not in
  // the past" rule is for dates a rep picks now. Its other rules (a real date, not ten years out) still apply.
  const followUp = form.nextFollowUpOn ?? '';
  const result = validateLeadInput(
    form,
    followUp < defaults.today && parseIsoDate(followUp) ? followUp : defaults.today,
  );
  if (!result.ok) {
    for (const [field, key] of Object.entries(result.errors)) {
      if (field === 'estimatedValue')
        problems.push(amountProblem(amountText, form.currency ?? defaults.currency));
      else if (key) problems.push({ field: field as ImportField, key });
    }
  }
  if (!result.ok || problems.length || !stage) return { ok: false, line: row.line, problems };
  return {
    ok: true,
    candidate: {
      line: row.line,
      input: result.value,
      stage,
      ownerText: cell('owner'),
      importKey: fingerprint(result.value, stage),
    },
  };
}
