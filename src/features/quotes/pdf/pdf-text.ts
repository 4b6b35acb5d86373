import { type FontIndex, type FontSlice, type FontWeight, sliceTrueType } from './font-slices.js';
import { type Measure, wrapText } from './wrap-text.js';

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  color?: string;
}

/** Drawn for a character no slice of the font has (a rare emoji): visibly missing, never a blank. */
const MISSING = '?';

/**
 * User text as the PDF may show it: NFC, Windows newlines made plain, tabs as spaces; control and format characters
 * (zero-width, bidirectional overrides) dropped: they could hide or reorder what the customer reads.
 */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[^\P{Cc}\n]|\p{Cf}/gu, '');
}

/**
 * Text in a pdfkit document set in Noto Sans SC's slices: each run of characters is drawn with the slice that holds
 * them. Slices are loaded (asynchronously) before their text is measured or drawn; `load` is called per section.
 */
export class PdfText {
  private readonly loaded = new Set<string>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly index: FontIndex,
  ) {}

  /** Loads and registers every slice these texts need in this weight (and the stand-in for a missing glyph). */
  async load(weight: FontWeight, ...texts: string[]): Promise<void> {
    const needed = new Map<string, FontSlice>();
    for (const text of [MISSING, ...texts])
      for (const char of text) {
        const slice = this.index.sliceOf(char.codePointAt(0) ?? 0, weight);
        if (slice && !this.loaded.has(slice.key)) needed.set(slice.key, slice);
      }
    const slices = [...needed.values()];
    const bytes = await Promise.all(slices.map(sliceTrueType));
    slices.forEach((slice, i) => {
      if (this.loaded.has(slice.key)) return;
      const font = bytes[i];
      if (!font) return;
      this.doc.registerFont(slice.key, Buffer.from(font.buffer, font.byteOffset, font.byteLength));
      this.loaded.add(slice.key);
    });
  }

  /** The runs of `text`, each with the registered slice that draws it. */
  private runs(text: string, weight: FontWeight): Array<{ font: string; text: string }> {
    const runs: Array<{ font: string; text: string }> = [];
    for (const char of text) {
      const font = this.fontFor(char, weight);
      const drawn = font ? char : MISSING;
      const key = font ?? this.fontFor(MISSING, 'regular');
      if (!key) throw new Error('quote pdf: the font was not loaded before drawing');
      const last = runs.at(-1);
      if (last?.font === key) last.text += drawn;
      else runs.push({ font: key, text: drawn });
    }
    return runs;
  }

  /** The loaded slice for a character: its weight's, else the other weight's (never a silent blank). */
  private fontFor(char: string, weight: FontWeight): string | undefined {
    const codePoint = char.codePointAt(0) ?? 0;
    for (const candidate of [weight, weight === 'bold' ? 'regular' : 'bold'] as const) {
      const slice = this.index.sliceOf(codePoint, candidate);
      if (slice && this.loaded.has(slice.key)) return slice.key;
    }
    return undefined;
  }

  width(text: string, style: TextStyle): number {
    let width = 0;
    for (const run of this.runs(text, style.weight ?? 'regular'))
      width += this.doc.font(run.font).fontSize(style.size).widthOfString(run.text);
    return width;
  }

  measure(style: TextStyle): Measure {
    return (text) => this.width(text, style);
  }

  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(text, width, this.measure(style));
  }

  /** Draws one line (no wrapping) with its top at `y`; `align` places it within `width` from `x`. */
  line(
    text: string,
    x: number,
    y: number,
    style: TextStyle,
    align?: { width: number; to: 'right' | 'center' },
  ) {
    let left = x;
    if (align) {
      const room = align.width - this.width(text, style);
      left += align.to === 'right' ? room : room / 2;
    }
    this.doc.fillColor(style.color ?? '#1d1c1d');
    for (const run of this.runs(text, style.weight ?? 'regular')) {
      this.doc.font(run.font).fontSize(style.size).text(run.text, left, y, { lineBreak: false });
      left += this.doc.widthOfString(run.text);
    }
  }
}
