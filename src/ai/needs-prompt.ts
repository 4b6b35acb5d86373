import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Locale } from '../i18n/index.js';

export interface NeedsPromptInput {
  notes: string;
  today: string;
  locale: Locale;
  competitors: string[];
  questions: { key: string; text: string }[];
  /** Questions the rep has already answered, by key; the model should not ask them again. */
  answered: Readonly<Record<string, string | undefined>>;
}

const LANGUAGE: Record<Locale, string> = { en: 'English', 'zh-CN': 'Simplified Chinese (简体中文)' };
const JSON_SHAPE =
  '{"answers": [{"questionKey": "<key>", "answer": "<answer>", "quote": "<exact words>"}], "nextQuestions": ["<question>"], "summary": "<summary>"}';
/** Notes longer than this are cut: the modal accepts 3000 characters, so this only guards the API bill. */
const MAX_NOTES = 12_000;

/**
 * The system message carries the rules and the question list; the user message is only the notes, so text in
 * the notes cannot pose as instructions.
 */
export function buildNeedsMessages(input: NeedsPromptInput): ChatCompletionMessageParam[] {
  const language = LANGUAGE[input.locale];
  const questions = input.questions
    .map((q) => `- ${q.key}: ${q.text}${input.answered[q.key] ? ' (already answered)' : ''}`)
    .join('\n');
  const system = [
    'You help a salesperson qualify a lead (needs analysis: BANT and 5W2H).',
    'Read the call notes (Chinese or English) and answer the questions below ONLY with what the notes state.',
    'Never guess: leave a question out when the notes do not answer it. For each answer give the exact quote from the notes.',
    'Write money with its currency and amounts as stated (e.g. ¥300,000, $250k). Resolve relative dates against today.',
    `Then propose three next questions tailored to this customer, and a two-sentence summary. Write answers, questions and summary in ${language}.`,
    `Today is ${input.today}.`,
    input.competitors.length ? `Known competitors: ${input.competitors.join(', ')}.` : '',
    `Questions (key: text):\n${questions}`,
    // Servers that take no JSON schema still get the shape; the word "JSON" is what JSON mode asks for.
    `Reply with one JSON object only, no other text: ${JSON_SHAPE}`,
  ]
    .filter(Boolean)
    .join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: input.notes.slice(0, MAX_NOTES) },
  ];
}
