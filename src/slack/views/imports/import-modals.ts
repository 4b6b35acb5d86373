import type { KnownBlock, PlainTextOption } from '@slack/types';
import { columnLabelOf, fieldsOf, type ImportPreview } from '../../../features/imports/import-kinds.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS, BLOCKS, VIEWS } from '../../ids.js';
import { encodeImportMetadata, encodeUploadMetadata, mappingBlockId } from '../../imports/import-metadata.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { type ModalView, modalShell, mrkdwn, option, plain } from '../blocks.js';
import { problemText } from './import-format.js';
import { listSection, previewParts, SAMPLE_LINES } from './import-preview-parts.js';

/** What a file is imported into: leads, one price list (named, in its currency), or the customer file. */
export type ImportTarget =
  | { kind: 'leads' }
  | { kind: 'products'; priceList: { id: number; name: string; currency: string } }
  | { kind: 'customers'; currency: string };

const TITLES = {
  leads: 'imports.modal.title',
  products: 'products.import.title',
  customers: 'customers.import.title',
} as const;

function uploadHint(target: ImportTarget, t: Translate): string {
  if (target.kind === 'products')
    return t('products.import.fileHint', {
      list: target.priceList.name,
      currency: target.priceList.currency,
    });
  if (target.kind === 'customers') return t('customers.import.fileHint', { currency: target.currency });
  return t('imports.modal.fileHint');
}

function uploadMetadata(target: ImportTarget): string | undefined {
  if (target.kind === 'products')
    return encodeUploadMetadata({ kind: 'products', priceListId: target.priceList.id });
  return target.kind === 'customers' ? encodeUploadMetadata({ kind: 'customers' }) : undefined;
}

/**
 * `/lead import`, `/product import` or `/customer import`: one file input (CSV or .xlsx); nothing is written before the preview is
 * confirmed. Its metadata says what the file is for.
 */
export function buildImportUploadModal(input: {
  t: Translate;
  error?: string;
  target?: ImportTarget;
}): ModalView {
  const { t } = input;
  const target = input.target ?? { kind: 'leads' };
  const metadata = uploadMetadata(target);
  return modalShell({
    callbackId: VIEWS.importUpload,
    title: t(TITLES[target.kind]),
    submit: t('imports.modal.next'),
    close: t('imports.modal.close'),
    ...(metadata ? { metadata } : {}),
    blocks: [
      {
        type: 'input',
        block_id: BLOCKS.importFile,
        label: plain(t('imports.modal.file'), SLACK_LIMITS.inputLabel),
        hint: plain(uploadHint(target, t), SLACK_LIMITS.inputLabel),
        element: {
          type: 'file_input',
          action_id: BLOCKS.importFile,
          filetypes: ['csv', 'xlsx'],
          max_files: 1,
        },
      },
      ...(input.error ? [{ type: 'section' as const, text: mrkdwn(`:warning: ${input.error}`) }] : []),
    ],
  });
}

/** Shown while the file is downloaded and checked, after Slack has been answered; or why it could not be. */
export function buildImportReadingModal(input: {
  t: Translate;
  fileName: string;
  error?: string;
  kind?: ImportTarget['kind'];
}): ModalView {
  const { t } = input;
  const text = input.error
    ? `:warning: ${input.error}`
    : t('imports.modal.reading', { file: escapeMrkdwn(input.fileName || '…') });
  return modalShell({
    callbackId: VIEWS.importPreview,
    title: t(TITLES[input.kind ?? 'leads']),
    close: t('imports.modal.close'),
    blocks: [{ type: 'section', text: mrkdwn(text) }],
  });
}

function columnOptions(headers: readonly string[], t: Translate): PlainTextOption[] {
  const none = option(t('imports.preview.notMapped'), 'none');
  const columns = headers.map((header, index) =>
    option(t('imports.preview.column', { number: index + 1, header: header || '—' }), String(index)),
  );
  return [none, ...columns].slice(0, SLACK_LIMITS.staticSelectOptions);
}

/**
 * What an import would do, before it does it: the counts, the column of each field (correctable, then "Check
 * again"), the rows that will not be imported and why, then the kind's own part — for leads the rows that match
 * existing leads and whether to skip or update them, for a price list what each row changes.
 */
export function buildImportPreviewModal(input: { preview: ImportPreview; t: Translate }): ModalView {
  const { preview, t } = input;
  const parts = previewParts(preview, t);
  const choices = columnOptions(preview.headers, t);
  const mappingInputs: KnownBlock[] = fieldsOf(preview.kind).map((field) => {
    const column = preview.mapping[field];
    const initial = choices.find(
      (choice) => choice.value === (column === undefined ? 'none' : String(column)),
    );
    return {
      type: 'input',
      block_id: mappingBlockId(field),
      optional: true,
      label: plain(columnLabelOf(preview.kind, field, t), SLACK_LIMITS.inputLabel),
      element: {
        type: 'static_select',
        action_id: mappingBlockId(field),
        options: choices,
        ...(initial ? { initial_option: initial } : {}),
      },
    };
  });
  const invalid = preview.invalidRows
    .slice(0, SAMPLE_LINES)
    .map((row) =>
      [
        t('imports.preview.row', { line: row.line }),
        row.problems.map((problem) => problemText(problem, t, preview.kind)).join(' '),
      ].join(' — '),
    );
  const invalidCount = preview.counts.invalid;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(parts.summary) },
    { type: 'divider' },
    { type: 'section', text: mrkdwn(t('imports.preview.mapping')) },
    ...mappingInputs,
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.importCheckMapping,
          text: plain(t('imports.preview.checkAgain'), 75),
        },
      ],
    },
    ...(invalid.length
      ? [listSection(t('imports.preview.invalidTitle', { count: invalidCount }), invalid, invalidCount, t)]
      : []),
    ...parts.sections,
    ...(parts.importable
      ? []
      : [{ type: 'section' as const, text: mrkdwn(`:warning: ${parts.nothingToImport}`) }]),
  ];
  return modalShell({
    callbackId: VIEWS.importPreview,
    title: t(TITLES[preview.kind]),
    // Slack refuses a modal with input blocks and no submit: with nothing to import, submitting checks again.
    submit: parts.importable ? t('imports.modal.import') : t('imports.preview.checkAgain'),
    close: t('imports.modal.close'),
    metadata: encodeImportMetadata({
      importId: preview.importId,
      ...(parts.importable ? {} : { recheck: true }),
    }),
    blocks,
  });
}
