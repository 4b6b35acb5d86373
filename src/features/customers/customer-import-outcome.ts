import type {
  CustomerChange,
  CustomerRow,
  CustomerRowKeys,
  CustomerRowValues,
  MatchedCustomer,
} from './customer-import.types.js';

type Update = Extract<CustomerRow, { kind: 'update' }>;

/** A contact the customer has already: the same phone or email key, or — with neither — the same name. */
function knownContact(values: CustomerRowValues, keys: CustomerRowKeys, customer: MatchedCustomer): boolean {
  const contact = values.contact;
  if (!contact) return true;
  if (!keys.phoneKey && !keys.emailKey)
    return customer.contacts.some((known) => known.name.toLowerCase() === contact.name.toLowerCase());
  return customer.contacts.some(
    (known) =>
      (keys.phoneKey !== null && known.phoneKey === keys.phoneKey) ||
      (keys.emailKey !== null && known.emailKey === keys.emailKey),
  );
}

/**
 * What a row does to the customer it matched: fills in what the row has and the customer lacks or has otherwise
 * (industry, notes, the credit limit), adds its contact when the customer does not have it, and never blanks a
 * field the row leaves empty. The name, kind and owner stay: a file does not rename or hand over a customer.
 * Nothing to change: unchanged, so the same file imported again writes nothing.
 */
export function customerUpdate(
  values: CustomerRowValues,
  keys: CustomerRowKeys,
  customer: MatchedCustomer,
  currency: string,
): Update | { kind: 'unchanged'; line: number; customerId: number } {
  const set: Update['set'] = {};
  const changes: CustomerChange[] = [];
  if (values.industry !== undefined && values.industry !== customer.industry) {
    set.industry = values.industry;
    changes.push({ field: 'industry', before: customer.industry, after: values.industry });
  }
  if (values.notes !== undefined && values.notes !== customer.notes) {
    set.notes = values.notes;
    changes.push({ field: 'notes', before: customer.notes, after: values.notes });
  }
  const limit = values.creditLimitMinor;
  if (
    limit !== undefined &&
    (limit !== customer.creditLimitMinor || customer.creditLimitCurrency !== currency)
  ) {
    set.creditLimitMinor = limit;
    changes.push({ field: 'creditLimit', before: customer.creditLimitMinor, after: limit });
  }
  const contact = knownContact(values, keys, customer) ? undefined : values.contact;
  if (contact) changes.push({ field: 'contact', before: null, after: contact.name });
  if (changes.length === 0) return { kind: 'unchanged', line: values.line, customerId: customer.id };
  return {
    kind: 'update',
    line: values.line,
    name: values.name,
    customerId: customer.id,
    version: customer.version,
    set,
    ...(contact ? { contact } : {}),
    changes,
  };
}

/** The keys a row is known by within its file: its number, phone, email and (a company) company name. */
export function rowKeys(values: CustomerRowValues, keys: CustomerRowKeys): string[] {
  return [
    ...(values.id !== undefined ? [`id:${values.id}`] : []),
    ...(keys.phoneKey ? [`phone:${keys.phoneKey}`] : []),
    ...(keys.emailKey ? [`email:${keys.emailKey}`] : []),
    ...(keys.companyKey && values.kind === 'company' ? [`company:${keys.companyKey}`] : []),
  ];
}
