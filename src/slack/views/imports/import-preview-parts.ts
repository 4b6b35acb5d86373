import type { KnownBlock, PlainTextOption } from '@slack/types';
import type { ImportPreview } from '../../../features/imports/import-kinds.js';
import { productColumnLabel } from '../../../features/products/product-import-columns.js';
import type { Translate } from '../../../i18n/index.js';
import { BLOCKS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, userMention } from '../../mrkdwn.js';
import { mrkdwn, option, plain } from '../blocks.js';
import { customerPreviewParts } from '../customers/customer-import-preview.js';
import { changeValue } from '../products/product-format.js';
import { reasonsText } from './import-format.js';

export const SAMPLE_LINES = 10;

/** A titled list of sample lines, saying how many more there are. */
export function listSection(title: string, lines: string[], total: number, t: Translate): KnownBlock {
  const more = total > lines.length ? [t('imports.preview.more', { count: total - lines.length })] : [];
  return { type: 'section', text: mrkdwn([title, ...lines.map((line) => `• ${line}`), ...more].join('\n')) };
}

/** What a kind's preview shows besides the mapping and the invalid rows; `importable`: is there anything to do. */
export interface PreviewParts {
  summary: string;
  sections: KnownBlock[];
  importable: boolean;
  nothingToImport: string;
}

/**
 * Leads: the rows that match existing leads (shown as far as the user may see those leads) and whether to skip or
 * update them.
 */
function leadParts(preview: ImportPreview<'leads'>, t: Translate): PreviewParts {
  const { counts } = preview;
  const summary = [
    t('imports.preview.summary', { file: escapeMrkdwn(preview.fileName), ...counts }),
    ...(counts.alreadyImported
      ? [t('imports.preview.alreadyImported', { count: counts.alreadyImported })]
      : []),
    ...(counts.repeatedInFile ? [t('imports.preview.repeated', { count: counts.repeatedInFile })] : []),
  ].join('\n');
  const duplicates = preview.duplicateRows.slice(0, SAMPLE_LINES).map(({ line, companyName, duplicate }) =>
    duplicate.visible
      ? t('imports.preview.duplicateOf', {
          line,
          company: escapeMrkdwn(companyName),
          id: duplicate.match.leadId,
          match: escapeMrkdwn(duplicate.match.companyName),
          owner: userMention(duplicate.match.ownerUserId),
          reasons: reasonsText(duplicate.match.reasons, t),
        })
      : t('imports.preview.duplicateHidden', {
          line,
          company: escapeMrkdwn(companyName),
          owner: userMention(duplicate.ownerUserId),
          reasons: reasonsText(duplicate.reasons, t),
        }),
  );
  const policies = [
    option(t('imports.preview.policySkip'), 'skip'),
    option(t('imports.preview.policyUpdate'), 'update'),
  ];
  const sections: KnownBlock[] = [
    ...(duplicates.length
      ? [
          listSection(
            t('imports.preview.duplicatesTitle', { count: counts.duplicates }),
            duplicates,
            counts.duplicates,
            t,
          ),
        ]
      : []),
    ...(counts.duplicates
      ? [
          {
            type: 'input' as const,
            block_id: BLOCKS.importPolicy,
            label: plain(t('imports.preview.policy'), SLACK_LIMITS.inputLabel),
            element: {
              type: 'radio_buttons' as const,
              action_id: BLOCKS.importPolicy,
              options: policies,
              initial_option: policies[0] as PlainTextOption,
            },
          },
        ]
      : []),
  ];
  return {
    summary,
    sections,
    importable: counts.valid - counts.alreadyImported - counts.repeatedInFile > 0,
    nothingToImport: t('imports.preview.nothingToImport'),
  };
}

/** A price list: into which list, what is new, what changes (each change shown before → after), unchanged rows. */
function productParts(preview: ImportPreview<'products'>, t: Translate): PreviewParts {
  const { counts, priceList } = preview;
  const summary = [
    t('products.import.summary', {
      file: escapeMrkdwn(preview.fileName),
      list: escapeMrkdwn(priceList.name),
      currency: priceList.currency,
      rows: counts.rows,
      valid: counts.valid,
      invalid: counts.invalid,
    }),
    t('products.import.outcomes', { ...counts }),
    ...(counts.repeatedInFile ? [t('products.import.repeated', { count: counts.repeatedInFile })] : []),
  ].join('\n');
  const changed = preview.changedRows.map((row) =>
    t('products.import.changedRow', {
      line: row.line,
      sku: escapeMrkdwn(row.sku),
      changes: row.changes
        .map((change) =>
          t('products.import.change', {
            field: productColumnLabel(change.field, t),
            before: changeValue(change.field, change.before, priceList.currency, t),
            after: changeValue(change.field, change.after, priceList.currency, t),
          }),
        )
        .join('; '),
    }),
  );
  return {
    summary,
    sections: changed.length
      ? [
          listSection(
            t('products.import.changedTitle', { count: counts.updated }),
            changed,
            counts.updated,
            t,
          ),
        ]
      : [],
    importable: counts.new + counts.updated > 0,
    nothingToImport: t('products.import.nothingToImport'),
  };
}

export function previewParts(preview: ImportPreview, t: Translate): PreviewParts {
  if (preview.kind === 'customers') return customerPreviewParts(preview, t, listSection);
  return preview.kind === 'products' ? productParts(preview, t) : leadParts(preview, t);
}
