import { createSalesflowApp, type SalesflowApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { AppDeps } from '../../src/deps.js';
import type { BackgroundJob } from '../../src/jobs/background-job.js';
import type { Clock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack, type RecordedCall, type SlackUser } from './fake-slack.js';
import { viewRefusal } from './fake-slack-blocks.js';
import { FakeSocketMode } from './fake-socket-mode.js';
import { type Delivered, httpDelivery, type SlackDelivery, socketDelivery } from './slack-delivery.js';
import { commandFields, type SendOptions, TEST_SIGNING_SECRET } from './slack-request.js';
import { createTestDatabase, type Driver, type TestDatabase } from './test-db.js';

type Json = Record<string, unknown>;
type ViewElement = {
  type: string;
  action_id?: string;
  initial_value?: string;
  initial_option?: Json;
  initial_date?: string;
  initial_time?: string;
  initial_user?: string;
  initial_channel?: string;
  initial_conversation?: string;
  initial_options?: Json[];
  options?: { value: string; text: Json }[];
};
type ViewBlock = { type: string; block_id?: string; element?: ViewElement };

/** 2026-03-10 00:00 UTC: the time the e2e payloads' own stamps count from (see `slackStamp`). */
const SLACK_EPOCH = 1_773_100_800;

export type OpenedView = {
  id?: string;
  /** `home` for a click on the user's App Home tab (no response_url then, as Slack sends); a modal otherwise. */
  type?: 'modal' | 'home';
  hash?: string;
  callback_id?: string;
  private_metadata?: string;
  title?: Json;
  submit?: Json;
  close?: Json;
  blocks?: ViewBlock[];
};

/**
 * How a submission ended, as the user sees it: field errors in the ack (`errors`); the modal replaced by a
 * confirmation (`done`); or the form back with a notice on top (`refused`: not allowed, closed or changed
 * meanwhile, or the database gone). `none`: the modal was left as the ack made it.
 */
export type SubmitOutcome =
  | { kind: 'errors'; errors: Record<string, string> }
  | { kind: 'done'; text: string }
  | { kind: 'refused'; notice: string; view: OpenedView }
  | { kind: 'none' };

/** What Slack got back for a request: the answer (`body`), how long the ack took, and its response_url's id. */
export interface Sent {
  status: number;
  body: string;
  responseId: string;
  /** Milliseconds until Slack had its ack (the HTTP answer, or the Socket Mode ack). */
  ackMs: number;
  /** Socket Mode: the envelope's id, to redeliver it through `app.socket`. */
  envelopeId?: string;
}

export interface TestApp {
  slack: FakeSlack;
  /** The fake Socket Mode endpoint when the app runs in Socket Mode (`transport: 'socket'`). */
  socket: FakeSocketMode | undefined;
  database: TestDatabase;
  salesflow: SalesflowApp;
  deps: AppDeps;
  /** Where Slack posts over HTTP (unused in Socket Mode). */
  url: string;
  healthUrl: string;
  teamId: string;
  /** The app's log lines, when started with `captureLogs`. */
  logs(): string;
  /** Sends a slash command (signed over HTTP, an envelope in Socket Mode); returns the answer and response_url id. */
  command(
    userId: string,
    command: string,
    text?: string,
    options?: SendOptions & { channelId?: string; teamId?: string },
  ): Promise<Sent>;
  /** Clicks a button / picks an option in a message (block_actions). */
  action(
    userId: string,
    action: Json,
    options?: SendOptions & {
      teamId?: string;
      channelId?: string;
      messageTs?: string;
      isEphemeral?: boolean;
      /** What the clicked message holds besides its ts (e.g. its `blocks` and `text`). */
      message?: Json;
      view?: OpenedView;
    },
  ): Promise<Sent>;
  /**
   * Submits a modal the app opened, with `values` by block id (untouched inputs keep their initial values).
   * `json` is the ack's body; `outcome` what the modal shows once the after-ack work is done (see Outcome).
   */
  submit(
    userId: string,
    view: OpenedView,
    values?: Record<string, string | null>,
    options?: SendOptions & { teamId?: string },
  ): Promise<{
    status: number;
    json: Json | undefined;
    outcome: SubmitOutcome;
    viewId: string;
    ackMs: number;
    envelopeId?: string;
  }>;
  shortcut(
    userId: string,
    payload: Json,
    options?: SendOptions & { teamId?: string },
  ): Promise<Omit<Sent, 'responseId'>>;
  event(
    event: Json,
    options?: SendOptions & { eventId?: string; teamId?: string },
  ): Promise<Omit<Sent, 'responseId'>>;
  /** Runs `trigger` (a command, a click…) and returns the view it opened (or pushed / updated). */
  viewFrom(
    trigger: () => Promise<unknown>,
    method?: 'views.open' | 'views.push' | 'views.update' | 'views.publish',
  ): Promise<OpenedView>;
  /** Runs `trigger` and returns the first new call to `method` it caused. */
  callFrom(trigger: () => Promise<unknown>, method: string): Promise<RecordedCall>;
  addUser(user: SlackUser): void;
  stop(): Promise<void>;
}

export interface StartOptions {
  driver?: Driver;
  clock?: Clock;
  /** Reuse a database (restart tests); it is not destroyed by `stop()`. */
  database?: TestDatabase;
  slack?: FakeSlack;
  env?: Record<string, string>;
  backgroundJobs?: (deps: AppDeps) => BackgroundJob[];
  /** How Slack reaches the app: signed HTTP requests (default) or Socket Mode, through a fake socket server. */
  transport?: 'http' | 'socket';
  /** Keep the app's log lines (at info level) for `logs()`. */
  captureLogs?: boolean;
}

export function testConfig(slack: FakeSlack, env: Record<string, string> = {}): Config {
  return {
    ...loadConfig({
      SLACK_BOT_TOKEN: FakeSlack.botToken,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      SCHEDULER_ENABLED: 'false',
      ...env,
    }),
    port: 0,
  };
}

/**
 * The real Bolt app on a fresh database, talking to a fake Slack Web API; Slack reaches it over HTTP (signed
 * requests) or, with `transport: 'socket'`, over Socket Mode through a fake socket server. The same payloads
 * either way, so one test reads the same on both transports.
 */
export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const slack = options.slack ?? (await new FakeSlack().start());
  const socket = options.transport === 'socket' ? await new FakeSocketMode().start(slack) : undefined;
  const database = options.database ?? (await createTestDatabase(options.driver ?? 'pglite'));
  const config = testConfig(slack, {
    ...(socket ? { SLACK_APP_TOKEN: FakeSlack.appToken } : {}),
    ...options.env,
  });
  const logLines: string[] = [];
  const logger = options.captureLogs
    ? createLogger(process.env.TEST_LOG_LEVEL ?? 'info', { write: (line: string) => logLines.push(line) })
    : createLogger(config.logLevel);
  const salesflow = createSalesflowApp({
    config,
    database,
    logger,
    clock: options.clock,
    backgroundJobs: options.backgroundJobs,
  });
  const { port } = await salesflow.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  const delivery: SlackDelivery = socket ? socketDelivery(socket) : httpDelivery(url);
  const teamId = slack.teamId;
  let sequence = 0;
  // Payload stamps (action_ts, event_ts): distinct per request, fixed in time; the app reads none of them.
  const slackStamp = () => `${SLACK_EPOCH + ++sequence}.000100`;

  const user = (userId: string, team: string) => ({
    id: userId,
    username: userId.toLowerCase(),
    name: userId.toLowerCase(),
    team_id: team,
  });

  /** Sends like Slack; returns at the ack plus, unless `settle: false`, once the after-ack work is done. */
  const send = async (
    kind: 'command' | 'interaction' | 'event',
    payload: Json,
    opts: SendOptions,
  ): Promise<Delivered> => {
    const result =
      kind === 'command'
        ? await delivery.command(payload as Record<string, string>, opts)
        : await delivery[kind](payload, opts);
    if (opts.settle !== false) await salesflow.deps.afterAck.idle();
    return result;
  };

  const callFrom = async (trigger: () => Promise<unknown>, method: string) => {
    const before = slack.callsTo(method).length;
    await trigger();
    return slack.waitFor(() => slack.callsTo(method)[before]);
  };

  return {
    slack,
    socket,
    database,
    salesflow,
    deps: salesflow.deps,
    url,
    healthUrl: `http://127.0.0.1:${port}/healthz`,
    teamId,
    logs: () => logLines.join(''),
    addUser: (u) => slack.addUser(u),
    async command(userId, command, text = '', opts = {}) {
      const responseId = `cmd${++sequence}`;
      const fields = commandFields({
        command,
        text,
        user_id: userId,
        team_id: opts.teamId ?? teamId,
        channel_id: opts.channelId,
        response_url: slack.responseUrl(responseId),
        trigger_id: slack.triggers.issue(),
      });
      const { text: body, ...result } = await send('command', fields, opts);
      return { ...result, body, responseId };
    },
    async action(userId, action, opts = {}) {
      const responseId = `act${++sequence}`;
      const team = opts.teamId ?? teamId;
      // A click comes from something Slack shows: the fake knows that view or message from now on.
      if (opts.view?.id) slack.views.know(opts.view.id, opts.view as Json, opts.view.hash);
      else if (!opts.view && !opts.isEphemeral)
        slack.knowMessage(opts.channelId ?? 'C_SALES', opts.messageTs ?? '1700000000.000100', opts.message);
      const payload: Json = {
        type: 'block_actions',
        user: user(userId, team),
        api_app_id: 'A_SALESFLOW',
        token: 'deprecated',
        trigger_id: slack.triggers.issue(),
        team: { id: team, domain: 'salesflow-test' },
        enterprise: null,
        is_enterprise_install: false,
        ...(opts.view?.type === 'home' ? {} : { response_url: slack.responseUrl(responseId) }),
        actions: [{ block_id: 'b', type: 'button', action_ts: slackStamp(), ...action }],
        ...(opts.view
          ? {
              container: { type: 'view', view_id: opts.view.id },
              view: {
                ...opts.view,
                type: opts.view.type ?? 'modal',
                state: { values: stateFrom(opts.view, {}) },
              },
            }
          : {
              container: {
                type: 'message',
                message_ts: opts.messageTs ?? '1700000000.000100',
                channel_id: opts.channelId ?? 'C_SALES',
                is_ephemeral: opts.isEphemeral ?? false,
              },
              channel: { id: opts.channelId ?? 'C_SALES', name: 'sales' },
              message: {
                type: 'message',
                ts: opts.messageTs ?? '1700000000.000100',
                text: 'card',
                ...opts.message,
              },
            }),
      };
      const { text: body, ...result } = await send('interaction', payload, opts);
      return { ...result, body, responseId };
    },
    async submit(userId, view, values = {}, opts = {}) {
      const team = opts.teamId ?? teamId;
      const payload: Json = {
        type: 'view_submission',
        team: { id: team, domain: 'salesflow-test' },
        user: user(userId, team),
        api_app_id: 'A_SALESFLOW',
        token: 'deprecated',
        trigger_id: slack.triggers.issue(),
        view: {
          id: view.id ?? `V${++sequence}`,
          team_id: team,
          type: 'modal',
          callback_id: view.callback_id,
          private_metadata: view.private_metadata ?? '',
          // Slack sends the view as it is open, title and buttons included.
          title: view.title ?? { type: 'plain_text', text: 'Salesflow', emoji: true },
          ...(view.submit ? { submit: view.submit } : {}),
          ...(view.close ? { close: view.close } : {}),
          hash: view.hash ?? 'h',
          blocks: view.blocks ?? [],
          state: { values: stateFrom(view, values) },
        },
        response_urls: [],
        is_enterprise_install: false,
        enterprise: null,
      };
      const viewId = (payload.view as { id: string }).id;
      slack.views.know(viewId, payload.view as Json, view.hash);
      const updatesBefore = slack.callsTo('views.update').length;
      const { text, ...result } = await send('interaction', payload, { ...opts, settle: false });
      const json = text ? (JSON.parse(text) as Json) : undefined;
      if (result.status === 200) applyAck(slack, viewId, json);
      if (opts.settle !== false) await salesflow.deps.afterAck.idle();
      const shown = slack
        .callsTo('views.update')
        .slice(updatesBefore)
        .filter((call) => call.args.view_id === viewId)
        .at(-1)?.args.view as OpenedView | undefined;
      return { ...result, json, outcome: outcomeOf(json, shown), viewId };
    },
    async shortcut(userId, extra, opts = {}) {
      const team = opts.teamId ?? teamId;
      const payload: Json = {
        type: 'message_action',
        token: 'deprecated',
        action_ts: slackStamp(),
        team: { id: team, domain: 'salesflow-test' },
        user: user(userId, team),
        channel: { id: 'C_GENERAL', name: 'general' },
        is_enterprise_install: false,
        enterprise: null,
        trigger_id: slack.triggers.issue(),
        response_url: slack.responseUrl(`sc${sequence}`),
        ...extra,
      };
      const { text: body, ...result } = await send('interaction', payload, opts);
      return { ...result, body };
    },
    async event(event, opts = {}) {
      const body = {
        token: 'deprecated',
        team_id: opts.teamId ?? teamId,
        api_app_id: 'A_SALESFLOW',
        event: { event_ts: slackStamp(), ...event },
        type: 'event_callback',
        event_id: opts.eventId ?? `Ev${++sequence}`,
        event_time: SLACK_EPOCH + sequence,
        authorizations: [
          { enterprise_id: null, team_id: opts.teamId ?? teamId, user_id: slack.botUserId, is_bot: true },
        ],
      };
      const { text, ...result } = await send('event', body, opts);
      return { ...result, body: text };
    },
    async viewFrom(trigger, method = 'views.open') {
      const call = await callFrom(trigger, method);
      const view = call.args.view as OpenedView;
      // The id and hash Slack gave the view, so later updates and submissions name it as Slack would.
      const answer = await slack.waitFor(() => call.answer);
      const shown = answer.view as { id?: string; hash?: string } | undefined;
      return {
        ...view,
        id:
          shown?.id ??
          (call.args.view_id as string | undefined) ??
          view.id ??
          `V_${slack.callsTo(method).length}`,
        ...(shown?.hash ? { hash: shown.hash } : {}),
      };
    },
    callFrom,
    async stop() {
      await salesflow.stop();
      await socket?.stop();
      if (!options.database) await database.destroy();
      if (!options.slack) await slack.stop();
    },
  };
}

