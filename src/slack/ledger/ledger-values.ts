import { z } from 'zod';
import { SLACK_LIMITS } from '../limits.js';

/**
 * What the ledger's buttons and modals carry: which contract (and the version the card was built from), which
 * payment or invoice. Never who clicks: that comes from the signed payload.
 */
export const contractButtonValue = (contract: { id: number; version: number }) =>
  `${contract.id}:${contract.version}`;

export function parseContractButtonValue(
  value: string | undefined,
): { contractId: number; version: number } | null {
  const match = /^(\d{1,15}):(\d{1,9})$/.exec(value ?? '');
  if (!match) return null;
  return { contractId: Number(match[1]), version: Number(match[2]) };
}

export const idButtonValue = (id: number) => String(id);

export function parseIdButtonValue(value: string | undefined): number | null {
  const match = /^(\d{1,15})$/.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

const ledgerMetadata = z.object({
  contractId: z.number().int().positive().optional(),
  version: z.number().int().nonnegative().optional(),
  paymentId: z.number().int().positive().optional(),
  invoiceId: z.number().int().positive().optional(),
  /** Where the card or notice the modal came from is, so it can be refreshed after the change. */
  channelId: z.string().max(40).optional(),
  messageTs: z.string().max(40).optional(),
});
export type LedgerMetadata = z.infer<typeof ledgerMetadata>;

export function encodeLedgerMetadata(metadata: LedgerMetadata): string {
  const json = JSON.stringify(metadata);
  return json.length <= SLACK_LIMITS.privateMetadata ? json : '{}';
}

export function decodeLedgerMetadata(raw: string | undefined): LedgerMetadata {
  try {
    return ledgerMetadata.parse(JSON.parse(raw || '{}'));
  } catch {
    return {};
  }
}
