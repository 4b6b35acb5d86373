import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '@slack/bolt';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS, SHORTCUTS } from '../src/slack/ids.js';
import { registerListeners } from '../src/slack/listeners/index.js';
import { startTestApp, type TestApp } from './helpers/e2e.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = 'manifest.schema.1.0.0.json';
const sharedSchemaPath = path.resolve(repoRoot, '..', 'shared', 'slack-manifest-schema', SCHEMA_FILE);
// A verbatim copy, so a fresh clone without ../shared (or with a different one) still validates.
const committedSchemaPath = path.resolve(repoRoot, 'test', 'fixtures', 'slack-manifest-schema', SCHEMA_FILE);
const schemaPath = existsSync(sharedSchemaPath) ? sharedSchemaPath : committedSchemaPath;

interface Manifest {
  display_information: { name: string; long_description?: string };
  features: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean };
    bot_user?: { display_name: string; always_online?: boolean };
    slash_commands?: { command: string; description: string; usage_hint?: string; should_escape?: boolean }[];
    shortcuts?: { name: string; type: string; callback_id: string; description: string }[];
  };
  oauth_config: { scopes: { bot?: string[]; user?: string[] } };
  settings: {
    event_subscriptions?: { bot_events?: string[]; request_url?: string };
    interactivity?: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled?: boolean;
    org_deploy_enabled?: boolean;
  };
}

const manifest = parse(readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8')) as Manifest;

/**
 * Least privilege: the only bot scopes Salesflow may ask for, each with the Web API methods that need it.
 * A scope is only justified while the code calls one of its methods; `commands` needs no method.
 */
const ALLOWED_BOT_SCOPES: Record<string, { reason: string; methods: string[] }> = {
  commands: { reason: 'slash commands and the "Create lead from message" shortcut', methods: [] },
  'chat:write': {
    reason: 'lead cards, approval requests, reminders and digests',
    methods: ['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'chat.delete'],
  },
  'users:read': {
    reason: 'users.info for names, time zones, admin flags and (with include_locale) the locale',
    methods: ['users.info'],
  },
  'im:write': { reason: 'conversations.open before a direct message', methods: ['conversations.open'] },
  'channels:join': { reason: 'joining the sales channel an admin picks', methods: ['conversations.join'] },
  'files:write': {
    reason:
      'uploading the pipeline chart, the audit CSV, lead exports, rejected import rows and the ledger, commission and reconciliation CSVs (files.uploadV2)',
    methods: ['files.uploadV2', 'files.getUploadURLExternal', 'files.completeUploadExternal'],
  },
  'groups:read': {
    reason: 'conversations.info: is the bot a member of the private sales channel it cannot join',
    methods: ['conversations.info'],
  },
  'channels:history': {
    reason: 'the outbox looks for its own earlier post (by metadata) before re-sending to a public channel',
    methods: ['conversations.history'],
  },
  'groups:history': {
    reason: 'the same check in a private sales channel',
    methods: ['conversations.history'],
  },
  'im:history': {
    reason:
      'the same check in a direct message; also receiving message.im (a file sent to the bot to import)',
    methods: ['conversations.history'],
  },
  'files:read': {
    reason:
      'reading a spreadsheet a user shares to import it: files.info, then url_private_download with the bot token',
    methods: ['files.info'],
  },
  'users:read.email': {
    reason: 'matching the owners an import file names by email (users.lookupByEmail)',
    methods: ['users.lookupByEmail'],
  },
};

/** Web API methods that need no scope at all (views are tied to a trigger or the App Home). */
const SCOPELESS_METHODS = new Set([
  'auth.test',
  'views.open',
  'views.push',
  'views.update',
  'views.publish',
  'chat.getPermalink',
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.startsWith(`i18n${path.sep}`))
    .map((file) => path.join(folder, file));
}

/** Web API methods the code calls: `client.chat.postMessage(` or a method name in quotes (outbox rows). */
function webApiMethodsInSource(): Set<string> {
  // `team` is left out: i18n keys such as 'team.usage' look like method names.
  const namespaces = 'auth|bookmarks|chat|conversations|dnd|files|pins|reactions|usergroups|users|views';
  const call = new RegExp(`\\bclient\\.((?:${namespaces})\\.[a-zA-Z][a-zA-Z0-9]*)\\s*\\(`, 'g');
  const quoted = new RegExp(`['"\`]((?:${namespaces})\\.[a-zA-Z][a-zA-Z0-9]*)['"\`]`, 'g');
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(call)) found.add(match[1] as string);
    for (const match of text.matchAll(quoted)) found.add(match[1] as string);
  }
  return found;
}