/**
 * Builds `view.state.values` the way Slack does on submit: every input block is present; untouched inputs
 * carry their initial value; `values` (by block id) override, with select values given as the option value.
 */
export function stateFrom(
  view: OpenedView,
  values: Record<string, string | null>,
): Record<string, Record<string, Json>> {
  const state: Record<string, Record<string, Json>> = {};
  for (const block of view.blocks ?? []) {
    if (block.type !== 'input' || !block.block_id || !block.element?.action_id) continue;
    const element = block.element;
    const given = block.block_id in values ? values[block.block_id] : undefined;
    const actionId = element.action_id as string;
    const pick = (value: string | null | undefined, initial: Json | undefined) => {
      if (value === undefined) return initial ?? null;
      if (value === null) return null;
      const found = element.options?.find((candidate) => candidate.value === value);
      return found ?? { value, text: { type: 'plain_text', text: value } };
    };
    let entry: Json;
    switch (element.type) {
      case 'static_select':
      case 'radio_buttons':
      case 'external_select':
        entry = { selected_option: pick(given, element.initial_option) };
        break;
      case 'datepicker':
        entry = { selected_date: given === undefined ? (element.initial_date ?? null) : given };
        break;
      case 'timepicker':
        entry = { selected_time: given === undefined ? (element.initial_time ?? null) : given };
        break;
      case 'users_select':
        entry = { selected_user: given === undefined ? (element.initial_user ?? null) : given };
        break;
      case 'channels_select':
        entry = { selected_channel: given === undefined ? (element.initial_channel ?? null) : given };
        break;
      case 'conversations_select':
        entry = {
          selected_conversation: given === undefined ? (element.initial_conversation ?? null) : given,
        };
        break;
      case 'checkboxes':
        entry = {
          selected_options:
            given === undefined
              ? (element.initial_options ?? [])
              : given
                ? given.split(',').map((value) => ({ value }))
                : [],
        };
        break;
      case 'file_input':
        // Slack hands over the chosen files as file objects; a test gives them as JSON.
        entry = { files: given ? (JSON.parse(given) as Json[]) : [] };
        break;
      default:
        entry = { value: given === undefined ? (element.initial_value ?? null) : given };
    }
    state[block.block_id] = { [actionId]: { type: element.type, ...entry } };
  }
  return state;
}

