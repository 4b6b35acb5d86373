import { compareDates, isValidDate, requireIsoDate, toIso } from './calendar.js';
import { fiscalLastMonth, TIMELINE_RULES } from './timeline-rules.js';

export interface TimelineMatch {
  /** The deadline the phrase names: the last day of the period it names ("next month" → its last day). */
  by: string;
  phrase: string;
  index: number;
}

/**
 * Purchase-timeline phrases in free text (`next month`, `Q3 2027`, `两周内`, `年底前`, `9月份`, `by March 15`,
 * `before the end of the fiscal year`), each resolved against `today`, in order of appearance. Phrases that
 * name a past period are left out.
 */
export function findTimeline(text: string, today: string): TimelineMatch[] {
  const base = requireIsoDate(today);
  const context = { fiscalLastMonth: fiscalLastMonth(text), text };
  const found: TimelineMatch[] = [];
  for (const [pattern, resolve] of TIMELINE_RULES) {
    for (const m of text.matchAll(pattern)) {
      if (m.index === undefined || m[0].trim() === '') continue;
      const date = resolve(m as RegExpExecArray, base, context);
      if (!date || !isValidDate(date) || compareDates(date, base) < 0) continue;
      const lead = m[0].length - m[0].trimStart().length;
      found.push({ by: toIso(date), phrase: m[0].trim(), index: m.index + lead });
    }
  }
  return withoutOverlaps(found);
}

/** When two phrases overlap (月底前 inside 12月底前) the longer one says more. */
function withoutOverlaps(matches: TimelineMatch[]): TimelineMatch[] {
  const sorted = [...matches].sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const kept: TimelineMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.index < last.index + last.phrase.length) {
      if (match.phrase.length > last.phrase.length) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}
