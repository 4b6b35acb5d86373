import { z } from 'zod';
import type { Translate } from '../../i18n/index.js';
import { ACTIONS } from '../ids.js';
import { decodeJson } from '../json-codec.js';
import { SLACK_LIMITS } from '../limits.js';

/**
 * What the quote's buttons and modals carry: which quote, and the version the view was built from (DESIGN.md,
 * rule 11). Never who clicks: that is the signed payload's.
 */
const builderMetadata = z.object({
  quoteId: z.number().int().positive(),
  version: z.number().int().positive(),
  page: z.number().int().min(0).max(20).default(0),
});
export type BuilderMetadata = z.infer<typeof builderMetadata>;

export function encodeBuilderMetadata(metadata: BuilderMetadata): string {
  return JSON.stringify(metadata);
}

export function decodeBuilderMetadata(raw: string | undefined): BuilderMetadata | undefined {
  return decodeJson(builderMetadata, raw);
}

/** The paste and decline modals: the quote, and (paste) the builder under it to refresh. */
const childMetadata = z.object({
  quoteId: z.number().int().positive(),
  version: z.number().int().positive(),
  builderViewId: z.string().max(40).optional(),
});
export type ChildMetadata = z.infer<typeof childMetadata>;

export function encodeChildMetadata(metadata: ChildMetadata): string {
  return JSON.stringify(metadata);
}

export function decodeChildMetadata(raw: string | undefined): ChildMetadata | undefined {
  return decodeJson(childMetadata, raw);
}

const quoteButton = z.object({ q: z.number().int().positive(), v: z.number().int().positive() });

/** A quote message's button: `{"q":12,"v":3}`. */
export function quoteButtonValue(quote: { id: number; version: number }): string {
  const value = JSON.stringify({ q: quote.id, v: quote.version });
  return value.slice(0, SLACK_LIMITS.buttonValue);
}

export function decodeQuoteButton(raw: string | undefined): { quoteId: number; version: number } | undefined {
  const decoded = decodeJson(quoteButton, raw);
  return decoded ? { quoteId: decoded.q, version: decoded.v } : undefined;
}

/** The lead card's "New quote" button (its value is the card's, read with `decodeCardButton`). */
export function quoteCardButton(t: Translate): { actionId: string; label: string } {
  return { actionId: ACTIONS.quoteNew, label: t('quotes.button.new') };
}
