import type OpenAI from 'openai';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { extractNeeds } from './fallback/extractor.js';
import { mergeAnswers } from './merge-answers.js';
import type { FallbackReason, NeedsAnalysis, ProposedAnswer } from './needs.types.js';
import { buildNeedsMessages, type NeedsPromptInput } from './needs-prompt.js';
import type { NeedsAnalysisOutput } from './needs-schema.js';
import { createOpenAIClient, type LazyOpenAIClient, openAISdkIfLoaded } from './openai-client.js';
import {
  firstModeFor,
  isFormatRefusal,
  nextMode,
  parseNeedsContent,
  type ResponseMode,
  rememberMode,
  responseFormatFor,
  serverKey,
} from './response-modes.js';

export type AnalyzeNotesInput = NeedsPromptInput;

export interface NeedsAi {
  /** Null without a key; otherwise the SDK is loaded and the client made on the first analysis. */
  client: LazyOpenAIClient | null;
  model: string;
  /** The whole analysis, retries and fallbacks to simpler response formats included, ends by then. */
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

/** The model stopped early or declined: its answer is not read, whatever it holds. */
class IncompleteAnswer extends Error {
  constructor(readonly reason: 'declined' | 'cut_short' | 'filtered') {
    super(`the model's answer is incomplete (${reason})`);
    this.name = 'IncompleteAnswer';
  }
}

/**
 * Proposes answers from call notes with the AI, asking for strict JSON-schema output and, when the server
 * refuses that, JSON mode and then plain text (remembered per server and model); every answer is checked by
 * the same zod schema. The built-in extractor's answers fill the high-confidence fields the AI left empty.
 * Without a key, or when the call fails, times out or returns something that does not parse, the extractor
 * proposes what it can; `fallbackReason` says why. Never throws.
 */
export async function analyzeNotes(input: AnalyzeNotesInput, ai: NeedsAi): Promise<NeedsAnalysis> {
  if (!ai.client) return fallback(input, 'no_key', ai.logger);
  const lazyClient = ai.client;
  try {
    // The first call loads the SDK; that is this process's own work, once, so it is not the server's time.
    const client = await lazyClient.get();
    const parsed = await withDeadline(ai.timeoutMs, (signal) => askWithFallbacks(client, input, ai, signal));
    return {
      source: 'ai',
      answers: mergeAnswers(parsed.answers, extracted(input, ai.logger), input.answered),
      nextQuestions: parsed.nextQuestions
        .map((q) => q.trim())
        .filter(Boolean)
        .slice(0, NEXT_QUESTION_COUNT),
      summary: parsed.summary.trim(),
    };
  } catch (error) {
    const reason = classify(error);
    ai.logger.warn({ err: error, reason }, 'AI needs analysis failed; using the deterministic extractor');
    return fallback(input, reason, ai.logger);
  }
}

async function askWithFallbacks(
  client: OpenAI,
  input: AnalyzeNotesInput,
  ai: NeedsAi,
  signal: AbortSignal,
): Promise<NeedsAnalysisOutput> {
  const key = serverKey(client.baseURL, ai.model);
  const first = firstModeFor(key);
  let mode = first;
  for (;;) {
    try {
      const answer = await ask(client, input, ai.model, mode, signal);
      if (mode !== first) rememberMode(key, mode);
      return answer;
    } catch (error) {
      const next: ResponseMode | null = isFormatRefusal(error) ? nextMode(mode) : null;
      if (!next) throw error;
      ai.logger.info(
        { refused: mode, next, status: (error as { status?: number }).status },
        'AI server refused the response format',
      );
      mode = next;
    }
  }
}

async function ask(
  client: OpenAI,
  input: AnalyzeNotesInput,
  model: string,
  mode: ResponseMode,
  signal: AbortSignal,
): Promise<NeedsAnalysisOutput> {
  const completion = await client.chat.completions.create(
    { model, messages: buildNeedsMessages(input), ...responseFormatFor(mode) },
    { signal },
  );
  const choice = completion.choices[0];
  if (choice?.message.refusal) throw new IncompleteAnswer('declined');
  if (choice?.finish_reason === 'length') throw new IncompleteAnswer('cut_short');
  if (choice?.finish_reason === 'content_filter') throw new IncompleteAnswer('filtered');
  return parseNeedsContent(choice?.message.content);
}

export function classify(error: unknown): Exclude<FallbackReason, 'no_key'> {
  const sdk = openAISdkIfLoaded();
  if (error instanceof DeadlineExceeded || (sdk && error instanceof sdk.OpenAI.APIConnectionTimeoutError))
    return 'timeout';
  // Declined, cut short or filtered: said as such, not as "could not be read".
  if (error instanceof IncompleteAnswer) return error.reason;
  // A body that is not JSON, or JSON that does not match the schema.
  if (error instanceof SyntaxError || (error instanceof Error && error.name === 'ZodError'))
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

function extracted(input: AnalyzeNotesInput, logger: Logger): ProposedAnswer[] {
  try {
    return extractNeeds({
      notes: input.notes,
      today: input.today,
      locale: input.locale,
      competitors: input.competitors,
    }).answers;
  } catch (error) {
    logger.error({ err: error }, 'the deterministic extractor failed');
    return [];
  }
}

function fallback(input: AnalyzeNotesInput, reason: FallbackReason, logger: Logger): NeedsAnalysis {
  const answers = extracted(input, logger);
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
