import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/db/migrate.js';
import { COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { type OpenedView, stateFrom } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { describePostgresOnly } from '../helpers/postgres-only.js';
import { commandBody, interactionBody, sendSigned } from '../helpers/slack-request.js';
import {
  appEnv,
  eventually,
  freePort,
  type MainProcess,
  scratchFolder,
  startMain,
  stopAll,
} from './main-process.js';

afterAll(stopAll);

// Generous: a fresh embedded store boots in seconds, but CI machines also run every other test file meanwhile.
const SCENARIO_TIMEOUT = 600_000;
const BOOT_TIMEOUT = 240_000;
const READY = /"msg":"Salesflow is ready"/;

async function started(slack: FakeSlack, dataDir: string, env: Record<string, string> = {}) {
  const app = startMain({ ...appEnv(slack, dataDir, await freePort()), ...env });
  await app.waitForOutput(READY, BOOT_TIMEOUT);
  return app;
}

/** Drives the real process like Slack does: `/lead`, then the modal's submission, both signed. */
async function createLead(app: MainProcess, slack: FakeSlack, company: string): Promise<void> {
  const url = `http://127.0.0.1:${app.port}/slack/events`;
  const opened = slack.callsTo('views.open').length;
  const command = commandBody({
    command: COMMANDS.lead,
    user_id: 'U_REP',
    team_id: slack.teamId,
    response_url: slack.responseUrl(),
    trigger_id: slack.triggers.issue(),
  });
  expect((await sendSigned(url, command, 'application/x-www-form-urlencoded')).status).toBe(200);
  const view = (await slack.waitFor(() => slack.callsTo('views.open')[opened], 20_000)).args
    .view as OpenedView;
  expect(view.callback_id).toBe(VIEWS.newLead);
  const submission = interactionBody({
    type: 'view_submission',
    team: { id: slack.teamId, domain: 'salesflow-test' },
    user: { id: 'U_REP', username: 'u_rep', name: 'u_rep', team_id: slack.teamId },
    api_app_id: 'A_SALESFLOW',
    trigger_id: slack.triggers.issue(),
    view: {
      id: 'V_RUNTIME',
      team_id: slack.teamId,
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? '',
      title: view.title,
      hash: 'h',
      blocks: view.blocks ?? [],
      state: { values: stateFrom(view, { company, contact_name: 'Zhang Wei' }) },
    },
  });
  const updates = slack.callsTo('views.update').length;
  const saved = await sendSigned(url, submission, 'application/x-www-form-urlencoded');
  expect(saved.status).toBe(200);
  // Acknowledged with "Saving…" at once; the lead is saved after the ack, then the modal says so.
  expect(JSON.parse(saved.text)).toMatchObject({ response_action: 'update' });
  const done = await slack.waitFor(() => slack.callsTo('views.update')[updates], 20_000);
  expect(JSON.stringify(done.args.view)).toContain('saved');
}

/** What `/lead <text>` answers, through the real process. */
async function search(app: MainProcess, slack: FakeSlack, text: string): Promise<string> {
  const id = `search-${randomBytes(6).toString('hex')}`;
  const body = commandBody({
    command: COMMANDS.lead,
    text,
    user_id: 'U_REP',
    team_id: slack.teamId,
    response_url: slack.responseUrl(id),
  });
  await sendSigned(`http://127.0.0.1:${app.port}/slack/events`, body, 'application/x-www-form-urlencoded');
  return JSON.stringify((await slack.waitFor(() => slack.responses.find((r) => r.id === id), 20_000)).body);
}

async function fakeSlack(): Promise<FakeSlack> {
  const slack = await new FakeSlack().start();
  slack.addUser({ id: 'U_REP' });
  return slack;
}

// Process starts are the slow part (seconds each, more on a busy machine), so each scenario reuses its processes.
describe('the process on the embedded store', () => {
  it(
    'data survives a restart; a second process on the same folder is refused; SIGTERM and SIGINT exit 0',
    async () => {
      const slack = await fakeSlack();
      const dataDir = scratchFolder();
      const lockFile = path.join(dataDir, 'salesflow.lock');
      try {
        const first = await started(slack, dataDir);
        await createLead(first, slack, '重启后仍在 Restart Survivors');
        expect(await search(first, slack, 'restart survivors')).toContain('Restart Survivors');

        const intruder = startMain(appEnv(slack, dataDir, await freePort()));
        expect(await intruder.exited).toBe(1);
        expect(intruder.stderr()).toMatch(/already open in another Salesflow process \(pid \d+\)/);
        expect(intruder.stderr()).not.toMatch(/^\s+at\s/m);
        expect(await first.healthz()).toBe(200);
        expect(first.child.exitCode).toBeNull();

        expect(existsSync(lockFile)).toBe(true);
        expect(await first.stop('SIGTERM')).toBe(0);
        expect(first.stdout()).toMatch(/"signal":"SIGTERM"/);
        expect(existsSync(lockFile)).toBe(false);

        const second = await started(slack, dataDir);
        expect(await search(second, slack, '重启后')).toContain('重启后仍在 Restart Survivors');
        expect(await second.stop('SIGINT')).toBe(0);
        expect(second.stdout()).toMatch(/"signal":"SIGINT"/);
        expect(existsSync(lockFile)).toBe(false);
      } finally {
        await stopAll();
        await slack.stop();
      }
    },
    SCENARIO_TIMEOUT,
  );

  it(
    '/healthz answers 503 until Slack accepts the token, then 200; logs are JSON lines with request ids and no secrets',
    async () => {
      const slack = await fakeSlack();
      // A Slack outage at start-up: auth.test fails (and is retried) until the outage ends.
      slack.failAlways('auth.test', { status: 503 });
      const env = appEnv(slack, scratchFolder(), await freePort());
      const app = startMain({ ...env, LOG_LEVEL: 'debug' });
      try {
        await eventually(async () => (await app.healthz()) === 503, BOOT_TIMEOUT);
        await slack.waitFor(() => slack.callsTo('auth.test').length >= 1, 60_000);
        expect(await app.healthz()).toBe(503);
        slack.clearFaults();
        await eventually(async () => (await app.healthz()) === 200, 60_000);
        await app.waitForOutput(READY);

        await createLead(app, slack, 'Logged Lead Co');
        await search(app, slack, 'logged lead');
        const forged = await sendSigned(
          `http://127.0.0.1:${app.port}/slack/events`,
          'command=%2Flead',
          'application/x-www-form-urlencoded',
          { secret: 'wrong' },
        );
        expect(forged.status).toBe(401);
        expect(await app.stop()).toBe(0);
      } finally {
        await stopAll();
        await slack.stop();
      }
      const lines = app.stdout().split('\n').filter(Boolean);
      const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(records.some((record) => typeof record.requestId === 'string')).toBe(true);
      expect(records.some((record) => record.level === 'debug')).toBe(true);
      const everything = app.stdout() + app.stderr();
      expect(everything).not.toContain(env.SLACK_BOT_TOKEN);
      expect(everything).not.toContain(env.SLACK_SIGNING_SECRET);
    },
    SCENARIO_TIMEOUT,
  );

  it(
    'with Slack’s Web API unreachable at start-up it keeps retrying (503), then serves once Slack is back: no stack trace, no unhandled rejection',
    async () => {
      // SLACK_API_URL points at a port where nothing listens yet: every call fails with "fetch failed".
      const slackPort = await freePort();
      const slack = new FakeSlack();
      const env = {
        ...appEnv(slack, scratchFolder(), await freePort()),
        SLACK_API_URL: `http://127.0.0.1:${slackPort}/api/`,
      };
      const app = startMain(env);
      try {
        await eventually(async () => (await app.healthz()) === 503, BOOT_TIMEOUT);
        // Two failed rounds (each already retried by the Web API client) and still up, still 503.
        await app.waitForOutput(/"attempt":2,.*"msg":"auth.test failed; retrying"/, 60_000);
        expect(app.child.exitCode).toBeNull();
        expect(await app.healthz()).toBe(503);
        // A request Slack sends meanwhile is refused as "unavailable", not silently dropped with a 200.
        const early = commandBody({
          command: COMMANDS.lead,
          user_id: 'U_REP',
          team_id: slack.teamId,
          response_url: 'http://127.0.0.1:9/respond/early',
        });
        const refused = await sendSigned(
          `http://127.0.0.1:${app.port}/slack/events`,
          early,
          'application/x-www-form-urlencoded',
        );
        expect(refused.status).toBe(503);

        await slack.start(slackPort);
        slack.addUser({ id: 'U_REP' });
        await app.waitForOutput(READY, 120_000);
        expect(await app.healthz()).toBe(200);
        await createLead(app, slack, 'Slack Blinked Co');
        expect(await search(app, slack, 'slack blinked')).toContain('Slack Blinked Co');
        expect(await app.stop()).toBe(0);
      } finally {
        await stopAll();
        await slack.stop();
      }
      const output = app.stdout() + app.stderr();
      expect(output).not.toMatch(/^\s+at\s/m);
      expect(output).not.toMatch(/unhandled/i);
      expect(output).not.toContain('WebAPIRequestError');
      expect(app.stderr()).toBe('');
    },
    SCENARIO_TIMEOUT,
  );
});

// Only when a Postgres server is available (TEST_DATABASE_URL, as in CI); PGlite is single-process by design.
// describePostgresOnly (not describe.each over an empty list) so that a run without it counts these as skipped.
describePostgresOnly('several processes on one Postgres', () => {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  async function admin(statement: string): Promise<pg.QueryResult> {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await client.query(statement);
    } finally {
      await client.end();
    }
  }

  it(
    'two instances started at once both migrate the same fresh database, once, and serve',
    async () => {
      const name = `salesflow_runtime_${randomBytes(6).toString('hex')}`;
      await admin(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const slack = await fakeSlack();
      const apps: MainProcess[] = [];
      try {
        for (let i = 0; i < 2; i++) {
          const env = appEnv(slack, scratchFolder(), await freePort());
          apps.push(startMain({ ...env, DATABASE_URL: url.toString() }));
        }
        await Promise.all(apps.map((app) => app.waitForOutput(READY, BOOT_TIMEOUT)));
        expect(await Promise.all(apps.map((app) => app.healthz()))).toEqual([200, 200]);
        const journal = JSON.parse(
          readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
        );
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        const applied = await client.query('select count(*)::int as n from drizzle.__drizzle_migrations');
        await client.end();
        expect(applied.rows[0].n).toBe(journal.entries.length);
        await createLead(apps[0] as MainProcess, slack, 'Shared Store Co');
        expect(await search(apps[1] as MainProcess, slack, 'shared store')).toContain('Shared Store Co');
        const codes = await Promise.all(apps.map((app) => app.stop()));
        const output = apps.map((app) => app.stdout() + app.stderr()).join('\n');
        expect(codes, output).toEqual(apps.map(() => 0));
      } finally {
        // Cleanup only: an assertion here would hide the error that brought us here.
        await stopAll();
        await slack.stop();
        await admin(`drop database if exists ${name} with (force)`);
      }
    },
    SCENARIO_TIMEOUT,
  );
});
