import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageRefusal, type Refusal, viewRefusal } from './fake-slack-blocks.js';
import { membershipRefusal } from './fake-slack-channels.js';
import { refuseInvalidDataBlocks } from './fake-slack-data-blocks.js';
import { MethodRateLimiter, type MethodRates } from './fake-slack-rates.js';
import { FakeTriggers } from './fake-slack-triggers.js';
import { ResponseUrls, ViewRegistry } from './fake-slack-views.js';

/**
 * A local stand-in for Slack's Web API (https://api.slack.com/web). It answers the methods Salesflow calls with
 * the same shapes Slack uses (`{ ok: true, … }` or `{ ok: false, error }`, HTTP 200; 429 with `Retry-After`),
 * records every call, and also receives `response_url` posts and file uploads.
 */

export interface SlackUser {
  id: string;
  team_id?: string;
  name?: string;
  real_name?: string;
  tz?: string;
  tz_offset?: number;
  locale?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  deleted?: boolean;
  /** Only `users.lookupByEmail` reads it (Slack shows it with the users:read.email scope). */
  email?: string;
}

/** A file a user shared (in a modal's file input or a DM), downloadable with the bot token as Slack serves it. */
export interface SlackFile {
  id: string;
  name: string;
  bytes: Buffer;
  filetype?: string;
  mimetype?: string;
  user?: string;
}

/**
 * A channel the fake knows about; channels never added behave as public channels the bot is not in (it may
 * join them). Posting needs membership: fake-slack-channels.ts.
 */
export interface SlackChannel {
  id: string;
  name?: string;
  is_private?: boolean;
  is_archived?: boolean;
  /** Whether the bot is in it (a private channel only after someone invited it). */
  is_member?: boolean;
}

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** What the fake answered (set once answered): e.g. the id and hash of the view it opened. */
  answer?: Record<string, unknown>;
}

export interface Fault {
  /** HTTP status to answer with (429, 500…); default 200 with `ok: false`. */
  status?: number;
  /** Slack error code for `ok: false` answers. */
  error?: string;
  retryAfterSeconds?: number;
  /** Answer after this many milliseconds (to simulate a slow Slack). */
  delayMs?: number;
  /** Never answer (connection hangs until the client times out). */
  hang?: boolean;
}

/**
 * Opt-in posting limits, enforced on chat.postMessage as Slack does: a workspace-wide rate with short bursts
 * (a token bucket) and about one message per second per conversation. Beyond them Slack answers HTTP 429,
 * `{ ok: false, error: 'ratelimited' }` and `Retry-After` in whole seconds.
 */
export interface PostingLimits {
  perSecond: number;
  burst: number;
  perChannelMs: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  /** What Slack answered: 'ok', or why it refused the post (`used_url`, `expired_url`, `invalid_blocks`…). */
  answer?: string;
}

export interface FakeSlackOptions {
  teamId?: string;
  postingLimits?: PostingLimits;
  /**
   * Per-method rate limits (fake-slack-rates.ts). On by default at Slack's published tiers, which no test reaches
   * by accident (the smallest is 50 a minute per method); `false` turns them off, a map overrides methods.
   */
  methodRates?: MethodRates | false;
  /** The clock the fake's limits read (response_url lifetime, rate buckets); tests may drive it. */
  now?: () => number;
}

