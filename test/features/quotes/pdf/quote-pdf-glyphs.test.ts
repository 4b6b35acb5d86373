import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { renderQuotePdf } from '../../../../src/features/quotes/pdf/index.js';
import { quoteDocument } from './quote-documents.fixture.js';
import { readPdf } from './read-pdf.js';

/** Every non-space character of the quote as the customer reads it, whatever the language. */
const charactersOf = (text: string) => new Set([...text.replace(/\s/g, '')]);

describe('the glyphs of the quote PDF', () => {
  it.each(['zh-CN', 'en'] as const)(
    'every character of a %s quote is drawn with a glyph that has an outline',
    async (language) => {
      const quote = quoteDocument(10, language);
      const pdf = await readPdf(await renderQuotePdf(quote));
      const drawn = pdf.pages.flatMap((page) => page.blankGlyphs);
      expect(drawn).toEqual([]);
      // The check above covers what was drawn; this one that everything of the quote was drawn at all.
      const text = pdf.pages.map((page) => page.text).join('');
      const expected = charactersOf(
        quote.lines.map((line) => line.description + line.unit).join('') + quote.notes,
      );
      expect([...expected].filter((char) => !text.includes(char))).toEqual([]);
      if (language === 'zh-CN') expect(expected.size).toBeGreaterThan(150);
    },
  );

  it('the check finds blank glyphs: WOFF2 slices embedded without decompressing draw nothing (why the renderer decompresses them)', async () => {
    const folder = join(
      dirname(createRequire(import.meta.url).resolve('noto-sans-sc/package.json')),
      'noto_sans_sc_regular',
    );
    const css = readFileSync(join(folder, 'css.css'), 'utf8');
    const sliceWith = (char: string) =>
      readdirSync(folder).find((file) => {
        const block = css.slice(css.indexOf(file));
        const range = /unicode-range:([^;]+);/.exec(block)?.[1] ?? '';
        const code = char.codePointAt(0) ?? 0;
        return range.split(',').some((part) => {
          const [low = '', high = low] = part.trim().replace(/^U\+/i, '').split('-');
          return code >= Number.parseInt(low, 16) && code <= Number.parseInt(high, 16);
        });
      });
    const file = sliceWith('报');
    expect(file).toBeDefined();
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    doc.registerFont('woff2', readFileSync(join(folder, file ?? '')));
    doc.font('woff2').fontSize(12).text('报', 50, 50);
    doc.end();
    await ended;
    const pdf = await readPdf(Buffer.concat(chunks));
    expect(pdf.pages[0]?.text).toContain('报');
    expect(pdf.pages[0]?.blankGlyphs.map((glyph) => glyph.char)).toEqual(['报']);
  });
});
