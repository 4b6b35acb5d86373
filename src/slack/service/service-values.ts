import { z } from 'zod';
import { decodeJson } from '../json-codec.js';

/**
 * What service buttons and forms carry: the request (`r`), or for a new one the customer (`c`) and contract (`k`).
 * Who clicked comes from the signed payload; whether they may act is the use case's to decide.
 */
const requestRef = z.object({ r: z.number().int().positive() });
const subjectRef = z.object({ c: z.number().int().positive(), k: z.number().int().positive().optional() });

export const encodeServiceRequestRef = (requestId: number) => JSON.stringify({ r: requestId });
export const decodeServiceRequestRef = (raw: string | undefined) => decodeJson(requestRef, raw)?.r;

export interface ServiceSubjectRef {
  customerId: number;
  contractId: number | null;
}

export const encodeServiceSubject = (value: ServiceSubjectRef) =>
  JSON.stringify(
    value.contractId === null ? { c: value.customerId } : { c: value.customerId, k: value.contractId },
  );

export function decodeServiceSubject(raw: string | undefined): ServiceSubjectRef | undefined {
  const value = decodeJson(subjectRef, raw);
  return value && { customerId: value.c, contractId: value.k ?? null };
}
