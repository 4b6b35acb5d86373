import { beforeAll, describe, expect, it } from 'vitest';
import { renderQuotePdf } from '../../../../src/features/quotes/pdf/index.js';
import { quoteDocument } from './quote-documents.fixture.js';
import { compact, type ReadPdf, readPdf } from './read-pdf.js';

const HEADER = compact('序号编码品名及描述单位数量单价折扣税率金额');

/** The positions of the rows that start on a page: a position cell, then that line's SKU (or description). */
function positionsOn(items: string[], quote: ReturnType<typeof quoteDocument>): number[] {
  return items.flatMap((item, i) => {
    const line = /^\d+$/.test(item) ? quote.lines[Number(item) - 1] : undefined;
    // A cell's text may come as several items (one per font run, or split at kerning).
    const next = compact(items.slice(i + 1, i + 12).join(''));
    const follows = line && next.startsWith(compact(line.sku ?? line.description.slice(0, 8)));
    return follows ? [line.position] : [];
  });
}

describe('a 200-line Chinese quote', () => {
  const quote = quoteDocument(200, 'zh-CN');
  let bytes: Uint8Array;
  let pdf: ReadPdf;
  beforeAll(async () => {
    bytes = await renderQuotePdf(quote);
    pdf = await readPdf(bytes);
  });

  it('stays under 1 MB: only the glyphs used are embedded', () => {
    expect(bytes.byteLength).toBeLessThan(1_000_000);
  });

  it('numbers every page "第 n 页 共 N 页", N being the pages the file has', () => {
    const count = pdf.pages.length;
    expect(count).toBeGreaterThan(5);
    pdf.pages.forEach((page, i) => {
      expect(compact(page.text)).toContain(compact(`第 ${i + 1} 页 共 ${count} 页`));
    });
  });

  it('repeats the table header on every page the table runs over, and lists every line once, in order', () => {
    const texts = pdf.pages.map((page) => compact(page.text));
    const listed = pdf.pages.map((page) => positionsOn(page.items, quote));
    const tablePages = listed.filter((positions) => positions.length > 0).length;
    texts.slice(0, tablePages).forEach((text) => {
      expect(text.startsWith(HEADER) || text.includes(HEADER)).toBe(true);
    });
    expect(listed.flat()).toEqual(quote.lines.map((line) => line.position));
  });

  it('wastes no page: a page ends early only when the next row would not fit above the footer', () => {
    // The footer's line is at 806 pt; a row of the fixture is at most 3 lines (41 pt) tall.
    const lowest = pdf.pages.slice(0, -1).map((page) => page.lowestText);
    expect(Math.min(...lowest)).toBeGreaterThan(806 - 20 - 41 - 11);
  });

  it('closes with the totals, the uppercase amount and the terms on the last pages', () => {
    const end = compact(
      pdf.pages
        .slice(-2)
        .map((page) => page.text)
        .join(''),
    );
    expect(end).toContain(compact('合计（CNY）'));
    expect(end).toMatch(/人民币（大写）：[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+/);
    expect(end).toContain(compact(`备注${quote.notes}`));
  });
});
