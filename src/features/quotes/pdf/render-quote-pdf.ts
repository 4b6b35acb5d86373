import { translator } from '../../../i18n/index.js';
import type { QuoteDocument } from '../quote-document.types.js';
import { fontIndex } from './font-slices.js';
import { cleanText, PdfText } from './pdf-text.js';
import { prepareLogo } from './quote-logo.js';
import { drawTerms, drawTotals } from './quote-pdf-closing.js';
import { drawHeader } from './quote-pdf-header.js';
import { createSheet, drawFooters } from './quote-pdf-sheet.js';
import { drawLinesTable } from './quote-pdf-table.js';

/** pdfkit is imported on the first quote rendered, never at start: the app's idle memory is a measured target. */
let pdfkit: Promise<PDFKit.PDFDocument> | undefined;
function loadPdfkit(): Promise<PDFKit.PDFDocument> {
  pdfkit ??= import('pdfkit').then(
    (module) => module.default,
    (error: unknown) => {
      pdfkit = undefined;
      throw error;
    },
  );
  return pdfkit;
}

/** The issue date as the document's creation date: rendering a sent version again gives the same bytes. */
function creationDate(quote: QuoteDocument): Date {
  const date = new Date(`${quote.issuedOn}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/**
 * The customer's quote document (报价单) as PDF bytes: A4, labels in the quote's language, Noto Sans SC for every
 * script. Pure: the same document gives the same bytes. User text is only ever drawn as text: the file has no
 * links, actions, scripts or form fields.
 */
export async function renderQuotePdf(quote: QuoteDocument): Promise<Uint8Array> {
  const [PDFDocument, index, logo] = await Promise.all([
    loadPdfkit(),
    fontIndex(),
    prepareLogo(quote.team.logo),
  ]);
  const t = translator(quote.language);
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    lang: quote.language,
    displayTitle: true,
    info: {
      Title: cleanText(t('quotes.pdf.fileTitle', { number: quote.number, version: quote.version })),
      Author: cleanText(quote.team.name),
      Creator: 'Salesflow',
      Producer: 'Salesflow',
      CreationDate: creationDate(quote),
    },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const sheet = createSheet({ doc, text: new PdfText(doc, index), t, quote });
  await drawHeader(sheet, logo);
  await drawLinesTable(sheet);
  await drawTotals(sheet);
  await drawTerms(sheet);
  await drawFooters(sheet);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
