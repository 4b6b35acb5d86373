import { describe, expect, it } from 'vitest';
import { renderQuotePdf } from '../../../../src/features/quotes/pdf/index.js';
import { PAGE } from '../../../../src/features/quotes/pdf/quote-pdf-sheet.js';
import { COLUMNS } from '../../../../src/features/quotes/pdf/quote-pdf-table.js';
import { quoteDocument } from './quote-documents.fixture.js';
import { compact, readPdf } from './read-pdf.js';

/** The columns' left and right edges on the page, in points. */
const edges: Array<[number, number]> = [];
for (const column of COLUMNS) {
  const left = edges.at(-1)?.[1] ?? PAGE.margin;
  edges.push([left, left + column.width]);
}

describe('the cells of the lines table', () => {
  it('wrap long SKUs, units, descriptions and amounts inside their own column: nothing overflows a cell', async () => {
    const quote = quoteDocument(2, 'zh-CN');
    const [first, second] = quote.lines;
    if (!first || !second) throw new Error('fixture has two lines');
    const long = {
      ...first,
      sku: 'VERY-LONG-SKU-CODE-0123456789',
      unit: '用户·年（按季度计费）',
      description: `${'超长描述'.repeat(30)} https://example.com/${'x'.repeat(80)}`,
      quantityMilli: 123_456_789,
      unitPriceMinor: 999_999_999_999,
      netMinor: 999_999_999_999_999,
      discountBp: 1234,
    };
    const pdf = await readPdf(await renderQuotePdf({ ...quote, lines: [long, second] }));
    expect(pdf.pages).toHaveLength(1);
    const boxes = pdf.pages[0]?.boxes ?? [];
    // From the header row ('序号') down to the subtotal ('小计'), where the totals begin.
    const tableTop = boxes.find((box) => box.text.startsWith('序'))?.top ?? 0;
    const tableBottom = boxes.find((box) => box.text.startsWith('小'))?.top ?? 0;
    const cells = boxes.filter((box) => box.top >= tableTop && box.top < tableBottom);
    expect(cells.length).toBeGreaterThan(20);
    const outside = cells.filter(
      (box) => !edges.some(([left, right]) => box.left >= left - 0.5 && box.right <= right + 0.5),
    );
    expect(outside).toEqual([]);
    const text = compact(pdf.pages.map((page) => page.text).join(''));
    expect(text).toContain('VERY-LONG-SKU-CODE-0123456789');
    expect(text).toContain(compact('123,456.789'));
    expect(text).toContain('¥9,999,999,999,999.99');
  });
});
