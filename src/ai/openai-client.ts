import OpenAI from 'openai';
import type { Config } from '../config.js';

/** Retries are few: the rep is waiting on an open modal, and the deterministic fallback is always there. */
export const OPENAI_MAX_RETRIES = 1;

/**
 * The OpenAI client for any OpenAI-compatible server (`OPENAI_BASE_URL`: Ollama, vLLM, Azure…), or null when
 * no key is configured (the app then uses the deterministic extractor only).
 */
export function createOpenAIClient(settings: Config['openai']): OpenAI | null {
  if (!settings.apiKey) return null;
  return new OpenAI({
    apiKey: settings.apiKey,
    ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}),
    timeout: settings.timeoutMs,
    maxRetries: OPENAI_MAX_RETRIES,
  });
}
