import { z } from 'zod';
import { decodeJson } from '../json-codec.js';
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
  /** The modal was opened from the clicker's App Home: it is re-published once the change is saved. */
  fromHome: z.boolean().optional(),
});
export type LedgerMetadata = z.infer<typeof ledgerMetadata>;

export function encodeLedgerMetadata(metadata: LedgerMetadata): string {
  const json = JSON.stringify(metadata);
  return json.length <= SLACK_LIMITS.privateMetadata ? json : '{}';
}

export function decodeLedgerMetadata(raw: string | undefined): LedgerMetadata {
  return decodeJson(ledgerMetadata, raw || '{}') ?? {};
}

const listValue = z.object({ f: z.string().max(200), p: z.number().int().nonnegative().max(10_000) });

/** What a ledger page or export button carries: the filter as typed, and the page. */
export const encodeLedgerListValue = (filterText: string, page: number) =>
  JSON.stringify({ f: filterText.slice(0, 200), p: page });

export function decodeLedgerListValue(
  value: string | undefined,
): { filterText: string; page: number } | null {
  const parsed = decodeJson(listValue, value);
  return parsed ? { filterText: parsed.f, page: parsed.p } : null;
}

const statementValue = z.object({ m: z.string().regex(/^\d{4}-\d{2}$/), r: z.string().max(30).nullable() });

export const encodeStatementValue = (month: string, repUserId: string | null) =>
  JSON.stringify({ m: month, r: repUserId });

export function decodeStatementValue(
  value: string | undefined,
): { month: string; repUserId: string | null } | null {
  const parsed = decodeJson(statementValue, value);
  return parsed ? { month: parsed.m, repUserId: parsed.r } : null;
}
