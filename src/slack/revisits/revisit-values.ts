import { z } from 'zod';
import { decodeJson } from '../json-codec.js';

/**
 * What "Log revisit" carries (`v`: the revisit) and what its form carries (also `n`: the version it was built
 * from). Who clicked comes from the signed payload; whether they may log it is the use case's to decide.
 */
const revisitRef = z.object({ v: z.number().int().positive() });
const revisitForm = revisitRef.extend({ n: z.number().int().positive() });

export const encodeRevisitRef = (revisitId: number) => JSON.stringify({ v: revisitId });
export const decodeRevisitRef = (raw: string | undefined) => decodeJson(revisitRef, raw)?.v;

export const encodeRevisitForm = (value: { revisitId: number; version: number }) =>
  JSON.stringify({ v: value.revisitId, n: value.version });

export function decodeRevisitForm(
  raw: string | undefined,
): { revisitId: number; version: number } | undefined {
  const value = decodeJson(revisitForm, raw);
  return value && { revisitId: value.v, version: value.n };
}
