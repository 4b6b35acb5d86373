import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for an OpenAI-compatible server: `POST /v1/chat/completions` answers the way the real API
 * does (https://platform.openai.com/docs/api-reference/chat/object), or fails the way it does (429 with
 * `retry-after` and an error body, 500, a hang past the client's timeout, content that is not JSON). Every
 * request is recorded so tests can check the model, the response format and the messages.
 */

/**
 * `length`: the answer cut off at the token limit (`finish_reason: "length"`, the JSON unfinished);
 * `content_filter`: withheld by the content filter (`finish_reason: "content_filter"`, no content);
 * `refusal`: the model declines (`message.refusal` set, `content` null), as structured outputs document it
 * (https://platform.openai.com/docs/guides/structured-outputs#refusals).
 */
export type FakeOpenAIMode =
  | 'ok'
  | 'slow'
  | '429'
  | '500'
  | 'malformed'
  | 'length'
  | 'content_filter'
  | 'refusal';

/**
 * Which OpenAI-compatible server the fake plays, by what it does with `response_format` (the refusals are
 * the status codes and bodies those servers send; see src/ai/response-modes.ts):
 * - `openai`: takes `json_schema`, `json_object` and none;
 * - `deepseek`: 400 for `json_schema` ("This response_format type is unavailable now"); `json_object` only when
 *   the prompt says "json";
 * - `lmstudio`: takes `json_schema` and none; 400 with a bare string error for `json_object`;
 * - `llamacpp-old`: 500 for `json_schema` ("response_format type must be one of …"); takes `json_object`;
 * - `vllm-old`: 400 for `json_schema` (vLLM's request-validation error body); takes `json_object`;
 * - `text-only`: 400 for any `response_format` (OpenAI's "Invalid parameter" body, param `response_format`);
 * - `ollama-ignores`: takes anything, ignores it, and wraps the JSON in a sentence and a ```json fence.
 */
export type FakeServerKind =
  | 'openai'
  | 'deepseek'
  | 'lmstudio'
  | 'llamacpp-old'
  | 'vllm-old'
  | 'text-only'
  | 'ollama-ignores';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  [key: string]: unknown;
}

export interface RecordedChatRequest {
  body: ChatRequest;
  authorization: string | undefined;
}

export const FAKE_OPENAI_KEY = 'sk-test-fake-openai-key';

export class FakeOpenAI {
  mode: FakeOpenAIMode = 'ok';
  plays: FakeServerKind = 'openai';
  /** Set to answer with this raw content instead of `answer` (a model talking nonsense). */
  rawContent: string | null = null;
  /** How long `slow` waits before answering (longer than the app's timeout). */
  slowMs = 5_000;
  retryAfterSeconds = 1;
  /** The object the "model" returns as JSON content in `ok` (and, after the delay, `slow`) mode. */
  answer: (request: ChatRequest) => unknown = () => ({ answers: [], nextQuestions: [], summary: '' });
  readonly requests: RecordedChatRequest[] = [];
  private server: Server | undefined;
  private sequence = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** `OPENAI_BASE_URL` for the app. */
  get baseUrl(): string {
    return `${this.url}/v1`;
  }

  reset(): void {
    this.mode = 'ok';
    this.plays = 'openai';
    this.rawContent = null;
    this.requests.length = 0;
  }

