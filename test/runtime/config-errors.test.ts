import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder, startMain, stopAll } from './main-process.js';

afterAll(stopAll);

/** One short-lived process each; generous for busy CI machines. */
const TIMEOUT = 90_000;

/** A stack trace line (`    at fn (file:1:2)`) or Node's own uncaught-error banner. */
const STACK_TRACE = /^\s+at\s|node:internal|Uncaught|Error: /m;

// Each case is one short-lived process; they run side by side.
describe.concurrent('start-up with bad settings', () => {
  it(
    'with no settings at all, the app names each missing one, points to the README and exits 1',
    async () => {
      const app = startMain({});
      expect(await app.exited).toBe(1);
      const stderr = app.stderr();
      expect(stderr).toContain('SLACK_BOT_TOKEN');
      expect(stderr).toContain('SLACK_SIGNING_SECRET');
      expect(stderr).toContain('README.md');
      expect(stderr).not.toMatch(STACK_TRACE);
      expect(app.stdout()).toBe('');
    },
    TIMEOUT,
  );

  it(
    'with malformed settings, the app names every problem at once, without a stack trace',
    async () => {
      const app = startMain({
        SLACK_BOT_TOKEN: 'xoxp-a-user-token',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_APP_TOKEN: 'xoxb-not-an-app-token',
        SLACK_API_URL: 'not a url',
        PORT: '70000',
        DATABASE_URL: 'mysql://localhost/salesflow',
        LOG_LEVEL: 'chatty',
        OPENAI_TIMEOUT_MS: '60000',
        SCHEDULER_ENABLED: 'yes',
      });
      expect(await app.exited).toBe(1);
      const problems = app
        .stderr()
        .split('\n')
        .filter((line) => line.startsWith('  - '));
      const named = problems.map((line) => line.slice(4).split(' ')[0]);
      expect(named.sort()).toEqual(
        [
          'DATABASE_URL',
          'LOG_LEVEL',
          'OPENAI_TIMEOUT_MS',
          'PORT',
          'SCHEDULER_ENABLED',
          'SLACK_API_URL',
          'SLACK_APP_TOKEN',
          'SLACK_BOT_TOKEN',
        ].sort(),
      );
      expect(app.stderr()).toContain('README.md');
      expect(app.stderr()).not.toMatch(STACK_TRACE);
    },
    TIMEOUT,
  );

  it(
    'settings come from a .env file in the working folder, and the environment wins over it',
    async () => {
      const folder = scratchFolder();
      writeFileSync(
        path.join(folder, '.env'),
        ['SLACK_BOT_TOKEN=xoxb-from-dotenv', 'PORT=not-a-port', 'LOG_LEVEL=chatty', ''].join('\n'),
      );
      const app = startMain({ SLACK_SIGNING_SECRET: 'secret', LOG_LEVEL: 'info' }, { cwd: folder });
      expect(await app.exited).toBe(1);
      const stderr = app.stderr();
      expect(stderr).toContain('PORT'); // read from .env
      expect(stderr).not.toContain('SLACK_BOT_TOKEN'); // .env supplied a valid one
      expect(stderr).not.toContain('LOG_LEVEL'); // the environment's `info` won over .env's `chatty`
    },
    TIMEOUT,
  );
});
