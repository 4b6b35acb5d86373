import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderQuotePdf } from '../../../../src/features/quotes/pdf/index.js';
import type { QuoteDocument } from '../../../../src/features/quotes/quote-document.types.js';
import { quoteDocument } from './quote-documents.fixture.js';
import { compact, readPdf } from './read-pdf.js';

/** A quote whose user text tries everything a PDF could turn into an action. */
function hostileQuote(): QuoteDocument {
  const quote = quoteDocument(3, 'zh-CN');
  const [first, second, third] = quote.lines;
  if (!first || !second || !third) throw new Error('fixture has three lines');
  return {
    ...quote,
    team: { name: '<script>app.alert(1)</script> 云帆' },
    customer: {
      company: 'javascript:app.launchURL("https://evil.example")',
      contactName: 'mailto:boss@evil.example',
    },
    lines: [
      { ...first, description: '规格见 https://evil.example/spec?id=1 或 www.evil.example' },
      { ...second, description: '/JavaScript (app.alert(1)) /URI (https://evil.example) /Launch' },
      { ...third, description: '零宽\u200b字符\u202e与控制\u0007字符' },
    ],
    notes: '请访问 https://evil.example/pay 付款',
  };
}

const pngLogo = async () => {
  const canvas = createCanvas(300, 100);
  const context = canvas.getContext('2d');
  context.fillStyle = '#1d6fd8';
  context.fillRect(0, 0, 300, 100);
  return new Uint8Array(await canvas.encode('png'));
};

describe('the quote PDF never turns user text into an action', () => {
  it('has no link annotation, script, open action, launch action or form field, and shows URLs as plain text', async () => {
    const bytes = await renderQuotePdf(hostileQuote());
    const pdf = await readPdf(bytes);
    expect(pdf.pages.flatMap((page) => page.annotations)).toEqual([]);
    expect(pdf.jsActions).toBeNull();
    expect(pdf.fields).toBeNull();
    // pdfkit writes its dictionaries uncompressed: none of these keys appears outside user text drawn as glyphs.
    const raw = Buffer.from(bytes).toString('latin1');
    for (const key of [
      '/Annots',
      '/JavaScript',
      '/JS ',
      '/URI',
      '/Launch',
      '/OpenAction',
      '/AA ',
      '/AcroForm',
      '/XFA',
    ])
      expect(raw).not.toContain(key);
    const text = compact(pdf.pages.map((page) => page.text).join(''));
    expect(text).toContain(compact('规格见 https://evil.example/spec?id=1 或 www.evil.example'));
    expect(text).toContain(compact('/JavaScript (app.alert(1)) /URI (https://evil.example) /Launch'));
    expect(text).toContain(compact('<script>app.alert(1)</script> 云帆'));
  });

  it('drops zero-width, bidirectional-override and control characters, keeping the rest of the text', async () => {
    const text = compact((await readPdf(await renderQuotePdf(hostileQuote()))).pages[0]?.text ?? '');
    expect(text).toContain('零宽字符与控制字符');
    expect(text).not.toMatch(/\p{Cc}|\p{Cf}/u);
  });

  it('renders a sent version again to the same bytes', async () => {
    const quote = quoteDocument(5, 'zh-CN');
    const [once, again] = [await renderQuotePdf(quote), await renderQuotePdf(quote)];
    expect(Buffer.from(again).equals(Buffer.from(once))).toBe(true);
  });
});

describe('the team logo on the quote', () => {
  it('draws a PNG logo in the header', async () => {
    const quote = quoteDocument(3, 'en');
    const pdf = await readPdf(
      await renderQuotePdf({ ...quote, team: { ...quote.team, logo: await pngLogo() } }),
    );
    expect(pdf.pages[0]?.images).toBe(1);
  });

  it.each([
    ['bytes that are no image', new TextEncoder().encode('not an image at all')],
    ['a PNG cut short', (logo: Uint8Array) => logo.slice(0, 60)],
    ['a PNG header claiming 100,000 × 100,000 pixels', (logo: Uint8Array) => withPngSize(logo, 100_000)],
    ['a JPEG with nothing after its start', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])],
  ] as const)('skips %s and still renders the whole quote', async (_, broken) => {
    const quote = quoteDocument(3, 'zh-CN');
    const logo = typeof broken === 'function' ? broken(await pngLogo()) : broken;
    const pdf = await readPdf(await renderQuotePdf({ ...quote, team: { ...quote.team, logo } }));
    expect(pdf.pages[0]?.images).toBe(0);
    expect(compact(pdf.pages[0]?.text ?? '')).toContain(compact('人民币（大写）'));
  });
});

/** The PNG with its header's width and height rewritten (the pixels stay as they were). */
function withPngSize(png: Uint8Array, side: number): Uint8Array {
  const copy = png.slice();
  const view = new DataView(copy.buffer);
  view.setUint32(16, side);
  view.setUint32(20, side);
  return copy;
}
