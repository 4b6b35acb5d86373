/**
 * CSV for spreadsheets (RFC 4180), UTF-8 with a BOM so Excel opens Chinese correctly. Text cells that start like
 * a formula (= + - @, tab, CR) get a quote prefix so the spreadsheet shows them instead of running them; numbers
 * we wrote ourselves (`{ numeric: '-12.50' }`) stay numbers.
 */
export type CsvValue = string | number | null | undefined | { numeric: string };

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'object') return /^-?\d+(\.\d+)?$/.test(value.numeric) ? value.numeric : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
