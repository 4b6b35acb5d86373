/**
 * One CSV cell (RFC 4180). A leading = + - @ (or tab / carriage return) makes spreadsheet apps run the cell as a
 * formula ("CSV injection"); a quote prefix keeps it text. Imports strip that prefix again (see `unguard`).
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: UTF-8 with a BOM (so Excel reads Chinese correctly), CRLF line ends, every cell guarded. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
