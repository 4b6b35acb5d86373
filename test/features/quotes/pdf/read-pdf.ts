import * as fontkit from 'fontkit';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads a PDF the way a viewer does, with Mozilla's pdf.js: independent of pdfkit, which wrote it. Gives each
 * page's text, annotations and drawn glyphs, and the document's scripts and form fields.
 */
export interface ReadPage {
  /** The page's text in drawing order, items joined with no separator. */
  text: string;
  /** The page's text items (non-blank, trimmed): a cell's line is one item, or a few where fonts change. */
  items: string[];
  /** Where each item was drawn, in points from the page's top-left corner. */
  boxes: Array<{ text: string; left: number; right: number; top: number }>;
  /** How far down the page (in points from its top edge) the lowest text above the footer ends. */
  lowestText: number;
  annotations: unknown[];
  /** Characters whose glyph is missing or draws nothing (notdef, or an empty outline), with the font's name. */
  blankGlyphs: Array<{ char: string; font: string }>;
  images: number;
}

export interface ReadPdf {
  pages: ReadPage[];
  jsActions: unknown;
  fields: unknown;
  title: string | undefined;
}

interface Glyph {
  unicode: string;
  fontChar: string;
  originalCharCode: number;
  isSpace: boolean;
  isInFont: boolean;
}

interface LoadedFont {
  name: string;
  data?: Uint8Array;
}

/** A glyph draws something when the font has it (not notdef) and its outline has at least one drawing command. */
function drawsSomething(font: LoadedFont, glyph: Glyph, parsed: Map<string, fontkit.Font | null>): boolean {
  if (!glyph.isInFont || glyph.originalCharCode === 0 || !font.data) return false;
  if (!parsed.has(font.name)) {
    const opened = fontkit.create(Buffer.from(font.data));
    parsed.set(font.name, 'glyphForCodePoint' in opened ? opened : null);
  }
  const program = parsed.get(font.name);
  const outline = program?.glyphForCodePoint(glyph.fontChar.codePointAt(0) ?? 0);
  return Boolean(outline && outline.id !== 0 && outline.path.commands.length > 0);
}

async function readPage(page: pdfjs.PDFPageProxy): Promise<ReadPage> {
  const content = await page.getTextContent();
  const strings = content.items.map((item) => ('str' in item ? item.str : ''));
  const text = strings.join('');
  const items = strings.map((item) => item.trim()).filter((item) => item !== '');
  const height = page.view[3] ?? 0;
  const depths = content.items.flatMap((item) =>
    'str' in item && item.str.trim() ? [height - (item.transform[5] as number)] : [],
  );
  const boxes = content.items.flatMap((item) =>
    'str' in item && item.str.trim()
      ? [
          {
            text: item.str,
            left: item.transform[4] as number,
            right: (item.transform[4] as number) + item.width,
            top: height - (item.transform[5] as number),
          },
        ]
      : [],
  );
  // The footer is the last line of every page: everything drawn above it is the page's content.
  const footer = Math.max(...depths);
  const lowestText = Math.max(0, ...depths.filter((depth) => depth < footer - 5));
  const operators = await page.getOperatorList();
  const blankGlyphs: ReadPage['blankGlyphs'] = [];
  const parsed = new Map<string, fontkit.Font | null>();
  let font: LoadedFont = { name: '' };
  let images = 0;
  operators.fnArray.forEach((operator, i) => {
    const args = operators.argsArray[i] as unknown[];
    if (operator === pdfjs.OPS.setFont) font = page.commonObjs.get(args[0] as string) as LoadedFont;
    if (operator === pdfjs.OPS.paintImageXObject) images++;
    if (operator !== pdfjs.OPS.showText) return;
    for (const glyph of args[0] as Array<Glyph | number>) {
      if (typeof glyph === 'number' || glyph.isSpace || /^\s*$/.test(glyph.unicode)) continue;
      if (!drawsSomething(font, glyph, parsed)) blankGlyphs.push({ char: glyph.unicode, font: font.name });
    }
  });
  return { text, items, boxes, lowestText, annotations: await page.getAnnotations(), blankGlyphs, images };
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    // Keep each embedded font's program, so its glyphs can be inspected; never run anything in the file.
    fontExtraProperties: true,
    disableFontFace: true,
    isEvalSupported: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  try {
    const pages: ReadPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++)
      pages.push(await readPage(await pdf.getPage(number)));
    const { info } = await pdf.getMetadata();
    return {
      pages,
      jsActions: await pdf.getJSActions(),
      fields: await pdf.getFieldObjects(),
      title: (info as { Title?: string }).Title,
    };
  } finally {
    await pdf.destroy();
  }
}

/** Text with every kind of whitespace removed: wrapping moves line ends, it never changes the characters. */
export const compact = (text: string) => text.replace(/\s+/g, '');
