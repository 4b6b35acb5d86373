import type { Locale } from '../i18n/index.js';

/**
 * Built-in needs-analysis questions, in the order a good rep asks them: the past (why they buy), the present
 * (what they need), the future (how they will choose). Teams may add their own keys (`custom_<id>`).
 */
export const BUILT_IN_QUESTION_KEYS = [
  'problem',
  'current_solution',
  'must_haves',
  'nice_to_haves',
  'usage',
  'budget',
  'payment_method',
  'decision_maker',
  'influencers',
  'timeline',
  'timeline_driver',
  'competitors',
  'decision_criteria',
] as const;
export type BuiltInQuestionKey = (typeof BUILT_IN_QUESTION_KEYS)[number];

export interface QuestionPrompt {
  key: string;
  text: string;
}

/** One answer proposed from call notes; nothing is saved until the rep confirms it. */
export interface ProposedAnswer {
  questionKey: string;
  answer: string;
  /** The words in the notes the answer came from. */
  quote: string;
  /**
   * Set when this answer comes from another source than the analysis as a whole: the built-in extractor's
   * answer to a field the AI left empty (`fallback` in an `ai` analysis).
   */
  source?: AnalysisSource;
}

export type AnalysisSource = 'ai' | 'fallback';
/**
 * Why the built-in extractor answered: no key, too slow, a failed call, an answer that does not parse, or an
 * answer the model declined (`refusal`), cut short (`finish_reason: "length"`) or had withheld by the service's
 * content filter (`finish_reason: "content_filter"`); the user is told which.
 */
export type FallbackReason =
  | 'no_key'
  | 'timeout'
  | 'error'
  | 'unparseable'
  | 'declined'
  | 'cut_short'
  | 'filtered';

export interface NeedsAnalysis {
  source: AnalysisSource;
  fallbackReason?: FallbackReason;
  answers: ProposedAnswer[];
  nextQuestions: string[];
  summary: string;
}

export interface ExtractInput {
  notes: string;
  /** The rep's local date, `YYYY-MM-DD`, to resolve "next month", "两周内"… */
  today: string;
  locale: Locale;
  /** The team's list of competitor names. */
  competitors: string[];
}
