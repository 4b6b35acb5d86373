import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The quote's font: Noto Sans SC from the `noto-sans-sc` package, which ships Google Fonts' unicode-range slices
 * (about 100 WOFF2 files per weight, Latin included). A PDF embeds each slice it uses as a font of its own.
 *
 * Slices are decompressed to TrueType before pdfkit sees them: fontkit (inside pdfkit) subsets a WOFF2 font into
 * glyphs that draw nothing and files five times larger (measured in BENCHMARKS.md, "Quote PDF: library choice";
 * pdfkit issue #1004). wawoff2 is Google's woff2 decoder compiled to WebAssembly; it is imported on first use,
 * and each slice is decompressed once per process.
 */
export type FontWeight = 'regular' | 'bold';

export interface FontSlice {
  /** A stable name for the slice within a document, e.g. `regular-45`. */
  key: string;
  path: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}

const WEIGHT_FOLDERS: Record<FontWeight, string> = {
  regular: 'noto_sans_sc_regular',
  bold: 'noto_sans_sc_bold',
};

/** Reads one weight's css.css: which WOFF2 slice holds which unicode ranges. */
async function readSlices(weight: FontWeight): Promise<FontSlice[]> {
  const packageDir = dirname(createRequire(import.meta.url).resolve('noto-sans-sc/package.json'));
  const folder = join(packageDir, WEIGHT_FOLDERS[weight]);
  const css = await readFile(join(folder, 'css.css'), 'utf8');
  const slices: FontSlice[] = [];
  for (const [, file = '', rangeList = ''] of css.matchAll(
    /url\(['"]?([^)'"]+\.woff2)['"]?\)[^}]*?unicode-range:([^;]+);/g,
  )) {
    const ranges = rangeList.split(',').map((range): [number, number] => {
      const [low = '', high = low] = range.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(low, 16), Number.parseInt(high, 16)];
    });
    slices.push({ key: `${weight}-${slices.length}`, path: join(folder, file), ranges });
  }
  if (slices.length < 2) throw new Error(`quote pdf: no font slices found in ${folder}`);
  return slices;
}

/** Which slice draws each code point, per weight: built once, then a lookup per character. */
export interface FontIndex {
  sliceOf(codePoint: number, weight: FontWeight): FontSlice | undefined;
}

let index: Promise<FontIndex> | undefined;

export function fontIndex(): Promise<FontIndex> {
  index ??= Promise.all([readSlices('regular'), readSlices('bold')])
    .then(([regular, bold]) => {
      const slices = { regular, bold };
      const found = {
        regular: new Map<number, FontSlice | null>(),
        bold: new Map<number, FontSlice | null>(),
      };
      return {
        sliceOf(codePoint, weight) {
          let slice = found[weight].get(codePoint);
          if (slice === undefined) {
            slice = slices[weight].find((s) =>
              s.ranges.some(([low, high]) => codePoint >= low && codePoint <= high),
            );
            found[weight].set(codePoint, slice ?? null);
          }
          return slice ?? undefined;
        },
      } satisfies FontIndex;
    })
    .catch((error: unknown) => {
      index = undefined;
      throw error;
    });
  return index;
}

const trueTypes = new Map<string, Promise<Uint8Array>>();
/** One decompression at a time: each result is a view into the decoder's memory until it is copied. */
let decoding: Promise<unknown> = Promise.resolve();

function decompressOneAtATime(woff2: Uint8Array): Promise<Uint8Array> {
  const result = decoding.then(async () => {
    const { default: decompress } = await import('wawoff2/decompress.js');
    // Copied at once: the next call reuses the memory this view points into.
    return (await decompress(woff2)).slice();
  });
  decoding = result.catch(() => undefined);
  return result;
}

/** The slice as TrueType bytes, decompressed on first use and kept for the life of the process. */
export function sliceTrueType(slice: FontSlice): Promise<Uint8Array> {
  let bytes = trueTypes.get(slice.path);
  if (!bytes) {
    bytes = readFile(slice.path)
      .then(decompressOneAtATime)
      .catch((error: unknown) => {
        trueTypes.delete(slice.path);
        throw error;
      });
    trueTypes.set(slice.path, bytes);
  }
  return bytes;
}
