import type { KnownBlock, PlainTextOption } from '@slack/types';
import { IMPORT_FIELDS } from '../../../features/imports/imports.types.js';
import type { ImportPreview } from '../../../features/imports/imports.usecases.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS, BLOCKS, VIEWS } from '../../ids.js';
import { encodeImportMetadata, mappingBlockId } from '../../imports/import-metadata.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, userMention } from '../../mrkdwn.js';
import { type ModalView, modalShell, mrkdwn, option, plain } from '../blocks.js';
import { problemText, reasonsText } from './import-format.js';

/** `/lead import`: one file input (CSV or .xlsx); nothing is written before the preview is confirmed. */
export function buildImportUploadModal(input: { t: Translate; error?: string }): ModalView {
  const { t } = input;
  return modalShell({
    callbackId: VIEWS.importUpload,
    title: t('imports.modal.title'),
    submit: t('imports.modal.next'),
    close: t('imports.modal.close'),
    blocks: [
      {
        type: 'input',
        block_id: BLOCKS.importFile,
        label: plain(t('imports.modal.file'), SLACK_LIMITS.inputLabel),
        hint: plain(t('imports.modal.fileHint'), SLACK_LIMITS.inputLabel),
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
}): ModalView {
  const { t } = input;
  const text = input.error
    ? `:warning: ${input.error}`
    : t('imports.modal.reading', { file: escapeMrkdwn(input.fileName || '…') });
  return modalShell({
    callbackId: VIEWS.importPreview,
    title: t('imports.modal.title'),
    close: t('imports.modal.close'),
    blocks: [{ type: 'section', text: mrkdwn(text) }],
  });
}

const SAMPLE_LINES = 10;

function columnOptions(headers: readonly string[], t: Translate): PlainTextOption[] {
  const none = option(t('imports.preview.notMapped'), 'none');
  const columns = headers.map((header, index) =>
    option(t('imports.preview.column', { number: index + 1, header: header || '—' }), String(index)),
  );
  return [none, ...columns].slice(0, SLACK_LIMITS.staticSelectOptions);
}

function listSection(title: string, lines: string[], total: number, t: Translate): KnownBlock {
  const more = total > lines.length ? [t('imports.preview.more', { count: total - lines.length })] : [];
  return { type: 'section', text: mrkdwn([title, ...lines.map((line) => `• ${line}`), ...more].join('\n')) };
}

/**
 * What an import would do, before it does it: the counts, the column of each field (correctable, then "Check
 * again"), the rows that will not be imported and why, the rows that match existing leads (shown as far as the
 * user may see those leads), and whether to skip or update them.
 */
export function buildImportPreviewModal(input: { preview: ImportPreview; t: Translate }): ModalView {
  const { preview, t } = input;
  const { counts } = preview;
  const summary = [
    t('imports.preview.summary', { file: escapeMrkdwn(preview.fileName), ...counts }),
    ...(counts.alreadyImported
      ? [t('imports.preview.alreadyImported', { count: counts.alreadyImported })]
      : []),
    ...(counts.repeatedInFile ? [t('imports.preview.repeated', { count: counts.repeatedInFile })] : []),
  ].join('\n');
  const choices = columnOptions(preview.headers, t);
  const mappingInputs: KnownBlock[] = IMPORT_FIELDS.map((field) => {
    const column = preview.mapping[field];
    const initial = choices.find(
      (choice) => choice.value === (column === undefined ? 'none' : String(column)),
    );
    return {
      type: 'input',
      block_id: mappingBlockId(field),
      optional: true,
      label: plain(t(`imports.column.${field}`), SLACK_LIMITS.inputLabel),
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
        row.problems.map((problem) => problemText(problem, t)).join(' '),
      ].join(' — '),
    );
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
  const importable = counts.valid - counts.alreadyImported - counts.repeatedInFile > 0;
  const policies = [
    option(t('imports.preview.policySkip'), 'skip'),
    option(t('imports.preview.policyUpdate'), 'update'),
  ];
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(summary) },
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
      ? [
          listSection(
            t('imports.preview.invalidTitle', { count: counts.invalid }),
            invalid,
            counts.invalid,
            t,
          ),
        ]
      : []),
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
    ...(importable
      ? []
      : [{ type: 'section' as const, text: mrkdwn(`:warning: ${t('imports.preview.nothingToImport')}`) }]),
  ];
  return modalShell({
    callbackId: VIEWS.importPreview,
    title: t('imports.modal.title'),
    ...(importable ? { submit: t('imports.modal.import') } : {}),
    close: t('imports.modal.close'),
    metadata: encodeImportMetadata({ importId: preview.importId }),
    blocks,
  });
}
