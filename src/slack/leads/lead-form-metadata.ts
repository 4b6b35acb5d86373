import { z } from 'zod';
import type { SeenVersion } from '../../features/leads/lead-versions.js';
import { decodeJson } from '../json-codec.js';
import { SLACK_LIMITS } from '../limits.js';

/** Where a lead modal was opened from, so the confirmation goes back there. */
const leadFormMetadata = z.object({
  leadId: z.number().int().optional(),
  channelId: z.string().optional(),
  responseUrl: z.string().optional(),
  /** The message (card) the modal was opened from, to refresh it after saving. */
  messageTs: z.string().optional(),
  notes: z.string().optional(),
  /** The lead's version when the modal was built, and when (ms): its save is conditional on them. */
  version: z.number().int().nonnegative().optional(),
  seenAt: z.number().int().nonnegative().optional(),
  /** A repeat order started from a customer's card: the new lead is filed under this customer. */
  customerId: z.number().int().positive().optional(),
});
export type LeadFormMetadata = z.infer<typeof leadFormMetadata>;

export function encodeLeadFormMetadata(metadata: LeadFormMetadata): string {
  const json = JSON.stringify(metadata);
  // A response_url is ~120 characters; if something grows past Slack's limit, drop the optional reply target.
  return json.length <= SLACK_LIMITS.privateMetadata
    ? json
    : JSON.stringify({
        leadId: metadata.leadId,
        channelId: metadata.channelId,
        version: metadata.version,
        seenAt: metadata.seenAt,
        customerId: metadata.customerId,
      });
}

export function decodeLeadFormMetadata(raw: string | undefined): LeadFormMetadata {
  return decodeJson(leadFormMetadata, raw || '{}') ?? {};
}

/** The version a lead modal was built from, as the use cases take it; undefined for a new lead. */
export function seenVersionOf(metadata: LeadFormMetadata): SeenVersion | undefined {
  if (metadata.version === undefined) return undefined;
  return { version: metadata.version, seenAt: new Date(metadata.seenAt ?? 0) };
}
