import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack.js';
import { appEnv, freePort, scratchFolder, startMain, stopAll } from './main-process.js';

afterAll(stopAll);

const TIMEOUT = 240_000;
const STACK_TRACE = /^\s+at\s/m;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('starting against Slack', () => {
  it(
    'a bot token or app token Slack refuses stops the start with one line, exit code 1 and no stack trace',
    async () => {
      const slack = await new FakeSlack().start();
      try {
        const badBot = startMain({
          ...appEnv(slack, scratchFolder(), await freePort()),
          SLACK_BOT_TOKEN: 'xoxb-revoked',
        });
        expect(await badBot.exited).toBe(1);
        expect(badBot.stderr()).toMatch(
          /^Salesflow could not start: Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)\./,
        );
        expect(badBot.stderr().trim().split('\n')).toHaveLength(1);
        expect(badBot.stdout() + badBot.stderr()).not.toMatch(STACK_TRACE);

        const badApp = startMain({
          ...appEnv(slack, scratchFolder(), await freePort()),
          SLACK_APP_TOKEN: 'xapp-revoked',
        });
        expect(await badApp.exited).toBe(1);
        expect(badApp.stderr()).toMatch(
          /^Salesflow could not start: Slack rejected SLACK_APP_TOKEN \(invalid_auth\)\./,
        );
        expect(badApp.stderr().trim().split('\n')).toHaveLength(1);
        expect(badApp.stdout() + badApp.stderr()).not.toMatch(STACK_TRACE);
      } finally {
        await stopAll();
        await slack.stop();
      }
    },
    TIMEOUT,
  );

  it('a stray rejected promise is logged as one line and the process keeps running', async () => {
    const guard = pathToFileURL(path.join(repoRoot, 'src', 'process-guard.ts')).href;
    const tsx = pathToFileURL(path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const script = [
      `const { guardUnhandledRejections } = await import(${JSON.stringify(guard)});`,
      'guardUnhandledRejections();',
      "Promise.reject(new Error('Slack blinked'));",
      "setTimeout(() => console.log('still serving'), 200);",
    ].join('\n');
    const child = spawn(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).toBe('still serving\n');
    expect(err).toBe('unhandled promise rejection (kept running): Error: Slack blinked\n');
  }, 60_000);
});
