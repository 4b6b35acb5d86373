import type { Translate } from '../../../i18n/index.js';
import type { QuoteDocument } from '../quote-document.types.js';
import { cleanText, type PdfText } from './pdf-text.js';

/** A4 in points, with the margins every page keeps; the footer sits below `bottom`. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margin: 40,
  bottom: 841.89 - 56,
  footer: 841.89 - 36,
} as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLORS = { ink: '#1d1c1d', muted: '#616061', rule: '#c9ccd1', band: '#eef1f5' } as const;

/** Where the renderer is: the document being drawn, its text, its labels and the current line's top. */
export interface Sheet {
  doc: PDFKit.PDFDocument;
  text: PdfText;
  t: Translate;
  quote: QuoteDocument;
  y: number;
  /** Room left above the footer on the current page. */
  room(): number;
  newPage(): void;
}

export function createSheet(fields: Pick<Sheet, 'doc' | 'text' | 't' | 'quote'>): Sheet {
  const sheet: Sheet = {
    ...fields,
    y: PAGE.margin,
    room: () => PAGE.bottom - sheet.y,
    newPage: () => {
      // Margins 0: the renderer places every line itself, so pdfkit never breaks a page on its own.
      sheet.doc.addPage({ size: 'A4', margin: 0 });
      sheet.y = PAGE.margin;
    },
  };
  sheet.newPage();
  return sheet;
}

/** A thin horizontal rule across the content width at `y`. */
export function rule(sheet: Sheet, y: number, color: string = COLORS.rule): void {
  sheet.doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.width - PAGE.margin, y)
    .lineWidth(0.5)
    .strokeColor(color)
    .stroke();
}

/** "SH-2026-0042, version 2" on the left and "Page 2 of 5" on the right of every page, drawn once all exist. */
export async function drawFooters(sheet: Sheet): Promise<void> {
  const { doc, text, t, quote } = sheet;
  const { start, count } = doc.bufferedPageRange();
  const left = cleanText(t('quotes.pdf.footer', { number: quote.number, version: quote.version }));
  const pageLabel = (page: number) => t('quotes.pdf.page', { page, pages: count });
  await text.load('regular', left, pageLabel(1), '0123456789');
  const style = { size: 8, color: COLORS.muted };
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    text.line(left, PAGE.margin, PAGE.footer, style);
    text.line(pageLabel(page - start + 1), PAGE.margin, PAGE.footer, style, {
      width: CONTENT_WIDTH,
      to: 'right',
    });
  }
}
