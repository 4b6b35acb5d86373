import { QuoteLogoError } from './quote-logo.errors.js';
import { MAX_LOGO_BYTES, MAX_LOGO_SIDE, MIN_LOGO_SIDE } from './quotes.types.js';

/*
 * What a team logo may be: a PNG or a JPEG, recognised by its signature and read from its own header (PNG's IHDR,
 * JPEG's frame header), never by its file name; small enough to travel in every quote PDF.
 */
export type LogoMimeType = 'image/png' | 'image/jpeg';
export interface ImageHeader {
  mimeType: LogoMimeType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];

/** A PNG's size from its first chunk, which must be IHDR (13 bytes long), as the PNG specification requires. */
export function pngHeader(bytes: Uint8Array): ImageHeader | null {
  if (bytes.length < 33 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8) !== 13 || IHDR.some((byte, i) => bytes[12 + i] !== byte)) return null;
  return { mimeType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks a JPEG's markers to the first frame header (SOF0–SOF15, except DHT, JPG and DAC). */
export function jpegHeader(bytes: Uint8Array): ImageHeader | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { mimeType: 'image/jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    const length = view.getUint16(at + 2);
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

export function imageHeader(bytes: Uint8Array): ImageHeader | null {
  return pngHeader(bytes) ?? jpegHeader(bytes);
}

/**
 * The uploaded bytes as a logo, or the refusal that says what to upload instead: too large, not a PNG or JPEG
 * (whatever its name says), or of a size no logo has.
 */
export function checkLogo(bytes: Uint8Array): ImageHeader {
  if (bytes.byteLength > MAX_LOGO_BYTES)
    throw new QuoteLogoError('tooLarge', { kilobytes: Math.ceil(bytes.byteLength / 1024) });
  const header = imageHeader(bytes);
  if (!header) throw new QuoteLogoError('notImage');
  const { width, height } = header;
  if (Math.min(width, height) < MIN_LOGO_SIDE || Math.max(width, height) > MAX_LOGO_SIDE)
    throw new QuoteLogoError('badSize', { width, height });
  return header;
}
