import type { MessageKey } from '../../../i18n/index.js';
import { cnyUppercase } from '../../../lib/money/chinese-uppercase.js';
import { cleanText, type TextStyle } from './pdf-text.js';
import { formatMoney, formatPercent } from './quote-pdf-format.js';
import { COLORS, CONTENT_WIDTH, PAGE, type Sheet } from './quote-pdf-sheet.js';

const AMOUNT: TextStyle = { size: 9 };
const TOTAL: TextStyle = { size: 11, weight: 'bold' };
const LABEL: TextStyle = { size: 9, weight: 'bold' };
const BODY: TextStyle = { size: 9 };
const LINE = 14;
/** The totals sit right, in a label column and an amount column. */
const AMOUNT_WIDTH = 150;
const LABEL_WIDTH = 180;

interface TotalRow {
  label: string;
  amount: string;
  style: TextStyle;
}

/**
 * Subtotal, the whole-quote discount (when there is one), tax and the total; for CNY, the total in Chinese
 * uppercase under it, in either language's document. The block is kept on one page.
 */
export async function drawTotals(sheet: Sheet): Promise<void> {
  const { t, quote } = sheet;
  const money = (minor: number) => formatMoney(minor, quote.currency);
  const rows: TotalRow[] = [
    { label: t('quotes.pdf.subtotal'), amount: money(quote.subtotalMinor), style: AMOUNT },
  ];
  if (quote.discountMinor > 0) {
    const label =
      quote.discountBp > 0
        ? t('quotes.pdf.discountPercent', { percent: formatPercent(quote.discountBp) })
        : t('quotes.pdf.discount');
    rows.push({ label, amount: money(-quote.discountMinor), style: AMOUNT });
  }
  rows.push({ label: t('quotes.pdf.tax'), amount: money(quote.taxMinor), style: AMOUNT });
  rows.push({
    label: t('quotes.pdf.total', { currency: quote.currency }),
    amount: money(quote.totalMinor),
    style: TOTAL,
  });
  const inWords =
    quote.currency.toUpperCase() === 'CNY'
      ? t('quotes.pdf.totalInWords', { amount: cnyUppercase(quote.totalMinor) })
      : null;
  await sheet.text.load('regular', ...rows.flatMap((row) => [row.label, row.amount]));
  await sheet.text.load('bold', ...rows.flatMap((row) => [row.label, row.amount]), inWords ?? '');

  const wordsLines = inWords ? sheet.text.wrap(inWords, CONTENT_WIDTH, LABEL) : [];
  const height = 8 + rows.length * LINE + 4 + wordsLines.length * LINE;
  if (sheet.room() < height) sheet.newPage();
  sheet.y += 8;
  const amountX = PAGE.width - PAGE.margin - AMOUNT_WIDTH;
  for (const row of rows) {
    const labelStyle = { ...row.style, color: row.style === TOTAL ? COLORS.ink : COLORS.muted };
    sheet.text.line(row.label, amountX - LABEL_WIDTH, sheet.y, labelStyle, {
      width: LABEL_WIDTH - 8,
      to: 'right',
    });
    sheet.text.line(row.amount, amountX, sheet.y, row.style, { width: AMOUNT_WIDTH, to: 'right' });
    sheet.y += LINE;
  }
  sheet.y += 4;
  for (const line of wordsLines) {
    sheet.text.line(line, PAGE.margin, sheet.y, LABEL, { width: CONTENT_WIDTH, to: 'right' });
    sheet.y += LINE;
  }
}

const TERMS: Array<[MessageKey, 'paymentTerms' | 'deliveryTime' | 'notes']> = [
  ['quotes.pdf.paymentTerms', 'paymentTerms'],
  ['quotes.pdf.deliveryTime', 'deliveryTime'],
  ['quotes.pdf.notes', 'notes'],
];

/** Payment terms, delivery time and notes, each a heading and its text; long text continues on the next page. */
export async function drawTerms(sheet: Sheet): Promise<void> {
  const terms = TERMS.map(
    ([label, field]) => [sheet.t(label), cleanText(sheet.quote[field]).trim()] as const,
  ).filter(([, value]) => value !== '');
  await sheet.text.load('bold', ...terms.map(([label]) => label));
  await sheet.text.load('regular', ...terms.map(([, value]) => value));
  sheet.y += 10;
  for (const [label, value] of terms) {
    const lines = sheet.text.wrap(value, CONTENT_WIDTH, BODY);
    // A heading never ends a page: it moves with its first line.
    if (sheet.room() < 2 * LINE + 4) sheet.newPage();
    sheet.text.line(label, PAGE.margin, sheet.y, LABEL);
    sheet.y += LINE;
    for (const line of lines) {
      if (sheet.room() < LINE) sheet.newPage();
      sheet.text.line(line, PAGE.margin, sheet.y, BODY);
      sheet.y += LINE;
    }
    sheet.y += 6;
  }
}
