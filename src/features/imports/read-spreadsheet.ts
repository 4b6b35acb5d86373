import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import { ImportFileError } from './imports.errors.js';
import { type ImportFormat, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type Table } from './imports.types.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls, which we do not read

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** The file's kind from its content first (a renamed file still reads), its name second. */
export function formatOf(fileName: string, bytes: Uint8Array): ImportFormat {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC) || /\.(xls|xlsb|numbers|ods)$/i.test(fileName)) {
    throw new ImportFileError('type');
  }
  return 'csv';
}

/**
 * CSV text from bytes as spreadsheet apps write them: UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode
 * text"), or — what Chinese Excel saves as "CSV" — GBK. Valid UTF-8 is taken as UTF-8; anything else is read as
 * GB18030, the superset of GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return buffer.subarray(3).toString('utf8');
  if (startsWith(bytes, [0xff, 0xfe])) return iconv.decode(buffer.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return iconv.decode(buffer.subarray(2), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(buffer, 'gb18030');
  }
}

/** Comma, semicolon (European Excel) or tab (Excel's "Unicode text"), whichever the header line uses most. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]?.count ? counts[0].delimiter : ',';
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  try {
    return parseCsv(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      // Blank lines stay (as empty rows, dropped later) so a row's number is the one a spreadsheet app shows.
      skip_empty_lines: false,
    }) as string[][];
  } catch (cause) {
    throw new ImportFileError('unreadable', { cause });
  }
}

/** A cell as text: numbers exactly as stored (no float rounding of amounts or phone numbers), dates as ISO. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  try {
    const rows = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      parseNumber: (raw: string) => raw,
    });
    return rows.map((row) => row.map(cellText));
  } catch (cause) {
    throw new ImportFileError('unreadable', { cause });
  }
}

/** The first sheet of an .xlsx file, or a CSV file, as a header row and data rows of trimmed text. */
export async function readSpreadsheet(file: {
  name: string;
  bytes: Uint8Array;
}): Promise<{ format: ImportFormat; table: Table }> {
  const { name: fileName, bytes } = file;
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFileError('tooLarge', { params: { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 } });
  }
  const format = formatOf(fileName, bytes);
  const cells = (format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes)).map((row) =>
    row.map((cell) => cell.trim()),
  );
  const headerIndex = cells.findIndex((row) => row.some(Boolean));
  const headers = cells[headerIndex];
  if (headerIndex < 0 || !headers) throw new ImportFileError('empty');
  const rows = cells
    .map((row, index) => ({ line: index + 1, cells: row }))
    .slice(headerIndex + 1)
    .filter((row) => row.cells.some(Boolean));
  if (rows.length === 0) throw new ImportFileError('empty');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new ImportFileError('tooManyRows', { params: { max: MAX_IMPORT_ROWS } });
  return { format, table: { headers, rows } };
}
