import type { KnownBlock } from '@slack/types';
import type { ReceivablesAging } from '../../features/ledger/ledger-reports.usecases.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { Translate } from '../../i18n/index.js';
import { SLACK_LIMITS } from '../limits.js';
import { agingBlocks } from '../views/ledger/overdue-views.js';

/**
 * Adds the aging to a message when it fits Slack's 50 blocks (the digest itself comes first); else the aging follows
 * as a message of its own in the same conversation, so a long digest never hides money owed.
 */
function withBlocks(message: OutboxMessage, extra: KnownBlock[], t: Translate): OutboxMessage[] {
  if (extra.length === 0 || message.method !== 'chat.postMessage') return [message];
  const blocks = (message.payload.blocks as unknown[] | undefined) ?? [];
  if (blocks.length + extra.length <= SLACK_LIMITS.messageBlocks)
    return [{ ...message, payload: { ...message.payload, blocks: [...blocks, ...extra] } }];
  const { channel, thread_ts } = message.payload;
  return [
    message,
    {
      ...message,
      idempotencyKey: `${message.idempotencyKey}:aging`,
      payload: { channel, ...(thread_ts ? { thread_ts } : {}), text: t('ledger.aging.title'), blocks: extra },
    },
  ];
}

/** The messages with the receivables aging (and the largest overdue contracts) added, in `t`'s language. */
export function withAging(messages: OutboxMessage[], aging: ReceivablesAging, t: Translate): OutboxMessage[] {
  const blocks = agingBlocks(aging, t);
  return messages.flatMap((message) => withBlocks(message, blocks, t));
}
