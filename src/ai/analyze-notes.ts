import OpenAI from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { extractNeeds } from './fallback/extractor.js';
import type { FallbackReason, NeedsAnalysis } from './needs.types.js';
import { buildNeedsMessages, type NeedsPromptInput } from './needs-prompt.js';
import { needsResponseFormat } from './needs-schema.js';
import { createOpenAIClient } from './openai-client.js';

export type AnalyzeNotesInput = NeedsPromptInput;

export interface NeedsAi {
  client: OpenAI | null;
  model: string;
  /** The whole analysis, retries included, ends by then; the SDK's own timeout is per attempt. */
  timeoutMs: number;
  logger: Logger;
}

const NEXT_QUESTION_COUNT = 3;

class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'DeadlineExceeded';
  }
}

/**
 * Proposes answers from call notes with the AI (structured output checked by the zod schema). Without a key,
 * or when the call fails, times out or returns something that does not parse, the deterministic extractor
 * proposes what it can; `fallbackReason` says why. Never throws.
 */
export async function analyzeNotes(input: AnalyzeNotesInput, ai: NeedsAi): Promise<NeedsAnalysis> {
  if (!ai.client) return fallback(input, 'no_key', ai.logger);
  const client = ai.client;
  try {
    const completion = await withDeadline(ai.timeoutMs, (signal) =>
      client.chat.completions.parse(
        { model: ai.model, messages: buildNeedsMessages(input), response_format: needsResponseFormat() },
        { signal },
      ),
    );
    const message = completion.choices[0]?.message;
    if (!message?.parsed) {
      ai.logger.warn({ refusal: Boolean(message?.refusal) }, 'AI returned no structured answer');
      return fallback(input, 'unparseable', ai.logger);
    }
    return {
      source: 'ai',
      answers: message.parsed.answers,
      nextQuestions: message.parsed.nextQuestions
        .map((q) => q.trim())
        .filter(Boolean)
        .slice(0, NEXT_QUESTION_COUNT),
      summary: message.parsed.summary.trim(),
    };
  } catch (error) {
    const reason = classify(error);
    ai.logger.warn({ err: error, reason }, 'AI needs analysis failed; using the deterministic extractor');
    return fallback(input, reason, ai.logger);
  }
}

export function classify(error: unknown): Exclude<FallbackReason, 'no_key'> {
  if (error instanceof DeadlineExceeded || error instanceof OpenAI.APIConnectionTimeoutError)
    return 'timeout';
  // A body that is not JSON, or JSON that does not match the schema, or an answer cut short.
  if (
    error instanceof SyntaxError ||
    (error instanceof Error && error.name === 'ZodError') ||
    error instanceof LengthFinishReasonError ||
    error instanceof ContentFilterFinishReasonError
  )
    return 'unparseable';
  return 'error';
}

/** Runs `call` with an abort signal that fires after `ms`; rejects with `DeadlineExceeded` at that moment. */
async function withDeadline<T>(ms: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DeadlineExceeded(ms);
      reject(error);
      controller.abort(error);
    }, ms);
  });
  try {
    return await Promise.race([call(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function fallback(input: AnalyzeNotesInput, reason: FallbackReason, logger: Logger): NeedsAnalysis {
  let answers: NeedsAnalysis['answers'] = [];
  try {
    answers = extractNeeds({
      notes: input.notes,
      today: input.today,
      locale: input.locale,
      competitors: input.competitors,
    }).answers;
  } catch (error) {
    logger.error({ err: error }, 'the deterministic extractor failed');
  }
  const covered = new Set([
    ...Object.keys(input.answered).filter((key) => input.answered[key]?.trim()),
    ...answers.map((a) => a.questionKey),
  ]);
  const nextQuestions = input.questions
    .filter((q) => !covered.has(q.key))
    .slice(0, NEXT_QUESTION_COUNT)
    .map((q) => q.text);
  return { source: 'fallback', fallbackReason: reason, answers, nextQuestions, summary: '' };
}

/** The analyzer the app uses, built once from the settings. */
export function createNotesAnalyzer(settings: Config['openai'], logger: Logger) {
  const ai: NeedsAi = {
    client: createOpenAIClient(settings),
    model: settings.model,
    timeoutMs: settings.timeoutMs,
    logger: logger.child({ source: 'ai' }),
  };
  return (input: AnalyzeNotesInput) => analyzeNotes(input, ai);
}
