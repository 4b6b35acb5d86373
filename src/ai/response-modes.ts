import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { type NeedsAnalysisOutput, needsAnalysisSchema, needsResponseFormat } from './needs-schema.js';
import { openAISdkIfLoaded } from './openai-client.js';

/**
 * How the answer is asked for, best first: strict JSON-schema structured output, then JSON mode, then plain
 * text. Many OpenAI-compatible servers refuse the first (DeepSeek, older vLLM and llama.cpp builds) or the
 * second (LM Studio); every mode's answer is checked by the same zod schema.
 */
export const RESPONSE_MODES = ['json_schema', 'json_object', 'text'] as const;
export type ResponseMode = (typeof RESPONSE_MODES)[number];

/**
 * What each server (base URL + model) was found to accept, for the life of the process: after a refusal and
 * an answer in a simpler mode, later analyses go straight to that mode instead of paying for the refusal again.
 */
const supported = new Map<string, ResponseMode>();

export function serverKey(baseUrl: string, model: string): string {
  return `${baseUrl.replace(/\/+$/, '')}|${model}`;
}

export function firstModeFor(key: string): ResponseMode {
  return supported.get(key) ?? 'json_schema';
}

export function rememberMode(key: string, mode: ResponseMode): void {
  supported.set(key, mode);
}

/** For tests: forget what every server was found to accept. */
export function forgetServerModes(): void {
  supported.clear();
}

export function nextMode(mode: ResponseMode): ResponseMode | null {
  return RESPONSE_MODES[RESPONSE_MODES.indexOf(mode) + 1] ?? null;
}

/**
 * What servers answer when they do not take a `response_format` (messages as they send them):
 * - DeepSeek: 400 `This response_format type is unavailable now` (older: 422 `Failed to deserialize the JSON
 *   body into the target type: response_format: response_format.type \`json_schema\` is unavailable now`);
 * - LM Studio: 400 with a bare string error `'response_format.type' must be 'json_schema' or 'text'`;
 * - llama.cpp forks (ik_llama.cpp): 500 `response_format type must be one of "text" or "json_object", but
 *   got: json_schema`;
 * - vLLM before JSON-schema support: 400 with its own flat body (`{"object": "error", "message": "…Input should
 *   be 'text' or 'json_object'…"}`), which the OpenAI SDK cannot read: the error arrives with no body at all;
 * - OpenAI, for a model without structured outputs: 400 `Invalid parameter: 'response_format' of type
 *   'json_schema' is not supported with this model.` (param `response_format`).
 * Rate limits, bad keys and outages are not refusals: they say nothing about the format. A 400 or 422 whose
 * body the SDK could not read is taken as a possible refusal: the simpler format is tried, and remembered only
 * if it works.
 */
const REFUSAL_TEXT = /response_format|json_schema|json_object|structured output/i;

export function isFormatRefusal(error: unknown): boolean {
  // No SDK loaded means no call was made, so the error cannot be the server's answer.
  const sdk = openAISdkIfLoaded();
  if (!sdk || !(error instanceof sdk.OpenAI.APIError) || error.status === undefined) return false;
  if (![400, 404, 415, 422, 500, 501].includes(error.status)) return false;
  const body = error.error as { param?: unknown } | string | undefined;
  const param = typeof body === 'object' && body ? String(body.param ?? '') : '';
  const text = `${error.message} ${typeof body === 'string' ? body : JSON.stringify(body ?? '')}`;
  const unreadable = (body === undefined || body === null) && [400, 422].includes(error.status);
  return /response_format/i.test(param) || REFUSAL_TEXT.test(text) || unreadable;
}

/** The request's `response_format` for a mode; plain text sends none. */
export function responseFormatFor(
  mode: ResponseMode,
): Pick<ChatCompletionCreateParamsNonStreaming, 'response_format'> {
  if (mode === 'json_schema') return { response_format: needsResponseFormat() };
  if (mode === 'json_object') return { response_format: { type: 'json_object' } };
  return {};
}

/**
 * Reads the model's answer: the JSON object in the content (a server that ignores `response_format` may wrap
 * it in a ```json fence or a sentence), checked by the zod schema. Throws a `ZodError` or `SyntaxError` when
 * the answer is not what was asked — nonsense never reaches the rep.
 */
export function parseNeedsContent(content: string | null | undefined): NeedsAnalysisOutput {
  const text = (content ?? '').trim();
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text)?.[1];
  const candidate = fenced ?? text;
  const start = candidate.indexOf('{');
  const end = candidate.lastIndexOf('}');
  if (start < 0 || end <= start) throw new SyntaxError('the answer holds no JSON object');
  return needsAnalysisSchema.parse(JSON.parse(candidate.slice(start, end + 1)));
}
