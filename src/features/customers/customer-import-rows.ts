import { moneyProblemMessage, readMoneyArgument } from '../../lib/parse/money-argument.js';
import { visibleText } from '../../lib/text.js';
import { readCurrency, readIndustry, readKind, unguard } from '../imports/import-values.js';
import type { ColumnMapping, RowProblem } from '../imports/imports.types.js';
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH } from '../leads/lead-input.js';
import type { CustomerImportField, CustomerRowValues } from './customer-import.types.js';

export type CustomerRowReading =
  | { ok: true; values: CustomerRowValues }
  | { ok: false; problems: RowProblem[] };

/** As the lead form checks them (src/features/leads/lead-input.ts). */
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const PHONE = /^[+()\d\s.\-/ext]{5,40}$/i;
/** `12`, `#12`: the export's customer number. */
const NUMBER = /^#?(\d{1,15})$/;

/**
 * Reads one row of a customer file through the mapping, with the lead form's rules for names, phones and emails.
 * A credit limit is money of the team's currency, read by the app's one money reader (`¥300,000`, `30万`); another
 * currency, in the cell or a Currency column, is refused for that row, never converted. Only finance and admins
 * set credit limits (`setsCreditLimits`): anyone else's row with one is refused and says so.
 */
export function readCustomerRow(
  row: { line: number; cells: string[] },
  mapping: ColumnMapping,
  context: { currency: string; setsCreditLimits: boolean },
): CustomerRowReading {
  const cell = (field: CustomerImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : unguard(row.cells[column]?.trim() ?? '');
  };
  const problems: RowProblem[] = [];
  const text = (field: CustomerImportField, max = MAX_NAME_LENGTH): string | null => {
    const value = visibleText(cell(field));
    if (value !== null && Array.from(value).length > max)
      problems.push({ field, key: 'leads.error.tooLong' });
    return value;
  };

  const name = text('name');
  if (name === null) problems.push({ field: 'name', key: 'leads.error.required' });
  const number = cell('id') ? NUMBER.exec(cell('id'))?.[1] : undefined;
  if (cell('id') && !number) problems.push({ field: 'id', key: 'customers.import.error.id' });
  const kind = cell('kind') ? readKind(cell('kind')) : 'company';
  if (!kind) problems.push({ field: 'kind', key: 'customers.import.error.kind' });

  const email = text('email');
  if (email && !EMAIL.test(email)) problems.push({ field: 'email', key: 'leads.error.email' });
  const phone = text('phone');
  if (phone && !PHONE.test(phone)) problems.push({ field: 'phone', key: 'leads.error.phone' });
  const contactName = text('contactName');
  const contactTitle = text('contactTitle');
  const notes = text('notes', MAX_NOTES_LENGTH);
  const industry = cell('industry') ? (readIndustry(cell('industry')) ?? 'other') : undefined;

  let creditLimitMinor: number | undefined;
  const limitText = cell('creditLimit');
  const written = cell('currency');
  const currency = written ? readCurrency(written) : context.currency;
  if (limitText) {
    if (!context.setsCreditLimits)
      problems.push({ field: 'creditLimit', key: 'customers.import.error.creditFinanceOnly' });
    else if (currency !== context.currency)
      problems.push({
        field: 'currency',
        key: 'customers.import.error.currency',
        params: { currency: context.currency },
      });
    else {
      const reading = readMoneyArgument(limitText, context.currency, { allowZero: true });
      if (reading.ok) creditLimitMinor = reading.minor;
      else {
        const { key, params } = moneyProblemMessage(reading);
        const plain = Object.entries(params).flatMap(([param, value]) =>
          typeof value === 'string' || typeof value === 'number' ? [[param, value] as const] : [],
        );
        problems.push({ field: 'creditLimit', key, params: Object.fromEntries(plain) });
      }
    }
  }
  if (problems.length || name === null || !kind) return { ok: false, problems };

  const values: CustomerRowValues = { line: row.line, name, kind, ownerText: cell('owner') };
  if (number) values.id = Number(number);
  if (industry) values.industry = industry;
  if (notes !== null) values.notes = notes;
  if (creditLimitMinor !== undefined) values.creditLimitMinor = creditLimitMinor;
  if (contactName !== null || phone !== null || email !== null)
    values.contact = { name: contactName ?? name, title: contactTitle, phone, email };
  return { ok: true, values };
}
