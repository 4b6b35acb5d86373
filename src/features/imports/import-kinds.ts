import type { Translate } from '../../i18n/index.js';
import type { CustomerPreviewDetails } from '../customers/customer-import.types.js';
import { customerImportKind } from '../customers/customer-import-kind.js';
import type { ProductPreviewDetails } from '../products/product-import.types.js';
import { productImportKind } from '../products/product-import-kind.js';
import type { ClassifiedRow, ImportKind } from './import-kind.js';
import type { ImportFormat, ImportKindName, RejectedRow } from './imports.types.js';
import { type LeadPreviewDetails, leadImportKind } from './lead-import-kind.js';

/** Every kind of row a file can bring in. A new kind is one entry here and its own module. */
const KINDS: Record<ImportKindName, ImportKind<ClassifiedRow, unknown>> = {
  leads: leadImportKind as ImportKind<ClassifiedRow, unknown>,
  products: productImportKind as ImportKind<ClassifiedRow, unknown>,
  customers: customerImportKind as ImportKind<ClassifiedRow, unknown>,
};

export function importKind(name: ImportKindName): ImportKind<ClassifiedRow, unknown> {
  return KINDS[name] ?? KINDS.leads;
}

type DetailsByKind = {
  leads: LeadPreviewDetails;
  products: ProductPreviewDetails;
  customers: CustomerPreviewDetails;
};

/** What an import would do, before it does it: the part every kind shares, then the kind's own. */
export type ImportPreview<K extends ImportKindName = ImportKindName> = {
  importId: number;
  fileName: string;
  format: ImportFormat;
  headers: string[];
  mapping: Partial<Record<string, number>>;
  /** The first rows that will not be imported, with why (the counts cover every row). */
  invalidRows: RejectedRow[];
} & DetailsByKind[K];

/** A field's column name for the kind, in the reader's language (the preview, the rejected rows' reasons). */
export function columnLabelOf(kind: ImportKindName, field: string, t: Translate): string {
  return importKind(kind).columnLabel(field, t);
}

/** The fields a kind's columns can fill, in the order the preview lists them. */
export function fieldsOf(kind: ImportKindName): readonly string[] {
  return importKind(kind).fields;
}
