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

type Sniffed = { width: number; height: number } | null;

function pngSize(bytes: Uint8Array): Sniffed {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks the JPEG markers to the first frame header (SOF0–SOF15, except DHT, JPG and DAC). */
function jpegSize(bytes: Uint8Array): Sniffed {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

export async function prepareLogo(bytes: Uint8Array | null | undefined): Promise<PreparedLogo | null> {
  if (!bytes || bytes.length === 0) return null;
  const size = pngSize(bytes) ?? jpegSize(bytes);
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
