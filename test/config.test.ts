import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('settings', () => {
  it('a minimal environment runs on the embedded store over HTTP on port 3000', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({ port: 3000, dataDir: './data', databaseUrl: undefined, logLevel: 'info' });
    expect(config.slack.appToken).toBeUndefined();
    expect(config.openai).toMatchObject({ apiKey: undefined, model: 'gpt-4o-mini', timeoutMs: 15000 });
  });

  it('every missing or malformed setting is named at once, with a pointer to the README', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      PORT: 'eighty',
      DATABASE_URL: 'mysql://db',
    });
    expect(problems).toEqual([
      'SLACK_BOT_TOKEN must be a bot token starting with xoxb-',
      'SLACK_SIGNING_SECRET is required (Basic Information → Signing Secret)',
      'PORT must be a port number',
      'DATABASE_URL must be a postgres:// connection URL',
    ]);
    expect(() => loadConfig({})).toThrow(/README\.md/);
  });

  it('empty optional settings count as unset', () => {
    const config = loadConfig({ ...valid, SLACK_APP_TOKEN: '', DATABASE_URL: ' ', OPENAI_API_KEY: '' });
    expect(config.slack.appToken).toBeUndefined();
    expect(config.databaseUrl).toBeUndefined();
    expect(config.openai.apiKey).toBeUndefined();
  });

  it('an AI timeout above 20 seconds is refused: Slack users would be left waiting', () => {
    expect(problemsOf({ ...valid, OPENAI_TIMEOUT_MS: '60000' })).toEqual([
      'OPENAI_TIMEOUT_MS must be at most 20000 (Slack users will not wait longer)',
    ]);
  });

  it('an app-level token switches to Socket Mode and must look like one', () => {
    expect(loadConfig({ ...valid, SLACK_APP_TOKEN: 'xapp-1-A1-1-abc' }).slack.appToken).toBe(
      'xapp-1-A1-1-abc',
    );
    expect(problemsOf({ ...valid, SLACK_APP_TOKEN: 'xoxb-wrong' })).toEqual([
      'SLACK_APP_TOKEN must be an app-level token starting with xapp-',
    ]);
  });
});
