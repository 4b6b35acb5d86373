import type { BlockAction } from '@slack/bolt';
import type { LeadFormMetadata } from './lead-form-metadata.js';

/**
 * Where the clicked card lives, to refresh it after the change: a channel or DM message is updated by channel
 * and ts; an ephemeral card (a `/lead` reply) can only be replaced through its `response_url`.
 */
export function cardOrigin(body: BlockAction, leadId: number): LeadFormMetadata {
  const container = body.container as { channel_id?: string; message_ts?: string; is_ephemeral?: boolean };
  const channelId = container.channel_id ?? body.channel?.id;
  const ephemeral = container.is_ephemeral === true;
  return {
    leadId,
    ...(channelId ? { channelId } : {}),
    ...(!ephemeral && container.message_ts ? { messageTs: container.message_ts } : {}),
    ...(body.response_url ? { responseUrl: body.response_url } : {}),
  };
}
