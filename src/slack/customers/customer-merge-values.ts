import { z } from 'zod';
import type { MergeSeen } from '../../features/customers/customer-merge.usecases.js';
import { decodeJson } from '../json-codec.js';

/**
 * The merge preview's confirm button: the pair and what the preview saw (versions, counts), so the merge is refused
 * when either changed. Who clicked, and whether they may merge, come from the signed payload and the use case.
 */
const count = z.number().int().nonnegative();
const mergeButton = z.object({
  k: z.number().int().positive(),
  m: z.number().int().positive(),
  kv: z.number().int(),
  mv: z.number().int(),
  l: count,
  cm: count,
  cc: count,
});

export function encodeMergeButton(seen: MergeSeen): string {
  return JSON.stringify({
    k: seen.keptId,
    m: seen.mergedId,
    kv: seen.keptVersion,
    mv: seen.mergedVersion,
    l: seen.leads,
    cm: seen.contactsMoved,
    cc: seen.contactsCollapsed,
  });
}

export function decodeMergeButton(raw: string | undefined): MergeSeen | undefined {
  const v = decodeJson(mergeButton, raw);
  return (
    v && {
      keptId: v.k,
      mergedId: v.m,
      keptVersion: v.kv,
      mergedVersion: v.mv,
      leads: v.l,
      contactsMoved: v.cm,
      contactsCollapsed: v.cc,
    }
  );
}

/** `merge #12 #34` (or 合并): the kept customer first; undefined when the text is not a merge. */
export function parseMergeCommand(text: string): { keptId: number; mergedId: number } | 'usage' | undefined {
  const [verb = '', ...rest] = text.trim().split(/\s+/);
  if (verb.toLowerCase() !== 'merge' && verb !== '合并') return undefined;
  const ids = rest.map((part) => /^#?(\d{1,15})$/.exec(part)?.[1]);
  const [kept, merged] = ids;
  if (ids.length !== 2 || !kept || !merged) return 'usage';
  return { keptId: Number(kept), mergedId: Number(merged) };
}
