import type { ProposedAnswer } from './needs.types.js';

/**
 * The fields where the built-in extractor is right often enough to offer its answer when the AI leaves the
 * field empty: each reads at precision ≥ 0.9 on the test split of the independently labelled set
 * (BENCHMARKS.md, "Needs extraction"). Other fields (usage, competitors, payment method…) are left to the AI.
 */
export const HIGH_CONFIDENCE_KEYS: readonly string[] = ['budget', 'timeline', 'decision_maker'];

/**
 * The AI's answers, field by field, plus the extractor's answer for each high-confidence field the AI left
 * empty and the rep has not answered yet, marked `source: 'fallback'` so the modal can say where it came from.
 */
export function mergeAnswers(
  ai: ProposedAnswer[],
  extracted: ProposedAnswer[],
  answered: Readonly<Record<string, string | undefined>>,
): ProposedAnswer[] {
  const covered = new Set(ai.filter((a) => a.answer.trim()).map((a) => a.questionKey));
  const added = extracted
    .filter((a) => HIGH_CONFIDENCE_KEYS.includes(a.questionKey))
    .filter((a) => !covered.has(a.questionKey) && !answered[a.questionKey]?.trim())
    .map((a) => ({ ...a, source: 'fallback' as const }));
  return [...ai, ...added];
}
