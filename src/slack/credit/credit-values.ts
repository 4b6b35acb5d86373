import { z } from 'zod';
import { decodeJson } from '../json-codec.js';

/**
 * What "Set credit limit" and its modal carry: the customer and the version the card was built from (the save is
 * conditional on it), and in the modal the currency the limit is read in. Who acts comes from the signed payload.
 */
const creditLimitValue = z.object({
  c: z.number().int().positive(),
  v: z.number().int().nonnegative(),
  cur: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

export interface CreditLimitValue {
  customerId: number;
  version: number;
  currency?: string;
}

export function encodeCreditLimitButton(value: CreditLimitValue): string {
  return JSON.stringify({
    c: value.customerId,
    v: value.version,
    ...(value.currency ? { cur: value.currency } : {}),
  });
}

export function decodeCreditLimitButton(raw: string | undefined): CreditLimitValue | undefined {
  const value = decodeJson(creditLimitValue, raw);
  return value && { customerId: value.c, version: value.v, ...(value.cur ? { currency: value.cur } : {}) };
}
