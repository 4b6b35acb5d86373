import { createCanvas } from '@napi-rs/canvas';

/** A real image of `width` × `height` px (a coloured band and a disc), encoded as PNG or JPEG. */
export async function logoImage(format: 'png' | 'jpeg', width = 300, height = 100): Promise<Buffer> {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#1f6feb';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#ffd33d';
  context.beginPath();
  context.arc(height / 2, height / 2, height / 3, 0, Math.PI * 2);
  context.fill();
  return format === 'png' ? canvas.encode('png') : canvas.encode('jpeg', 85);
}

/** A PNG signature and a valid IHDR (200 × 80 px) on top of bytes that are no image data. */
export function pngHeaderOnGarbage(): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'ascii');
  header.writeUInt32BE(200, 16);
  header.writeUInt32BE(80, 20);
  header.writeUInt8(8, 24);
  header.writeUInt8(6, 25);
  const garbage = Buffer.alloc(2_000);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 131 + 7) % 251;
  return Buffer.concat([header, garbage]);
}

/** A GIF: a real image format, but not one a quote logo may be. */
export const GIF_BYTES = Buffer.concat([
  Buffer.from('GIF89a', 'ascii'),
  Buffer.from([0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00]),
  Buffer.from([0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00]),
  Buffer.from([0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b]),
]);

/** A real JPEG padded past 2 MB (trailing bytes after its end marker, as some cameras write). */
export async function hugeJpeg(): Promise<Buffer> {
  return Buffer.concat([await logoImage('jpeg'), Buffer.alloc(2 * 1024 * 1024)]);
}