/**
 * What a view_submission's ack does to the modal, as Slack applies it: `update` gives it a new hash, `push` opens
 * one on top, `errors` keeps it, anything else closes it. A view in the ack that Slack would refuse fails the test
 * (Slack would show the user an error instead).
 */
function applyAck(slack: FakeSlack, viewId: string, json: Json | undefined): void {
  const action = json?.response_action;
  if (action === 'errors') return;
  if (action === 'update' || action === 'push') {
    const refused = viewRefusal(json?.view);
    if (refused)
      throw new Error(`Slack refuses the ack's view: ${refused.error} ${refused.messages?.join('; ')}`);
    if (action === 'update') slack.views.update({ viewId }, json?.view as Json);
    else slack.views.open(json?.view as Json);
    return;
  }
  slack.views.close(viewId);
}

function outcomeOf(json: Json | undefined, shown: OpenedView | undefined): SubmitOutcome {
  if (json?.response_action === 'errors')
    return { kind: 'errors', errors: json.errors as Record<string, string> };
  if (!shown) return { kind: 'none' };
  const texts = (shown.blocks ?? []).map((block) => (block as { text?: { text?: string } }).text?.text ?? '');
  if (shown.callback_id === 'salesflow_saving') return { kind: 'done', text: texts.join('\n') };
  const notice = (shown.blocks ?? []).find((block) => block.block_id === 'salesflow_notice') as
    | { text?: { text?: string } }
    | undefined;
  return { kind: 'refused', notice: notice?.text?.text ?? '', view: shown };
}
