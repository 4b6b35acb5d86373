/** A letter, digit, punctuation mark or symbol: something a reader can see. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Whitespace and invisible format characters (zero-width space and joiners, BOM, word joiner…) at the edges. */
const EDGE_BLANKS = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/**
 * What a user typed into a field, trimmed; null when nothing visible is left. A name made only of zero-width
 * or other invisible characters would be saved and listed as a blank.
 */
export function visibleText(value: string | null | undefined): string | null {
  const trimmed = value?.replace(EDGE_BLANKS, '');
  return trimmed && VISIBLE.test(trimmed) ? trimmed : null;
}
