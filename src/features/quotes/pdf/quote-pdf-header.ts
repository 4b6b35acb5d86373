import type { MessageKey } from '../../../i18n/index.js';
import { cleanText, type TextStyle } from './pdf-text.js';
import type { PreparedLogo } from './quote-logo.js';
import { formatDate } from './quote-pdf-format.js';
import { COLORS, CONTENT_WIDTH, PAGE, rule, type Sheet } from './quote-pdf-sheet.js';

const LOGO_BOX = { width: 140, height: 48 };
const TITLE: TextStyle = { size: 20, weight: 'bold' };
const TEAM: TextStyle = { size: 13, weight: 'bold' };
const LABEL: TextStyle = { size: 9, color: COLORS.muted };
const VALUE: TextStyle = { size: 9 };
const LINE = 13;
const COLUMN_GAP = 20;

/** The first page's head: logo, team name and title, then who the quote is for and from, and its dates. */
export async function drawHeader(sheet: Sheet, logo: PreparedLogo | null): Promise<void> {
  const { doc, text, t, quote } = sheet;
  const title = t('quotes.pdf.title');
  const team = cleanText(quote.team.name);
  await text.load('bold', title, team);

  const top = sheet.y;
  let left = PAGE.margin;
  let bottom = top + TITLE.size * 1.3;
  if (logo) {
    const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
    const [width, height] = [logo.width * scale, logo.height * scale];
    doc.image(logo.jpeg, left, top, { width, height });
    left += width + 12;
    bottom = Math.max(bottom, top + height);
  }
  const titleWidth = text.width(title, TITLE);
  text.line(title, PAGE.margin, top, TITLE, { width: CONTENT_WIDTH, to: 'right' });
  const teamWidth = PAGE.width - PAGE.margin - titleWidth - 16 - left;
  text.wrap(team, teamWidth, TEAM).forEach((line, i) => {
    text.line(line, left, top + 3 + i * TEAM.size * 1.35, TEAM);
    bottom = Math.max(bottom, top + 3 + (i + 1) * TEAM.size * 1.35);
  });
  rule(sheet, bottom + 8);
  sheet.y = bottom + 18;
  await drawParties(sheet);
}

type Entry = [MessageKey, string];

/** Customer and sales rep on the left, the quote's number, version and dates on the right; labels in grey. */
async function drawParties(sheet: Sheet): Promise<void> {
  const { t, quote } = sheet;
  const left: Entry[] = [
    ['quotes.pdf.customer', quote.customer.company],
    ['quotes.pdf.contact', quote.customer.contactName ?? ''],
    ['quotes.pdf.rep', quote.rep.name],
    ['quotes.pdf.email', quote.rep.email ?? ''],
    ['quotes.pdf.phone', quote.rep.phone ?? ''],
  ];
  const right: Entry[] = [
    ['quotes.pdf.number', quote.number],
    ['quotes.pdf.version', t('quotes.pdf.versionValue', { version: quote.version })],
    ['quotes.pdf.issuedOn', formatDate(quote.issuedOn, quote.language)],
    ['quotes.pdf.validUntil', formatDate(quote.validUntil, quote.language)],
  ];
  const shown = (entries: Entry[]) =>
    entries
      .map(([key, value]): [string, string] => [t(key), cleanText(value).trim()])
      .filter(([, value]) => value !== '');
  const columns = [shown(left), shown(right)];
  await sheet.text.load('regular', ...columns.flat(2));

  const columnWidth = (CONTENT_WIDTH - COLUMN_GAP) / 2;
  const bottoms = columns.map((entries, column) =>
    drawEntries(sheet, entries, PAGE.margin + column * (columnWidth + COLUMN_GAP), columnWidth),
  );
  sheet.y = Math.max(...bottoms) + 14;
}

/** Label / value rows in one column; long values wrap under themselves. Returns the column's bottom. */
function drawEntries(sheet: Sheet, entries: Array<[string, string]>, x: number, width: number): number {
  const { text } = sheet;
  const labelWidth = Math.min(
    width * 0.4,
    Math.max(...entries.map(([label]) => text.width(label, LABEL))) + 10,
  );
  let y = sheet.y;
  for (const [label, value] of entries) {
    text.line(label, x, y, LABEL);
    for (const line of text.wrap(value, width - labelWidth, VALUE)) {
      text.line(line, x + labelWidth, y, VALUE);
      y += LINE;
    }
  }
  return y;
}
