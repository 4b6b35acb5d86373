import LineBreaker from 'linebreak';

/** The width of a piece of text, in points, as it will be drawn. */
export type Measure = (text: string) => number;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The pieces between the places a line may end (UAX #14): after a space, between Chinese characters, never before '，'. */
function breakableSegments(paragraph: string): string[] {
  const segments: string[] = [];
  const breaker = new LineBreaker(paragraph);
  let start = 0;
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    segments.push(paragraph.slice(start, found.position));
    start = found.position;
  }
  return segments;
}

/** Cuts a piece wider than the line (a long URL, a long SKU) between characters, filling each line. */
function cutToFit(piece: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { segment } of graphemes.segment(piece)) {
    if (line && measure(line + segment) > width) {
      lines.push(line);
      line = '';
    }
    line += segment;
  }
  lines.push(line);
  return lines;
}

/**
 * Splits text into lines no wider than `width`: at each newline, where Unicode lets a line end, and inside a word
 * only when the word alone is wider than the line. Spaces at the end of a line are dropped. Only a single
 * character wider than the whole line could stick out, and no column is that narrow.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const segment of breakableSegments(paragraph)) {
      if (measure((line + segment).trimEnd()) <= width) {
        line += segment;
        continue;
      }
      if (line.trimEnd()) lines.push(line.trimEnd());
      const word = segment.trimEnd();
      const pieces = cutToFit(word, width, measure);
      line = (pieces.pop() ?? '') + segment.slice(word.length);
      lines.push(...pieces);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
