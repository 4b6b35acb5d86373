import { z } from 'zod';
import { decodeJson } from '../json-codec.js';

/**
 * What a customer card's buttons carry: the customer and, for "This is the customer", the lead. Who clicked comes
 * from the signed payload; whether they may see either is the use case's to decide.
 */
const cardButton = z.object({
  c: z.number().int().positive(),
  l: z.number().int().positive().optional(),
});

export interface CustomerButtonValue {
  customerId: number;
  leadId?: number;
}

export function encodeCustomerButton(value: CustomerButtonValue): string {
  return JSON.stringify(
    value.leadId === undefined ? { c: value.customerId } : { c: value.customerId, l: value.leadId },
  );
}

export function decodeCustomerButton(raw: string | undefined): CustomerButtonValue | undefined {
  const value = decodeJson(cardButton, raw);
  return (
    value && (value.l === undefined ? { customerId: value.c } : { customerId: value.c, leadId: value.l })
  );
}
