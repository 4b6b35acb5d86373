import { createSalesflowApp, type SalesflowApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { AppDeps } from '../../src/deps.js';
import type { BackgroundJob } from '../../src/jobs/background-job.js';
import type { Clock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlack, type RecordedCall, type SlackUser } from './fake-slack.js';
import {
  commandBody,
  interactionBody,
  type SendOptions,
  sendSigned,
  TEST_SIGNING_SECRET,
} from './slack-request.js';
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
export type OpenedView = {
  id?: string;
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

export interface TestApp {
  slack: FakeSlack;
  database: TestDatabase;
  salesflow: SalesflowApp;
  deps: AppDeps;
  url: string;
  teamId: string;
  /** Sends a signed slash command; returns the HTTP answer and the id of its response_url. */
  command(
    userId: string,
    command: string,
    text?: string,
    options?: SendOptions & { channelId?: string; teamId?: string },
  ): Promise<{ status: number; body: string; responseId: string }>;
  /** Clicks a button / picks an option in a message (block_actions). */
  action(
    userId: string,
    action: Json,
    options?: SendOptions & {
      teamId?: string;
      channelId?: string;
      messageTs?: string;
      isEphemeral?: boolean;
      view?: OpenedView;
    },
  ): Promise<{ status: number; body: string; responseId: string }>;
  /** Submits a modal the app opened, with `values` by block id (untouched inputs keep their initial values). */
  /**
   * Submits a modal the app opened, with `values` by block id (untouched inputs keep their initial values).
   * `json` is the ack's body; `outcome` what the modal shows once the after-ack work is done (see Outcome).
   */
  submit(
    userId: string,
    view: OpenedView,
    values?: Record<string, string | null>,
    options?: SendOptions & { teamId?: string },
  ): Promise<{ status: number; json: Json | undefined; outcome: SubmitOutcome; viewId: string }>;
  shortcut(
    userId: string,
    payload: Json,
    options?: SendOptions & { teamId?: string },
  ): Promise<{ status: number; body: string }>;
  event(
    event: Json,
    options?: SendOptions & { eventId?: string; teamId?: string },
  ): Promise<{ status: number; body: string }>;
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

/** The real Bolt app over HTTP, on a fresh database, talking to a fake Slack Web API. */
export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const slack = options.slack ?? (await new FakeSlack().start());
  const database = options.database ?? (await createTestDatabase(options.driver ?? 'pglite'));
  const config = testConfig(slack, options.env);
  const logger = createLogger(config.logLevel);
  const salesflow = createSalesflowApp({
    config,
    database,
    logger,
    clock: options.clock,
    backgroundJobs: options.backgroundJobs,
  });
  const { port } = await salesflow.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  const teamId = slack.teamId;
  let sequence = 0;

  const user = (userId: string, team: string) => ({
    id: userId,
    username: userId.toLowerCase(),
    name: userId.toLowerCase(),
    team_id: team,
  });

  /** Sends like Slack; returns at the ack plus, unless `settle: false`, once the after-ack work is done. */
  const send = async (
    body: string,
    type: 'application/json' | 'application/x-www-form-urlencoded',
    opts: SendOptions,
  ): Promise<{ status: number; text: string; ackMs: number }> => {
    const started = performance.now();
    const result = await sendSigned(url, body, type, opts);
    const ackMs = performance.now() - started;
    if (opts.settle !== false) await salesflow.deps.afterAck.idle();
    return { ...result, ackMs };
  };

  const callFrom = async (trigger: () => Promise<unknown>, method: string) => {
    const before = slack.callsTo(method).length;
    await trigger();
    return slack.waitFor(() => slack.callsTo(method)[before]);
  };

  return {
    slack,
    database,
    salesflow,
    deps: salesflow.deps,
    url,
    teamId,
    addUser: (u) => slack.addUser(u),
    async command(userId, command, text = '', opts = {}) {
      const responseId = `cmd${++sequence}`;
      const body = commandBody({
        command,
        text,
        user_id: userId,
        team_id: opts.teamId ?? teamId,
        channel_id: opts.channelId,
        response_url: slack.responseUrl(responseId),
      });
      const result = await send(body, 'application/x-www-form-urlencoded', opts);
      return { status: result.status, body: result.text, responseId, ackMs: result.ackMs };
    },
    async action(userId, action, opts = {}) {
      const responseId = `act${++sequence}`;
      const team = opts.teamId ?? teamId;
      const payload: Json = {
        type: 'block_actions',
        user: user(userId, team),
        api_app_id: 'A_SALESFLOW',
        token: 'deprecated',
        trigger_id: `trigger.${++sequence}`,
        team: { id: team, domain: 'salesflow-test' },
        enterprise: null,
        is_enterprise_install: false,
        response_url: slack.responseUrl(responseId),
        actions: [{ block_id: 'b', type: 'button', action_ts: `${Date.now() / 1000}`, ...action }],
        ...(opts.view
          ? {
              container: { type: 'view', view_id: opts.view.id },
              view: { ...opts.view, type: 'modal', state: { values: stateFrom(opts.view, {}) } },
            }
          : {
              container: {
                type: 'message',
                message_ts: opts.messageTs ?? '1700000000.000100',
                channel_id: opts.channelId ?? 'C_SALES',
                is_ephemeral: opts.isEphemeral ?? false,
              },
              channel: { id: opts.channelId ?? 'C_SALES', name: 'sales' },
              message: { type: 'message', ts: opts.messageTs ?? '1700000000.000100', text: 'card' },
            }),
      };
      const result = await send(interactionBody(payload), 'application/x-www-form-urlencoded', opts);
      return { status: result.status, body: result.text, responseId };
    },
    async submit(userId, view, values = {}, opts = {}) {
      const team = opts.teamId ?? teamId;
      const payload: Json = {
        type: 'view_submission',
        team: { id: team, domain: 'salesflow-test' },
        user: user(userId, team),
        api_app_id: 'A_SALESFLOW',
        token: 'deprecated',
        trigger_id: `trigger.${++sequence}`,
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
      const updatesBefore = slack.callsTo('views.update').length;
      const result = await send(interactionBody(payload), 'application/x-www-form-urlencoded', opts);
      const json = result.text ? (JSON.parse(result.text) as Json) : undefined;
      const shown = slack
        .callsTo('views.update')
        .slice(updatesBefore)
        .filter((call) => call.args.view_id === viewId)
        .at(-1)?.args.view as OpenedView | undefined;
      return { status: result.status, json, outcome: outcomeOf(json, shown), viewId };
    },
    async shortcut(userId, extra, opts = {}) {
      const team = opts.teamId ?? teamId;
      const payload: Json = {
        type: 'message_action',
        token: 'deprecated',
        action_ts: `${Date.now() / 1000}`,
        team: { id: team, domain: 'salesflow-test' },
        user: user(userId, team),
        channel: { id: 'C_GENERAL', name: 'general' },
        is_enterprise_install: false,
        enterprise: null,
        trigger_id: `trigger.${++sequence}`,
        response_url: slack.responseUrl(`sc${sequence}`),
        ...extra,
      };
      const result = await send(interactionBody(payload), 'application/x-www-form-urlencoded', opts);
      return { status: result.status, body: result.text };
    },
    async event(event, opts = {}) {
      const body = JSON.stringify({
        token: 'deprecated',
        team_id: opts.teamId ?? teamId,
        api_app_id: 'A_SALESFLOW',
        event: { event_ts: `${Date.now() / 1000}`, ...event },
        type: 'event_callback',
        event_id: opts.eventId ?? `Ev${++sequence}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [
          { enterprise_id: null, team_id: opts.teamId ?? teamId, user_id: slack.botUserId, is_bot: true },
        ],
      });
      const result = await send(body, 'application/json', opts);
      return { status: result.status, body: result.text };
    },
    async viewFrom(trigger, method = 'views.open') {
      const call = await callFrom(trigger, method);
      const view = call.args.view as OpenedView;
      return {
        ...view,
        id: (call.args.view_id as string | undefined) ?? view.id ?? `V_${slack.callsTo(method).length}`,
      };
    },
    callFrom,
    async stop() {
      await salesflow.stop();
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
      default:
        entry = { value: given === undefined ? (element.initial_value ?? null) : given };
    }
    state[block.block_id] = { [actionId]: { type: element.type, ...entry } };
  }
  return state;
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