type Constraint = string | RegExp | { callback_id?: string | RegExp; type?: string };

/** Runs the real `registerListeners` against a recorder, so we see exactly what the code registers. */
function recordRegistrations(deps: Parameters<typeof registerListeners>[1]) {
  const seen = { command: [] as Constraint[], shortcut: [] as Constraint[], event: [] as Constraint[] };
  const recorder: App = new Proxy({} as App, {
    get: (_target, method) => (constraint: Constraint) => {
      if (method === 'command' || method === 'shortcut' || method === 'event') seen[method].push(constraint);
      return recorder;
    },
  });
  registerListeners(recorder, deps);
  const names = (list: Constraint[]) =>
    list.map((c) => (typeof c === 'object' && !(c instanceof RegExp) ? c.callback_id : c));
  return { commands: names(seen.command), shortcuts: names(seen.shortcut), events: names(seen.event) };
}

describe('the Slack app manifest', () => {
  it("is valid against Slack's published v1 manifest schema", () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.definitions as object)).toContain('app-manifests.v1.features.slash_commands');
    const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    // Slack's schema spells one pattern `regex` (not a JSON Schema keyword); check it rather than ignore it.
    ajv.addKeyword({
      keyword: 'regex',
      type: 'string',
      schemaType: 'string',
      validate: (pattern: string, value: string) => new RegExp(pattern).test(value),
    });
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects a broken manifest, so the check above means something', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
    const broken = structuredClone(manifest);
    (broken.features.slash_commands as { command: string }[])[0] = { command: 'lead' };
    expect(validate(broken)).toBe(false);
  });

  it('the committed copy of the schema is the same as the shared one', () => {
    if (!existsSync(sharedSchemaPath)) return; // fresh clone without ../shared: the copy is all there is
    expect(JSON.parse(readFileSync(committedSchemaPath, 'utf8'))).toEqual(
      JSON.parse(readFileSync(sharedSchemaPath, 'utf8')),
    );
  });

  it('lists every slash command of ids.ts with a description, a usage hint and escaped mentions', () => {
    const commands = manifest.features.slash_commands ?? [];
    expect(commands.map((c) => c.command).sort()).toEqual(Object.values(COMMANDS).sort());
    for (const command of commands) {
      expect(command.description, command.command).toBeTruthy();
      expect(command.usage_hint, command.command).toBeTruthy();
      expect(command.should_escape, command.command).toBe(true);
    }
  });

  it('lists the message shortcut of ids.ts', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({
        name: 'Create lead from message',
        type: 'message',
        callback_id: SHORTCUTS.createLeadFromMessage,
      }),
    ]);
    expect(Object.values(SHORTCUTS)).toEqual([SHORTCUTS.createLeadFromMessage]);
  });

  it('has an always-online bot, the App Home tab, interactivity and Socket Mode, and no org-wide deploy', () => {
    expect(manifest.features.bot_user).toEqual({ display_name: 'Salesflow', always_online: true });
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.interactivity?.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions?.bot_events).toEqual(['app_home_opened', 'message.im']);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.org_deploy_enabled).toBe(false);
    expect(manifest.display_information.long_description).toMatch(/[\u4e00-\u9fff]/);
  });

  it('asks only for allow-listed bot scopes and no user scopes', () => {
    const bot = manifest.oauth_config.scopes.bot ?? [];
    expect(bot.filter((scope) => !(scope in ALLOWED_BOT_SCOPES))).toEqual([]);
    expect(new Set(bot).size).toBe(bot.length);
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
  });

  it('asks for no scope the code does not use', () => {
    const used = webApiMethodsInSource();
    const unused = (manifest.oauth_config.scopes.bot ?? []).filter((scope) => {
      const methods = ALLOWED_BOT_SCOPES[scope]?.methods ?? [];
      return methods.length > 0 && !methods.some((method) => used.has(method));
    });
    expect(unused).toEqual([]);
  });

  it('has a scope for every Web API method the code calls', () => {
    const bot = new Set(manifest.oauth_config.scopes.bot ?? []);
    const missing: string[] = [];
    for (const method of webApiMethodsInSource()) {
      if (SCOPELESS_METHODS.has(method)) continue;
      const scopes = Object.entries(ALLOWED_BOT_SCOPES).filter(([, s]) => s.methods.includes(method));
      if (scopes.length === 0) missing.push(`${method} (unknown here: add it to ALLOWED_BOT_SCOPES)`);
      else if (!scopes.some(([scope]) => bot.has(scope))) missing.push(`${method} needs ${scopes[0]?.[0]}`);
    }
    expect(missing).toEqual([]);
  });
});

