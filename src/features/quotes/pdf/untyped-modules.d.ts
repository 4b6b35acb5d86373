// Types for the two small packages the quote PDF uses that ship none.

declare module 'wawoff2/decompress.js' {
  /** WOFF2 → TrueType (Google's woff2 decoder in WebAssembly); rejects on a broken file. */
  export default function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}

declare module 'linebreak' {
  /** The Unicode line breaking algorithm (UAX #14): the places a line may end. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
