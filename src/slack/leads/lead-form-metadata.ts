import { z } from 'zod';
import { SLACK_LIMITS } from '../limits.js';

/** Where a lead modal was opened from, so the confirmation goes back there. */
const leadFormMetadata = z.object({
  leadId: z.number().int().optional(),
  channelId: z.string().optional(),
  responseUrl: z.string().optional(),
  /** The message (card) the modal was opened from, to refresh it after saving. */
  messageTs: z.string().optional(),
  notes: z.string().optional(),
});
export type LeadFormMetadata = z.infer<typeof leadFormMetadata>;

export function encodeLeadFormMetadata(metadata: LeadFormMetadata): string {
  const json = JSON.stringify(metadata);
  // A response_url is ~120 characters; if something grows past Slack's limit, drop the optional reply target.
  return json.length <= SLACK_LIMITS.privateMetadata
    ? json
    : JSON.stringify({ leadId: metadata.leadId, channelId: metadata.channelId });
}

export function decodeLeadFormMetadata(raw: string | undefined): LeadFormMetadata {
  try {
    return leadFormMetadata.parse(JSON.parse(raw || '{}'));
  } catch {
    return {};
  }
}
