import type OpenAI from 'openai';
import type { Config } from '../config.js';

/** Retries are few: the rep is waiting on an open modal, and the deterministic fallback is always there. */
export const OPENAI_MAX_RETRIES = 1;

/** The SDK's client class (its error classes are static members) and its zod helper for structured output. */
export interface OpenAISdk {
  OpenAI: typeof OpenAI;
  zodResponseFormat: typeof import('openai/helpers/zod').zodResponseFormat;
}

/*
 * The SDK is imported on the first AI call, not at start: it is about 10 MB of resident memory (BENCHMARKS.md,
 * section 4) that a team without a key, or a process that never analyses notes, would carry for nothing.
 */
let sdk: Promise<OpenAISdk> | undefined;
let loadedSdk: OpenAISdk | undefined;

function loadOpenAISdk(): Promise<OpenAISdk> {
  sdk ??= Promise.all([import('openai'), import('openai/helpers/zod')]).then(([client, helpers]) => {
    loadedSdk = { OpenAI: client.default, zodResponseFormat: helpers.zodResponseFormat };
    return loadedSdk;
  });
  return sdk;
}

/**
 * The SDK once an AI call has loaded it. Until then no error can be one of its classes, so error checks take
 * `undefined` as "not an OpenAI error"; the request builders run only after `get()` has loaded it.
 */
export function openAISdkIfLoaded(): OpenAISdk | undefined {
  return loadedSdk;
}

/** An OpenAI client made (and its SDK loaded) on the first `get()`; later calls share it. */
export interface LazyOpenAIClient {
  get(): Promise<OpenAI>;
}

/**
 * The OpenAI client for any OpenAI-compatible server (`OPENAI_BASE_URL`: Ollama, vLLM, Azure…), or null when
 * no key is configured (the app then uses the deterministic extractor only).
 */
export function createOpenAIClient(settings: Config['openai']): LazyOpenAIClient | null {
  const { apiKey } = settings;
  if (!apiKey) return null;
  let client: Promise<OpenAI> | undefined;
  return {
    get() {
      client ??= loadOpenAISdk().then(
        ({ OpenAI: OpenAIClient }) =>
          new OpenAIClient({
            apiKey,
            ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}),
            timeout: settings.timeoutMs,
            maxRetries: OPENAI_MAX_RETRIES,
          }),
      );
      return client;
    },
  };
}