/** Bolt registers `message` for Slack's `message.im`, `message.channels`…: compare by that name. */
const manifestEvents = () =>
  (manifest.settings.event_subscriptions?.bot_events ?? []).map((event) => event.split('.')[0] as string);

describe('the manifest and the code agree', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    app.addUser({ id: 'U_REP' });
  });
  afterAll(() => app?.stop());

  it('every command, shortcut and event the code registers is in the manifest', () => {
    const registered = recordRegistrations(app.deps);
    const commands = (manifest.features.slash_commands ?? []).map((c) => c.command);
    const shortcuts = (manifest.features.shortcuts ?? []).map((s) => s.callback_id);
    const events = manifestEvents();
    expect(registered.commands.length).toBeGreaterThan(0);
    expect(registered.commands.filter((c) => typeof c !== 'string' || !commands.includes(c))).toEqual([]);
    expect(registered.shortcuts.filter((s) => typeof s !== 'string' || !shortcuts.includes(s))).toEqual([]);
    expect(registered.events.filter((e) => typeof e !== 'string' || !events.includes(e))).toEqual([]);
  });

  it('every command, shortcut and event in the manifest is registered by the code', () => {
    const registered = recordRegistrations(app.deps);
    const missing = [
      ...(manifest.features.slash_commands ?? [])
        .map((c) => c.command)
        .filter((c) => !registered.commands.includes(c)),
      ...(manifest.features.shortcuts ?? [])
        .map((s) => s.callback_id)
        .filter((s) => !registered.shortcuts.includes(s)),
      ...manifestEvents().filter((e) => !registered.events.includes(e)),
    ];
    expect(missing).toEqual([]);
  });

  it('the running app acknowledges every manifest command and the shortcut (Bolt answers 404 otherwise)', async () => {
    const commands = (manifest.features.slash_commands ?? []).map((c) => c.command);
    const answers = await Promise.all([
      ...commands.map(async (command) => [command, (await app.command('U_REP', command, 'help')).status]),
      ...(manifest.features.shortcuts ?? []).map(async (shortcut) => [
        shortcut.callback_id,
        (
          await app.shortcut('U_REP', {
            callback_id: shortcut.callback_id,
            message_ts: '1700000000.000200',
            message: { type: 'message', ts: '1700000000.000200', user: 'U_REP', text: 'Call Acme' },
          })
        ).status,
      ]),
    ]);
    expect(Object.fromEntries(answers)).toEqual(Object.fromEntries(answers.map(([id]) => [id, 200])));
  });
});
