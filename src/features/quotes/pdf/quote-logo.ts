import { imageHeader } from '../quote-logo.js';

/**
 * The team's logo, made safe to embed: only PNG or JPEG, at most 8,000 px a side and 40 megapixels (read from the
 * header before anything is decoded, so a tiny file that unpacks to gigabytes is refused), decoded by Skia
 * (@napi-rs/canvas, already used for the digest chart, imported on the first logo), flattened on white and
 * re-encoded as a small JPEG. pdfkit then only copies JPEG bytes: its own PNG decoder can fail after the page is
 * drawn, outside any try. Anything broken, unknown or too large is skipped: the quote goes out without a logo.
 */
export interface PreparedLogo {
  jpeg: Buffer;
  width: number;
  height: number;
}

const MAX_SIDE = 8_000;
const MAX_PIXELS = 40_000_000;
/** Twice the size it is drawn at (140 × 48 pt), so it stays sharp when printed. */
const TARGET = { width: 560, height: 192 };

export async function prepareLogo(bytes: Uint8Array | null | undefined): Promise<PreparedLogo | null> {
  if (!bytes || bytes.length === 0) return null;
  const size = imageHeader(bytes);
  if (!size || size.width < 1 || size.height < 1) return null;
  if (size.width > MAX_SIDE || size.height > MAX_SIDE || size.width * size.height > MAX_PIXELS) return null;
  try {
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    // A Buffer, never a string: loadImage would read a string as a path or a URL.
    const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const scale = Math.min(1, TARGET.width / image.width, TARGET.height / image.height);
    const width = Math.max(1, Math.round(image.width * scale));
    const height = Math.max(1, Math.round(image.height * scale));
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return { jpeg: await canvas.encode('jpeg', 90), width, height };
  } catch {
    return null;
  }
}
