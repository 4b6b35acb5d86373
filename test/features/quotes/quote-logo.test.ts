import { describe, expect, it } from 'vitest';
import { QuoteLogoError } from '../../../src/features/quotes/quote-logo.errors.js';
import { checkLogo, imageHeader } from '../../../src/features/quotes/quote-logo.js';
import { GIF_BYTES, logoImage, pngHeaderOnGarbage } from '../../helpers/logo-images.js';

const problemOf = (bytes: Uint8Array) => {
  try {
    checkLogo(bytes);
    return 'accepted';
  } catch (error) {
    return error instanceof QuoteLogoError ? error.problem : 'other';
  }
};

describe('what a quote logo may be', () => {
  it('a PNG and a JPEG are read from their own headers: type, width and height', async () => {
    expect(imageHeader(await logoImage('png', 600, 200))).toEqual({
      mimeType: 'image/png',
      width: 600,
      height: 200,
    });
    expect(imageHeader(await logoImage('jpeg', 320, 120))).toEqual({
      mimeType: 'image/jpeg',
      width: 320,
      height: 120,
    });
  });

  it('a GIF, a text file and a PNG signature without its IHDR are not logos, whatever their names', () => {
    expect(problemOf(GIF_BYTES)).toBe('notImage');
    expect(problemOf(new TextEncoder().encode('SKU,Qty\nPUMP-100,1\n'))).toBe('notImage');
    const noIhdr = pngHeaderOnGarbage();
    noIhdr.write('IDAT', 12, 'ascii');
    expect(problemOf(noIhdr)).toBe('notImage');
  });

  it('a header on garbage passes the header check (decoding catches it when the logo is set)', () => {
    expect(problemOf(pngHeaderOnGarbage())).toBe('accepted');
  });

  it('more than 256 KB is too large; a side under 16 px or over 4,000 px is no logo size', async () => {
    expect(problemOf(Buffer.concat([await logoImage('png'), Buffer.alloc(256 * 1024)]))).toBe('tooLarge');
    expect(problemOf(await logoImage('png', 10, 10))).toBe('badSize');
    const wide = pngHeaderOnGarbage();
    wide.writeUInt32BE(5_000, 16);
    expect(problemOf(wide)).toBe('badSize');
  });
});
