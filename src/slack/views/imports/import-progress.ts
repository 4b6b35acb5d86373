import type { KnownBlock } from '@slack/types';
import type { ImportKindName, ImportResult } from '../../../features/imports/imports.types.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';

const BAR = 20;

function bar(processed: number, total: number): string {
  const filled = total ? Math.round((processed / total) * BAR) : BAR;
  return `\`${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}\` ${total ? Math.floor((processed / total) * 100) : 100}%`;
}

/** How each kind words its outcome: a price list and the customer file count unchanged rows too. */
const OUTCOME_KEYS = {
  leads: { done: 'imports.progress.done', failed: 'imports.progress.failed' },
  products: { done: 'products.import.done', failed: 'products.import.failed' },
  customers: { done: 'customers.import.done', failed: 'customers.import.failed' },
} as const;

export type ImportProgressState =
  | { status: 'running'; processed: number; total: number }
  | { status: 'done'; result: ImportResult }
  | { status: 'failed' };

/** The import's message in the importer's DM, posted when it starts and updated in place as it goes. */
export function buildImportProgressMessage(input: {
  fileName: string;
  state: ImportProgressState;
  t: Translate;
  kind?: ImportKindName;
}): {
  text: string;
  blocks: KnownBlock[];
} {
  const { state, t } = input;
  const file = escapeMrkdwn(input.fileName);
  let text: string;
  if (state.status === 'running') {
    text = t('imports.progress.running', { file, processed: state.processed, total: state.total });
    return {
      text,
      blocks: [{ type: 'section', text: mrkdwn(`${text}\n${bar(state.processed, state.total)}`) }],
    };
  }
  const keys = OUTCOME_KEYS[input.kind ?? 'leads'];
  text =
    state.status === 'done'
      ? t(keys.done, { file, unchanged: 0, ...state.result })
      : `:warning: ${t(keys.failed, { file })}`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/**
 * The bot's answer to a file sent to it in a DM. A message event carries no trigger_id, so the preview modal
 * opens from a button; its value is only the file's id (the file is fetched again for whoever clicks). Those who
 * keep the price list also get "Import as price list".
 */
export function buildImportFileReceivedMessage(input: {
  fileName: string;
  fileId: string;
  t: Translate;
  priceList?: boolean;
}): {
  text: string;
  blocks: KnownBlock[];
} {
  const { t } = input;
  const text = t('imports.dm.received', { file: escapeMrkdwn(input.fileName) });
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            style: 'primary',
            action_id: ACTIONS.importFromMessage,
            value: input.fileId,
            text: plain(t('imports.dm.open'), SLACK_LIMITS.buttonText),
          },
          ...(input.priceList
            ? [
                {
                  type: 'button' as const,
                  action_id: ACTIONS.importPriceListFromMessage,
                  value: input.fileId,
                  text: plain(t('products.dm.importPriceList'), SLACK_LIMITS.buttonText),
                },
              ]
            : []),
        ],
      },
    ],
  };
}