  /** The `response_format.type` of each recorded request (`none` when absent), in order. */
  get formats(): string[] {
    return this.requests.map((r) => r.body.response_format?.type ?? 'none');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      return error(res, 404, {
        message: `Invalid URL (${req.method} ${req.url})`,
        type: 'invalid_request_error',
      });
    }
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as ChatRequest;
    const authorization = req.headers.authorization;
    this.requests.push({ body, authorization });
    if (authorization !== `Bearer ${FAKE_OPENAI_KEY}`) {
      return error(res, 401, {
        message: 'Incorrect API key provided.',
        type: 'invalid_request_error',
        code: 'invalid_api_key',
      });
    }
    if (this.refuseFormat(res, body)) return;
    switch (this.mode) {
      case '429':
        res.setHeader('retry-after', String(this.retryAfterSeconds));
        res.setHeader('x-ratelimit-remaining-requests', '0');
        return error(res, 429, {
          message: `Rate limit reached for ${body.model} on requests per min (RPM): Limit 3, Used 3, Requested 1.`,
          type: 'requests',
          code: 'rate_limit_exceeded',
        });
      case '500':
        return error(res, 500, {
          message: 'The server had an error while processing your request. Sorry about that!',
          type: 'server_error',
        });
      case 'malformed':
        return this.complete(res, body, '{"answers": [{"questionKey": "budget", "answer": "¥30万", "quo');
      case 'length':
        return this.complete(res, body, this.content(body).slice(0, 40), { finishReason: 'length' });
      case 'content_filter':
        return this.complete(res, body, null, { finishReason: 'content_filter' });
      case 'refusal':
        return this.complete(res, body, null, { refusal: "I'm sorry, but I can't help with that request." });
      case 'slow': {
        const answered = new Promise<void>((resolve) => setTimeout(resolve, this.slowMs));
        const closed = new Promise<void>((resolve) => res.on('close', () => resolve()));
        await Promise.race([answered, closed]);
        if (res.destroyed || res.writableEnded) return;
        return this.complete(res, body, JSON.stringify(this.answer(body)));
      }
      default:
        return this.complete(res, body, this.content(body));
    }
  }

  private content(body: ChatRequest): string {
    if (this.rawContent !== null) return this.rawContent;
    const json = JSON.stringify(this.answer(body));
    if (this.plays === 'ollama-ignores')
      return `Here is the analysis you asked for:\n\n\`\`\`json\n${json}\n\`\`\``;
    return json;
  }

  /** Answers the way the played server refuses a `response_format` it does not take; true when it did. */
  private refuseFormat(res: ServerResponse, body: ChatRequest): boolean {
    const type = body.response_format?.type;
    if (!type || type === 'text') return false;
    const sayJson = body.messages.some((m) => /json/i.test(m.content));
    switch (this.plays) {
      case 'deepseek':
        if (type === 'json_schema') {
          error(res, 400, {
            message: 'This response_format type is unavailable now',
            type: 'invalid_request_error',
            code: 'invalid_request_error',
          });
          return true;
        }
        if (!sayJson) {
          error(res, 400, {
            message:
              "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'.",
            type: 'invalid_request_error',
            code: 'invalid_request_error',
          });
          return true;
        }
        return false;
      case 'lmstudio':
        if (type !== 'json_object') return false;
        raw(res, 400, { error: "'response_format.type' must be 'json_schema' or 'text'" });
        return true;
      case 'llamacpp-old':
        if (type !== 'json_schema') return false;
        raw(res, 500, {
          error: {
            code: 500,
            message: 'response_format type must be one of "text" or "json_object", but got: json_schema',
            type: 'server_error',
          },
        });
        return true;
      case 'vllm-old':
        if (type !== 'json_schema') return false;
        raw(res, 400, {
          object: 'error',
          message:
            "[{'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), 'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema'}]",
          type: 'BadRequestError',
          param: null,
          code: 400,
        });
        return true;
      case 'text-only':
        error(res, 400, {
          message: `Invalid parameter: 'response_format' of type '${type}' is not supported with this model.`,
          type: 'invalid_request_error',
          code: null,
        });
        return true;
      default:
        return false;
    }
  }

  private complete(
    res: ServerResponse,
    request: ChatRequest,
    content: string | null,
    end: { finishReason?: 'stop' | 'length' | 'content_filter'; refusal?: string } = {},
  ): void {
    const promptTokens = JSON.stringify(request.messages).length >> 2;
    const completionTokens = (content ?? end.refusal ?? '').length >> 2;
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${++this.sequence}` });
    res.end(
      JSON.stringify({
        id: `chatcmpl-fake${this.sequence}`,
        object: 'chat.completion',
        created: 1_773_100_800,
        model: request.model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content, refusal: end.refusal ?? null, annotations: [] },
            logprobs: null,
            finish_reason: end.finishReason ?? 'stop',
          },
        ],
        usage: {
          prompt_tokens: promptTokens,
          completion_tokens: completionTokens,
          total_tokens: promptTokens + completionTokens,
        },
        system_fingerprint: 'fp_fake',
      }),
    );
  }
}

function error(
  res: ServerResponse,
  status: number,
  details: { message: string; type: string; code?: string | null; param?: string | null },
): void {
  if (res.destroyed) return;
  const param = /response_format/.test(details.message) && status === 400 ? 'response_format' : null;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { param, code: null, ...details } }));
}

/** A body exactly as given: servers that do not wrap errors the OpenAI way. */
function raw(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
