import type { KnownBlock } from '@slack/types';
import type { PipelineNumbers } from '../../../features/digest/digest.types.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { mrkdwn } from '../blocks.js';
import { capBlocks, windowLabel } from './digest-format.js';
import { numbersBlocks } from './digest-team.js';

/** `/pipeline`'s private reply: the digest's sections for what the caller asked to see, then `extra` (targets). */
export function buildPipelineReply(
  numbers: PipelineNumbers,
  input: { title: string; t: Translate; locale: Locale },
  extra: KnownBlock[] = [],
): { text: string; blocks: KnownBlock[] } {
  const { t, locale, title } = input;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`*${title}*`) },
    { type: 'context', elements: [mrkdwn(windowLabel(numbers.window, t))] },
    ...extra,
    ...numbersBlocks(numbers, { t, locale, currency: numbers.currency }),
  ];
  return { text: title, blocks: capBlocks(blocks, t) };
}
