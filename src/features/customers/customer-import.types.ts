import type { RejectedRow } from '../imports/imports.types.js';
import type { CustomerKind } from './customers.types.js';

/**
 * The columns a customer file can fill (README: "Customers"). `id` is the export's customer number: a row that
 * carries one is that customer; the others are matched as a won lead is (phone, email, company name).
 */
export const CUSTOMER_IMPORT_FIELDS = [
  'id',
  'name',
  'kind',
  'industry',
  'owner',
  'contactName',
  'contactTitle',
  'phone',
  'email',
  'notes',
  'creditLimit',
  'currency',
] as const;
export type CustomerImportField = (typeof CUSTOMER_IMPORT_FIELDS)[number];

/** What one row says about a customer; a field it leaves empty is undefined (an empty cell never blanks one). */
export interface CustomerRowValues {
  line: number;
  /** The customer number the row names (an exported file), if any. */
  id?: number;
  name: string;
  kind: CustomerKind;
  industry?: string;
  notes?: string;
  ownerText: string;
  contact?: { name: string; title: string | null; phone: string | null; email: string | null };
  /** Minor units of the team's currency. */
  creditLimitMinor?: number;
}

/** The keys a row is matched by, computed by the database as duplicate detection computes them. */
export interface CustomerRowKeys {
  phoneKey: string | null;
  emailKey: string | null;
  companyKey: string | null;
}

/** A customer a row matched, as its outcome needs it. */
export interface MatchedCustomer {
  id: number;
  ownerUserId: string;
  version: number;
  industry: string | null;
  notes: string | null;
  creditLimitMinor: number | null;
  creditLimitCurrency: string | null;
  /** Its contacts' keys: a row's contact is new unless one of them has its phone, email or (alone) name. */
  contacts: { phoneKey: string | null; emailKey: string | null; name: string }[];
}

/** What a row changes on a customer on file, shown in the preview before anything is written. */
export interface CustomerChange {
  field: 'industry' | 'notes' | 'creditLimit' | 'contact';
  before: string | number | null;
  after: string | number | null;
}

/** What a customer import does with one row. */
export type CustomerRow =
  | ({ kind: 'invalid' } & RejectedRow)
  | { kind: 'new'; line: number; values: CustomerRowValues; ownerUserId: string; keys: CustomerRowKeys }
  | {
      kind: 'update';
      line: number;
      name: string;
      customerId: number;
      /** The version it was read at: a customer changed since is left alone (counted as skipped). */
      version: number;
      set: { industry?: string; notes?: string; creditLimitMinor?: number };
      contact?: CustomerRowValues['contact'];
      changes: CustomerChange[];
    }
  | { kind: 'unchanged'; line: number; customerId: number }
  /** The customer exists but is not the importer's to see or change: left alone, never described. */
  | { kind: 'notYours'; line: number }
  | { kind: 'repeated'; line: number; firstLine: number };

export interface CustomerImportCounts {
  rows: number;
  valid: number;
  invalid: number;
  new: number;
  updated: number;
  /** Rows that say what the customer file has already: importing the same file again writes nothing. */
  unchanged: number;
  /** Rows matching a customer someone else looks after: left alone. */
  notYours: number;
  /** Rows matching an earlier row of the file (number, phone, email or company name): the first one counts. */
  repeatedInFile: number;
}

/** What a customer import's preview says beyond rows read, valid and invalid. */
export interface CustomerPreviewDetails {
  kind: 'customers';
  currency: string;
  counts: CustomerImportCounts;
  /** The first rows that change a customer, with what they change. */
  changedRows: { line: number; customerId: number; name: string; changes: CustomerChange[] }[];
}
