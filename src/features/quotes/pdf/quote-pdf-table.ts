import type { MessageKey } from '../../../i18n/index.js';
import type { QuoteDocumentLine } from '../quote-document.types.js';
import { cleanText, type TextStyle } from './pdf-text.js';
import { formatMoney, formatPercent, formatQuantity } from './quote-pdf-format.js';
import { COLORS, CONTENT_WIDTH, PAGE, rule, type Sheet } from './quote-pdf-sheet.js';

interface Column {
  label: MessageKey;
  width: number;
  align: 'left' | 'right';
  value(line: QuoteDocumentLine, currency: string): string;
}

const FIXED: Column[] = [
  { label: 'quotes.pdf.column.position', width: 22, align: 'right', value: (l) => String(l.position) },
  { label: 'quotes.pdf.column.sku', width: 56, align: 'left', value: (l) => l.sku ?? '' },
  { label: 'quotes.pdf.column.description', width: 0, align: 'left', value: (l) => l.description },
  { label: 'quotes.pdf.column.unit', width: 32, align: 'left', value: (l) => l.unit },
  {
    label: 'quotes.pdf.column.quantity',
    width: 40,
    align: 'right',
    value: (l) => formatQuantity(l.quantityMilli),
  },
  {
    label: 'quotes.pdf.column.unitPrice',
    width: 66,
    align: 'right',
    value: (l, currency) => formatMoney(l.unitPriceMinor, currency),
  },
  {
    label: 'quotes.pdf.column.discount',
    width: 32,
    align: 'right',
    value: (l) => formatPercent(l.discountBp),
  },
  { label: 'quotes.pdf.column.taxRate', width: 30, align: 'right', value: (l) => formatPercent(l.taxRateBp) },
  { label: 'quotes.pdf.column.net', width: 72, align: 'right', value: (l, c) => formatMoney(l.netMinor, c) },
];
/** The description takes what the other columns leave. */
export const COLUMNS: Column[] = FIXED.map((column) =>
  column.width > 0
    ? column
    : { ...column, width: CONTENT_WIDTH - FIXED.reduce((sum, other) => sum + other.width, 0) },
);

const CELL: TextStyle = { size: 8 };
const HEAD: TextStyle = { size: 8, weight: 'bold' };
const LINE = 11;
const PAD = { x: 3, y: 4 };

/** Each cell's wrapped lines; a row is as tall as its tallest cell. */
type Row = string[][];

function wrapRow(sheet: Sheet, cells: string[], style: TextStyle): Row {
  return COLUMNS.map((column, i) => sheet.text.wrap(cells[i] ?? '', column.width - 2 * PAD.x, style));
}

/** Draws lines `from`..`to` of each cell of a row at the sheet's current line, on a band when `shaded`. */
function drawRow(sheet: Sheet, row: Row, from: number, to: number, style: TextStyle, shaded = false): void {
  const height = (to - from) * LINE + 2 * PAD.y;
  if (shaded) sheet.doc.rect(PAGE.margin, sheet.y, CONTENT_WIDTH, height).fillColor(COLORS.band).fill();
  let x = PAGE.margin;
  COLUMNS.forEach((column, i) => {
    (row[i] ?? []).slice(from, to).forEach((line, k) => {
      const y = sheet.y + PAD.y + k * LINE;
      const align =
        column.align === 'right' ? { width: column.width - 2 * PAD.x, to: 'right' as const } : undefined;
      sheet.text.line(line, x + PAD.x, y, style, align);
    });
    x += column.width;
  });
  sheet.y += height;
  rule(sheet, sheet.y);
}

/**
 * The lines table. The header row opens the table and every page it continues on; a row moves whole to the next
 * page when it fits there, and only a row taller than a page is split between pages, line by line.
 */
export async function drawLinesTable(sheet: Sheet): Promise<void> {
  const { t, quote } = sheet;
  const labels = COLUMNS.map((column) => t(column.label));
  const cells = quote.lines.map((line) =>
    COLUMNS.map((column) => cleanText(column.value(line, quote.currency))),
  );
  await sheet.text.load('bold', ...labels);
  await sheet.text.load('regular', ...cells.flat());

  const header = wrapRow(sheet, labels, HEAD);
  const headerLines = Math.max(...header.map((cell) => cell.length));
  const headerHeight = headerLines * LINE + 2 * PAD.y;
  const drawHeader = () => drawRow(sheet, header, 0, headerLines, HEAD, true);
  const pageRoom = PAGE.bottom - PAGE.margin - headerHeight;

  if (sheet.room() < headerHeight + LINE + 2 * PAD.y) sheet.newPage();
  drawHeader();
  for (const line of cells) {
    const row = wrapRow(sheet, line, CELL);
    const lines = Math.max(...row.map((cell) => cell.length));
    const height = lines * LINE + 2 * PAD.y;
    const minimum = LINE + 2 * PAD.y;
    if (height > sheet.room() && (height <= pageRoom || sheet.room() < minimum)) {
      sheet.newPage();
      drawHeader();
    }
    let from = 0;
    while (from < lines) {
      const fits = Math.floor((sheet.room() - 2 * PAD.y) / LINE);
      const to = Math.min(lines, from + fits);
      drawRow(sheet, row, from, to, CELL);
      from = to;
      if (from < lines) {
        sheet.newPage();
        drawHeader();
      }
    }
  }
}
