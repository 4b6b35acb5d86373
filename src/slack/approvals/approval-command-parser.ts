import { z } from 'zod';
import { decodeJson } from '../json-codec.js';

export type DiscountCommand =
  | { leadText: string; percent: string | undefined }
  | { leadText: string; badPercent: string };

/** The last word looks like it was meant as a number: digits, a sign, an exponent, NaN or Infinity. */
const NUMBER_LIKE = /^(?:[-+]?[\d.,]+(?:e[-+]?\d+)?|[-+]?(?:nan|inf(?:inity)?))\s*[%％]?$/i;

/**
 * `/discount <lead> <percent>`: the last word is the percent when it looks like a number, the rest finds the lead
 * as `/lead <text>` does. A number that is not a usable percent (`-5`, `1e309`, `NaN`, `150`) is reported as such,
 * not searched for as part of the lead's name. A decimal comma counts (`12,5` is 12.5 %).
 */
export function parseDiscountCommand(raw: string): DiscountCommand {
  const text = raw.trim();
  const match = /^(.*?)\s+(\S+)$/.exec(text);
  const leadText = match?.[1]?.trim();
  const last = match?.[2];
  if (!leadText || !last || !NUMBER_LIKE.test(last)) return { leadText: text, percent: undefined };
  const number = last.replace(/[%％]$/, '').replace(/^(\d{1,3}),(\d{1,2})$/, '$1.$2');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(number) || Number(number) > 100) return { leadText, badPercent: last };
  return { leadText, percent: number };
}

/** `#42` (or a bare id after `#`) names a lead directly; anything else is search text. */
export function leadIdOf(text: string): number | undefined {
  const match = /^#(\d{1,15})$/.exec(text.trim());
  return match?.[1] ? Number(match[1]) : undefined;
}

const pickValue = z.object({
  k: z.enum(['discount', 'contract']),
  l: z.number().int().positive(),
  p: z.string().max(10).optional(),
});

/** What a "Choose" button in the several-matches list carries back: which request to open for which lead. */
export function encodePick(pick: {
  kind: 'discount' | 'contract';
  leadId: number;
  percent?: string;
}): string {
  return JSON.stringify({ k: pick.kind, l: pick.leadId, p: pick.percent });
}

export function decodePick(
  value: string | undefined,
): { kind: 'discount' | 'contract'; leadId: number; percent?: string } | undefined {
  const pick = decodeJson(pickValue, value);
  return pick && { kind: pick.k, leadId: pick.l, ...(pick.p !== undefined ? { percent: pick.p } : {}) };
}
