import type { KnownBlock } from '@slack/types';
import type { CustomerChange } from '../../../features/customers/customer-import.types.js';
import { customerColumnLabel } from '../../../features/customers/customer-import-columns.js';
import type { ImportPreview } from '../../../features/imports/import-kinds.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { escapeMrkdwn, truncate } from '../../mrkdwn.js';

/** What a preview lists of one change, for mrkdwn: the file's text escaped and cut short. */
function changeValue(change: CustomerChange, value: string | number | null, currency: string, t: Translate) {
  if (value === null) return t('customers.import.none');
  if (change.field === 'creditLimit' && typeof value === 'number') return formatMinor(value, currency);
  if (change.field === 'industry') {
    const label = t(`leads.industry.${value}` as MessageKey);
    return escapeMrkdwn(label.startsWith('leads.') ? String(value) : label);
  }
  return escapeMrkdwn(truncate(String(value), 60));
}

function changeText(change: CustomerChange, currency: string, t: Translate): string {
  if (change.field === 'contact')
    return t('customers.import.newContact', { name: changeValue(change, change.after, currency, t) });
  return t('customers.import.change', {
    field: customerColumnLabel(change.field, t),
    before: changeValue(change, change.before, currency, t),
    after: changeValue(change, change.after, currency, t),
  });
}

/**
 * The customer file's part of an import preview: what is new, changed, unchanged or someone else's, and the first
 * rows that change a customer with what they change (before → after).
 */
export function customerPreviewParts(
  preview: ImportPreview<'customers'>,
  t: Translate,
  listSection: (title: string, lines: string[], total: number, t: Translate) => KnownBlock,
): { summary: string; sections: KnownBlock[]; importable: boolean; nothingToImport: string } {
  const { counts, currency } = preview;
  const summary = [
    t('customers.import.summary', { file: escapeMrkdwn(preview.fileName), currency, ...counts }),
    t('customers.import.outcomes', { ...counts }),
    ...(counts.repeatedInFile ? [t('customers.import.repeated', { count: counts.repeatedInFile })] : []),
  ].join('\n');
  const changed = preview.changedRows.map((row) =>
    t('customers.import.changedRow', {
      line: row.line,
      id: row.customerId,
      name: escapeMrkdwn(row.name),
      changes: row.changes.map((change) => changeText(change, currency, t)).join('; '),
    }),
  );
  return {
    summary,
    sections: changed.length
      ? [
          listSection(
            t('customers.import.changedTitle', { count: counts.updated }),
            changed,
            counts.updated,
            t,
          ),
        ]
      : [],
    importable: counts.new + counts.updated > 0,
    nothingToImport: t('customers.import.nothingToImport'),
  };
}
