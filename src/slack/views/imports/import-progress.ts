import type { KnownBlock } from '@slack/types';
import type { ImportResult } from '../../../features/imports/imports.types.js';
import type { Translate } from '../../../i18n/index.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn } from '../blocks.js';

const BAR = 20;

function bar(processed: number, total: number): string {
  const filled = total ? Math.round((processed / total) * BAR) : BAR;
  return `\`${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}\` ${total ? Math.floor((processed / total) * 100) : 100}%`;
}

export type ImportProgressState =
  | { status: 'running'; processed: number; total: number }
  | { status: 'done'; result: ImportResult }
  | { status: 'failed' };

/** The import's message in the importer's DM, posted when it starts and updated in place as it goes. */
export function buildImportProgressMessage(input: {
  fileName: string;
  state: ImportProgressState;
  t: Translate;
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
  text =
    state.status === 'done'
      ? t('imports.progress.done', { file, ...state.result })
      : `:warning: ${t('imports.progress.failed', { file })}`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
