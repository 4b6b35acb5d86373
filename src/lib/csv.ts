/** A cell value: text and numbers are guarded; `{ numeric }` is a number we wrote ourselves (`-12.50`). */
export type CsvValue = string | number | null | undefined | { numeric: string };

/**
 * One CSV cell (RFC 4180). A leading = + - @ (or tab / carriage return) makes spreadsheet apps run the cell as a
 * formula ("CSV injection"); a quote prefix keeps it text. Imports strip that prefix again (see `unguard`).
 * A `{ numeric }` value (money as an exact decimal, possibly negative) stays a number: it cannot be a formula.
 */
export function csvCell(value: CsvValue): string {
  if (value !== null && typeof value === 'object')
    return /^-?\d+(\.\d+)?$/.test(value.numeric) ? value.numeric : '';
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: UTF-8 with a BOM (so Excel reads Chinese correctly), CRLF line ends, every cell guarded. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
