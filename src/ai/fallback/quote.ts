const MAX_QUOTE = 120;
/** Sentence ends; a `.` counts only before a space or the end, so `1.5M` and `e.g.` stay whole. */
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/g;

export interface Span {
  start: number;
  end: number;
}

/** The sentence (clause for long ones) around `[index, index + length)`, as the span in `notes`. */
export function sentenceAround(notes: string, index: number, length: number): Span {
  let start = 0;
  let end = notes.length;
  for (const m of notes.matchAll(SENTENCE_END)) {
    if (m.index === undefined) continue;
    if (m.index < index) start = m.index + m[0].length;
    else if (m.index >= index + length) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** The words the rep wrote around a match, short enough to show next to the proposed answer. */
export function quoteAround(notes: string, index: number, length: number): string {
  const { start, end } = sentenceAround(notes, index, length);
  let from = start;
  let to = end;
  if (to - from > MAX_QUOTE) {
    const spare = Math.max(0, MAX_QUOTE - length);
    from = Math.max(start, index - Math.floor(spare / 2));
    to = Math.min(end, from + Math.max(MAX_QUOTE, length));
  }
  const text = notes.slice(from, to).trim();
  return `${from > start ? '…' : ''}${text}${to < end ? '…' : ''}`;
}

/** The text of the sentence around a match, for checking what else that sentence says. */
export function sentenceText(notes: string, index: number, length: number): string {
  const { start, end } = sentenceAround(notes, index, length);
  return notes.slice(start, end);
}
