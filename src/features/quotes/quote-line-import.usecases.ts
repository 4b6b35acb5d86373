import type { Actor } from '../team/team.types.js';
import type { QuoteDeps } from './quote-access.js';
import { readLineTable } from './quote-line-file.js';
import { type PasteOutcome, saveReadLines } from './quote-lines.usecases.js';
import { TooManyLinesError } from './quotes.errors.js';
import { MAX_QUOTE_LINES } from './quotes.types.js';

/**
 * A CSV or .xlsx file of lines (code, quantity, optional price and discount; English or Chinese headers) added to
 * a draft: read by the import pipeline's reader (its encodings, size and type checks), every row checked as a
 * pasted line is, and saved all at once or not at all. A file of more rows than a quote may hold is refused before
 * any row is priced.
 */
export async function importLineFile(
  deps: QuoteDeps & {
    actor: Actor;
    quoteId: number;
    seenVersion: number;
    file: { name: string; bytes: Uint8Array };
  },
): Promise<PasteOutcome> {
  // Loaded on first use, as the lead import does: most processes never read a file of lines.
  const { readSpreadsheet } = await import('../imports/read-spreadsheet.js');
  const { table } = await readSpreadsheet(deps.file);
  if (table.rows.length > MAX_QUOTE_LINES) throw new TooManyLinesError(table.rows.length, MAX_QUOTE_LINES);
  return saveReadLines({ ...deps, read: (quote) => readLineTable(table, quote.currency) });
}