const BOT_TOKEN = 'xoxb-test-token';
/** The app-level token Socket Mode opens its connections with (`apps.connections.open`). */
const APP_TOKEN = 'xapp-1-A_SALESFLOW-test-token';

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly uploads: { fileId: string; bytes: Buffer }[] = [];
  readonly users = new Map<string, SlackUser>();
  readonly channels = new Map<string, SlackChannel>();
  readonly files = new Map<string, SlackFile>();
  /** Downloads of `url_private_download` URLs, with whether they carried the bot token. */
  readonly downloads: { fileId: string; authorized: boolean }[] = [];
  /** The trigger_ids handed out with interactions: single use, 3 s of life (fake-slack-triggers.ts). */
  readonly triggers = new FakeTriggers();
  readonly teamId: string;
  private server: Server | undefined;
  private faults = new Map<string, Fault[]>();
  private persistentFaults = new Map<string, Fault>();
  private sequence = 0;
  private messages = new Map<string, Record<string, unknown>>();
  readonly views = new ViewRegistry();
  private readonly responseUrls: ResponseUrls;
  readonly methodLimits: MethodRateLimiter | undefined;
  private readonly now: () => number;
  private readonly limits: PostingLimits | undefined;
  private bucket = { tokens: 0, at: 0 };
  private lastPostByChannel = new Map<string, number>();
  /** chat.postMessage calls answered 429 by the posting limits. */
  rateLimited = 0;
  url = '';
  /** Set by a fake Socket Mode server: the `ws://` URL `apps.connections.open` hands out. */
  socketModeUrl: (() => string) | undefined;

  constructor(options: FakeSlackOptions = {}) {
    this.teamId = options.teamId ?? 'T0001';
    this.limits = options.postingLimits;
    this.now = options.now ?? Date.now;
    this.bucket = { tokens: this.limits?.burst ?? 0, at: this.now() };
    this.responseUrls = new ResponseUrls(this.now);
    this.methodLimits =
      options.methodRates === false
        ? undefined
        : new MethodRateLimiter(MethodRateLimiter.tiers(options.methodRates), this.now);
  }

  static readonly botToken = BOT_TOKEN;
  static readonly appToken = APP_TOKEN;
  readonly botUserId = 'UBOT';

  /** Listens on `port` (any free one by default: a test may bring Slack up where the app already looks). */
  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server?.listening) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The Web API base URL to give the app (`SLACK_API_URL`). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A `response_url` that records what the app posts to it. */
  responseUrl(id = `r${++this.sequence}`): string {
    this.responseUrls.issue(id);
    return `${this.url}/respond/${id}`;
  }

  addUser(user: SlackUser): void {
    this.users.set(user.id, { team_id: this.teamId, tz: 'UTC', tz_offset: 0, locale: 'en-US', ...user });
  }

  addChannel(channel: SlackChannel): void {
    this.channels.set(channel.id, {
      name: channel.id.toLowerCase(),
      is_private: false,
      is_member: false,
      ...channel,
    });
  }

  /** A file as Slack describes it (files.info, a `file_input` value, a message's `files`). */
  addFile(file: SlackFile): Record<string, unknown> {
    this.files.set(file.id, file);
    return this.fileObject(file);
  }

  fileObject(file: SlackFile): Record<string, unknown> {
    const path = `/files-pri/${this.teamId}-${file.id}`;
    return {
      id: file.id,
      name: file.name,
      title: file.name,
      size: file.bytes.length,
      filetype: file.filetype ?? file.name.split('.').pop(),
      mimetype: file.mimetype ?? 'application/octet-stream',
      user: file.user,
      url_private: `${this.url}${path}/${encodeURIComponent(file.name)}`,
      url_private_download: `${this.url}${path}/download/${encodeURIComponent(file.name)}`,
    };
  }

  /** The next call(s) to `method` fail with `fault`, once per fault given. */
  failNext(method: string, ...faults: Fault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /** Every call to `method` fails with `fault` until `clearFaults()`. */
  failAlways(method: string, fault: Fault): void {
    this.persistentFaults.set(method, fault);
  }

  clearFaults(): void {
    this.faults.clear();
    this.persistentFaults.clear();
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  lastCall(method: string): RecordedCall | undefined {
    return this.callsTo(method).at(-1);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.uploads.length = 0;
    this.clearFaults();
  }

  /** Resolves when `predicate` holds for the recorded calls (polling), or rejects after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('fake Slack: timed out waiting for the expected call');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname.startsWith('/respond/')) {
      const id = url.pathname.slice('/respond/'.length);
      const body = JSON.parse(raw.toString() || '{}') as Record<string, unknown>;
      const refused =
        this.responseUrlRefusal(id, body) ??
        (refuseInvalidDataBlocks('response_url', body)
          ? { status: 400, error: 'invalid_blocks' }
          : undefined);
      this.responses.push({ id, body, answer: refused?.error ?? 'ok' });
      if (refused) res.writeHead(refused.status, { 'content-type': 'text/plain' }).end(refused.error);
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (url.pathname.startsWith('/upload/')) {
      this.uploads.push({ fileId: url.pathname.slice('/upload/'.length), bytes: raw });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${raw.length}`);
      return;
    }
    if (url.pathname.startsWith('/files-pri/')) {
      this.serveFile(url.pathname, req.headers.authorization, res);
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw.toString(), req.headers['content-type']);
    const token =
      (req.headers.authorization ?? '').replace(/^Bearer /, '') || (args.token as string | undefined);
    const call: RecordedCall = { method, args, token, at: this.now() };
    this.calls.push(call);

    const fault = this.faults.get(method)?.shift() ?? this.persistentFaults.get(method);
    if (fault) {
      if (fault.hang) return;
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.status === 429) {
        res.writeHead(429, {
          'retry-after': String(fault.retryAfterSeconds ?? 1),
          'content-type': 'application/json',
        });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      if (fault.status && fault.status >= 500) {
        res.writeHead(fault.status, { 'content-type': 'text/html' }).end('<html>Server error</html>');
        return;
      }
      if (fault.error) {
        json(res, { ok: false, error: fault.error });
        return;
      }
    }
    if (token !== (method === 'apps.connections.open' ? APP_TOKEN : BOT_TOKEN)) {
      json(res, { ok: false, error: 'invalid_auth' });
      return;
    }
    const refusal = membershipRefusal(this.channels, method, args);
    if (refusal) {
      json(res, { ok: false, error: refusal });
      return;
    }
    const waitMs =
      method === 'chat.postMessage'
        ? this.postingWaitMs(String(args.channel))
        : (this.methodLimits?.waitMs(method) ?? 0);
    if (waitMs > 0) {
      this.rateLimited += 1;
      res.writeHead(429, {
        'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
        'content-type': 'application/json',
      });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    call.answer =
      this.refusal(method, args) ?? refuseInvalidDataBlocks(method, args) ?? this.answer(method, args);
    json(res, call.answer);
  }

  /** Block Kit limits on every surface that carries blocks (fake-slack-blocks.ts), before the answer. */
  private refusal(method: string, args: Record<string, unknown>): Record<string, unknown> | undefined {
    let refused: Refusal | undefined;
    if (method.startsWith('views.')) refused = viewRefusal(args.view);
    else if (
      ['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'chat.scheduleMessage'].includes(method)
    )
      refused = messageRefusal(args);
    if (!refused) return undefined;
    return {
      ok: false,
      error: refused.error,
      ...(refused.messages ? { response_metadata: { messages: refused.messages } } : {}),
    };
  }

  private responseUrlRefusal(
    id: string,
    body: Record<string, unknown>,
  ): { status: number; error: string } | undefined {
    const used = this.responseUrls.use(id);
    if (used) return { status: 404, error: used };
    if (body.delete_original) return undefined;
    const refused = messageRefusal(body);
    return refused ? { status: 400, error: refused.error } : undefined;
  }

  /** views.*: open and push make a view; update and publish need it open and, with a hash, its current one. */
  private answerView(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const view = (args.view ?? {}) as Record<string, unknown>;
    const hash = typeof args.hash === 'string' ? args.hash : undefined;
    const shown =
      method === 'views.update'
        ? this.views.update(
            {
              viewId: args.view_id as string | undefined,
              externalId: args.external_id as string | undefined,
              hash,
            },
            view,
          )
        : method === 'views.publish'
          ? this.views.publish(String(args.user_id), view, hash)
          : this.views.open(view);
    if ('error' in shown) return { ok: false, error: shown.error };
    return { ok: true, view: { ...view, id: shown.id, hash: shown.hash, team_id: this.teamId } };
  }

  /** A message Slack already shows (the one a click came from), so chat.update can find it. */
  knowMessage(channel: string, ts: string, message: Record<string, unknown> = {}): void {
    const key = `${dmChannel(channel)}:${ts}`;
    if (!this.messages.has(key)) this.messages.set(key, { type: 'message', ...message, ts });
  }

  /**
   * As Slack serves `url_private(_download)`: the bytes with the bot token in an Authorization header; without
   * it, a redirect to the sign-in page (Slack never answers 401 there).
   */
  private serveFile(path: string, authorization: string | undefined, res: ServerResponse): void {
    const id = /^\/files-pri\/[^-/]+-([^/]+)\//.exec(path)?.[1] ?? '';
    const file = this.files.get(id);
    const authorized = authorization === `Bearer ${BOT_TOKEN}`;
    this.downloads.push({ fileId: id, authorized });
    if (!authorized) {
      res.writeHead(302, { location: `${this.url}/?redir=${encodeURIComponent(path)}` }).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html>File not found</html>');
      return;
    }
    res.writeHead(200, { 'content-type': file.mimetype ?? 'application/octet-stream' }).end(file.bytes);
  }

  /** Messages chat.postMessage accepted (with their metadata), oldest first. */
  postedMessages(): Record<string, unknown>[] {
    return [...this.messages.values()].filter((message) => message.type === 'message');
  }

  /** 0 when a post to `channel` is within the posting limits now (and takes its place), else how long to wait. */
  private postingWaitMs(channel: string): number {
    const limits = this.limits;
    if (!limits) return 0;
    const now = this.now();
    const elapsed = (now - this.bucket.at) / 1000;
    this.bucket = {
      tokens: Math.min(limits.burst, this.bucket.tokens + elapsed * limits.perSecond),
      at: now,
    };
    const key = channel.startsWith('U') ? `D${channel.slice(1)}` : channel;
    const channelWait = (this.lastPostByChannel.get(key) ?? -Infinity) + limits.perChannelMs - now;
    const bucketWait = this.bucket.tokens >= 1 ? 0 : ((1 - this.bucket.tokens) / limits.perSecond) * 1000;
    const wait = Math.max(channelWait, bucketWait);
    if (wait > 0) return wait;
    this.bucket.tokens -= 1;
    this.lastPostByChannel.set(key, now);
    return 0;
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const ts = () => `${Math.floor(this.now() / 1000)}.${String(++this.sequence).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://salesflow-test.slack.com/',
          team: 'Salesflow Test',
          user: 'salesflow',
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: 'BBOT',
          is_enterprise_install: false,
        };
      case 'apps.connections.open':
        return this.socketModeUrl
          ? { ok: true, url: this.socketModeUrl() }
          : { ok: false, error: 'fatal_error' };
      case 'users.info': {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            name: user.id.toLowerCase(),
            real_name: user.real_name ?? user.id,
            deleted: false,
            ...user,
            profile: { display_name: user.name ?? user.id, real_name: user.real_name ?? user.id },
            ...(args.include_locale ? {} : { locale: undefined }),
          },
        };
      }
      case 'users.lookupByEmail': {
        const email = String(args.email ?? '').toLowerCase();
        const user = [...this.users.values()].find((candidate) => candidate.email?.toLowerCase() === email);
        return user
          ? { ok: true, user: { ...user, profile: { email: user.email } } }
          : { ok: false, error: 'users_not_found' };
      }
      case 'files.info': {
        const file = this.files.get(String(args.file));
        return file ? { ok: true, file: this.fileObject(file) } : { ok: false, error: 'file_not_found' };
      }
      case 'views.open':
      case 'views.push': {
        const refused = this.triggers.exchange(args.trigger_id);
        if (refused) return { ok: false, error: refused };
        return this.answerView(method, args);
      }
      case 'views.update':
      case 'views.publish':
        return this.answerView(method, args);
      case 'chat.postMessage': {
        const channel = String(args.channel);
        if (channel.startsWith('CGONE')) return { ok: false, error: 'channel_not_found' };
        const message = { ...args, ts: ts(), type: 'message', user: this.botUserId };
        const resolved = channel.startsWith('U') ? `D${channel.slice(1)}` : channel;
        this.messages.set(`${resolved}:${message.ts}`, message);
        return { ok: true, channel: resolved, ts: message.ts, message };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'chat.scheduleMessage':
        return {
          ok: true,
          channel: args.channel,
          scheduled_message_id: `Q${++this.sequence}`,
          post_at: args.post_at,
        };
      case 'chat.update': {
        const key = `${dmChannel(String(args.channel))}:${args.ts}`;
        const existing = this.messages.get(key);
        if (!existing) return { ok: false, error: 'message_not_found' };
        this.messages.set(key, { ...existing, ...args });
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      }
      case 'chat.delete': {
        const key = `${dmChannel(String(args.channel))}:${args.ts}`;
        if (!this.messages.delete(key)) return { ok: false, error: 'message_not_found' };
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: args.channel,
          permalink: `https://salesflow-test.slack.com/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}`,
        };
      case 'conversations.open': {
        const users = String(args.users ?? '');
        return { ok: true, channel: { id: `D${users.replace(/^U/, '')}` } };
      }
      case 'conversations.history': {
        // Newest first, from `oldest` on; message metadata only with include_all_metadata, as Slack does.
        const channel = String(args.channel);
        const oldest = Number(args.oldest ?? 0);
        const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
        const messages = [...this.messages.entries()]
          .filter(([key, message]) => key.startsWith(`${channel}:`) && Number(message.ts) >= oldest)
          .map(([, message]) => {
            const { metadata, channel: _channel, ...rest } = message;
            return withMetadata && metadata ? { ...rest, metadata } : rest;
          })
          .sort((a, b) => Number(b.ts) - Number(a.ts))
          .slice(0, Number(args.limit ?? 100));
        return { ok: true, messages, has_more: false };
      }
      case 'conversations.info': {
        const known = this.channels.get(String(args.channel));
        if (!known) return { ok: true, channel: { id: args.channel, name: 'sales', is_member: false } };
        // A bot cannot see a private channel it is not in.
        if (known.is_private && !known.is_member) return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: channelObject(known) };
      }
      case 'conversations.join': {
        const channel = String(args.channel);
        if (channel.startsWith('CGONE')) return { ok: false, error: 'channel_not_found' };
        const known = this.channels.get(channel);
        if (!known) {
          this.addChannel({ id: channel, is_member: true });
          return { ok: true, channel: { id: channel, is_channel: true, is_member: true } };
        }
        if (known.is_private) {
          return known.is_member
            ? { ok: false, error: 'method_not_supported_for_channel_type' }
            : { ok: false, error: 'channel_not_found' };
        }
        if (known.is_archived) return { ok: false, error: 'is_archived' };
        const already = known.is_member;
        known.is_member = true;
        return {
          ok: true,
          channel: channelObject(known),
          ...(already
            ? { warning: 'already_in_channel', response_metadata: { warnings: ['already_in_channel'] } }
            : {}),
        };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${++this.sequence}`;
        return { ok: true, upload_url: `${this.url}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof args.files === 'string' ? JSON.parse(args.files) : (args.files ?? [])) as {
          id: string;
          title?: string;
        }[];
        return { ok: true, files: files.map((file) => ({ id: file.id, title: file.title ?? '' })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** A post to a user id lands in the DM with them (`D…`), which is the channel later calls name. */
function dmChannel(channel: string): string {
  return channel.startsWith('U') ? `D${channel.slice(1)}` : channel;
}

function channelObject(channel: SlackChannel): Record<string, unknown> {
  return {
    is_channel: !channel.is_private,
    is_group: false,
    is_im: false,
    is_archived: false,
    ...channel,
  };
}

function json(res: ServerResponse, body: Record<string, unknown>): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The Web API client sends form fields, with objects (blocks, views) JSON-encoded; or a JSON body. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
