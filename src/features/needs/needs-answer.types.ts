/** Who wrote a needs answer down: the rep, the AI, or the built-in extractor. */
export const ANSWER_SOURCES = ['rep', 'ai', 'fallback'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];
