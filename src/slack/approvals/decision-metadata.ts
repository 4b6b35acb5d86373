import { z } from 'zod';
import { decodeJson } from '../json-codec.js';

/** Which step a reason / counter-offer modal decides; identity still comes from the submission's signed user. */
const decisionMetadata = z.object({
  requestId: z.number().int(),
  revision: z.number().int(),
  step: z.number().int(),
  decision: z.enum(['reject', 'changes', 'counter']),
  /** For a counter-offer: the percent asked, which the offer must stay under (checked before the ack). */
  askedPercent: z.number().optional(),
});
export type DecisionMetadata = z.infer<typeof decisionMetadata>;

export function encodeDecisionMetadata(metadata: DecisionMetadata): string {
  return JSON.stringify(metadata);
}

export function decodeDecisionMetadata(raw: string | undefined): DecisionMetadata | undefined {
  return decodeJson(decisionMetadata, raw);
}
