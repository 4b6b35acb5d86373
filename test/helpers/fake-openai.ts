import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for an OpenAI-compatible server: `POST /v1/chat/completions` answers the way the real API
 * does (https://platform.openai.com/docs/api-reference/chat/object), or fails the way it does (429 with
 * `retry-after` and an error body, 500, a hang past the client's timeout, content that is not JSON). Every
 * request is recorded so tests can check the model, the response format and the messages.
 */

export type FakeOpenAIMode = 'ok' | 'slow' | '429' | '500' | 'malformed';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  [key: string]: unknown;
}

export interface RecordedChatRequest {
  body: ChatRequest;
  authorization: string | undefined;
  at: number;
}

export const FAKE_OPENAI_KEY = 'sk-test-fake-openai-key';

export class FakeOpenAI {
  mode: FakeOpenAIMode = 'ok';
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
    this.requests.length = 0;
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
    this.requests.push({ body, authorization, at: Date.now() });
    if (authorization !== `Bearer ${FAKE_OPENAI_KEY}`) {
      return error(res, 401, {
        message: 'Incorrect API key provided.',
        type: 'invalid_request_error',
        code: 'invalid_api_key',
      });
    }
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
      case 'slow': {
        const answered = new Promise<void>((resolve) => setTimeout(resolve, this.slowMs));
        const closed = new Promise<void>((resolve) => res.on('close', () => resolve()));
        await Promise.race([answered, closed]);
        if (res.destroyed || res.writableEnded) return;
        return this.complete(res, body, JSON.stringify(this.answer(body)));
      }
      default:
        return this.complete(res, body, JSON.stringify(this.answer(body)));
    }
  }

  private complete(res: ServerResponse, request: ChatRequest, content: string): void {
    const promptTokens = JSON.stringify(request.messages).length >> 2;
    const completionTokens = content.length >> 2;
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${++this.sequence}` });
    res.end(
      JSON.stringify({
        id: `chatcmpl-fake${this.sequence}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content, refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: 'stop',
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
  details: { message: string; type: string; code?: string },
): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { param: null, code: null, ...details } }));
}
