import type { NeedsAnalysis, ProposedAnswer } from '../../ai/needs.types.js';
import type { Locale } from '../../i18n/index.js';
import type { Intent, Lead } from '../leads/leads.types.js';
import type { AnswerSource } from './needs-answer.types.js';
import type { AnswerMap, IntentSuggestion } from './needs-scoring.js';
import type { Question } from './question-bank.js';

export type { AnswerSource, NeedsAnalysis, ProposedAnswer };

export interface NeedsAnswer {
  id: number;
  leadId: number;
  questionKey: string;
  answer: string;
  source: AnswerSource;
  answeredBy: string;
  answeredAt: Date;
  supersededAt: Date | null;
}

/** What the modal and the card show for one lead. */
export interface NeedsState {
  lead: Lead;
  questions: Question[];
  /** Current answers (the latest, not superseded), by question key. */
  answers: Record<string, NeedsAnswer>;
  open: Question[];
  completeness: number;
  suggestion: IntentSuggestion;
  /** Up to three unanswered questions in the caller's language. */
  next: { key: string; text: string }[];
}

/** One answer as the rep submits it; `source` says whether it is their own or an accepted proposal. */
export interface SubmittedAnswer {
  questionKey: string;
  answer: string;
  source: AnswerSource;
}

/** Runs the AI (or the fallback) on call notes; injected so use cases never import the OpenAI client. */
export type NotesAnalyzer = (input: {
  notes: string;
  today: string;
  locale: Locale;
  competitors: string[];
  questions: { key: string; text: string }[];
  answered: AnswerMap;
}) => Promise<NeedsAnalysis>;

export interface SaveNeedsResult {
  lead: Lead;
  state: NeedsState;
  /** Question keys whose answer changed in this save. */
  changed: string[];
  movedStage: boolean;
  intentChangedTo: Intent | null;
}
