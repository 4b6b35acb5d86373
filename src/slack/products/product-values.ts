import { z } from 'zod';
import { decodeJson } from '../json-codec.js';
import { SLACK_LIMITS } from '../limits.js';

/**
 * What a product card's buttons carry: the product, and the version and moment the card was built from, so a
 * click on a card that is no longer current is refused with what changed (DESIGN.md, rule 11). Who clicked comes
 * from the signed payload, never from here.
 */
const cardButton = z.object({
  p: z.number().int().positive(),
  v: z.number().int().nonnegative(),
  t: z.number().int().nonnegative(),
});

export interface ProductCardValue {
  productId: number;
  version: number;
  builtAt: Date;
}

export function encodeProductButton(product: { id: number; version: number }, builtAt: Date): string {
  return JSON.stringify({ p: product.id, v: product.version, t: Math.floor(builtAt.getTime() / 1000) });
}

export function decodeProductButton(raw: string | undefined): ProductCardValue | undefined {
  const value = decodeJson(cardButton, raw);
  return value && { productId: value.p, version: value.v, builtAt: new Date(value.t * 1000) };
}

/**
 * The product form's metadata: the currency its amounts are read in (so they are checked before the ack), the
 * product being edited and the version the form was opened on (none when adding), and the card's response_url to
 * refresh the card after saving.
 */
const formMetadata = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The default list's name, for the price field's label when the form is rebuilt. */
  listName: z.string().max(100),
  productId: z.number().int().positive().optional(),
  version: z.number().int().nonnegative().optional(),
  responseUrl: z.string().optional(),
});
export type ProductFormMetadata = z.infer<typeof formMetadata>;

export function encodeProductFormMetadata(metadata: ProductFormMetadata): string {
  const json = JSON.stringify(metadata);
  // Room for the caller's language and zone, which the modal helpers add.
  return json.length <= SLACK_LIMITS.privateMetadata - 200
    ? json
    : JSON.stringify({ ...metadata, responseUrl: undefined });
}

export function decodeProductFormMetadata(raw: string | undefined): ProductFormMetadata | undefined {
  return decodeJson(formMetadata, raw || '{}');
}
