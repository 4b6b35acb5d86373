import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

describe.each(DRIVERS)('each user is answered in their language (%s)', (driver) => {
  let app: TestApp;

  async function salesflow(userId: string, text: string): Promise<string> {
    const sent = await app.command(userId, COMMANDS.salesflow, text);
    expect(sent.status).toBe(200);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    return String(reply.body.text);
  }
  const ENGLISH_USAGE = '*Salesflow team settings*';
  const CHINESE_USAGE = '*Salesflow 团队设置*';

  beforeAll(async () => {
    app = await startTestApp({ driver });
    app.addUser({ id: 'U_EN', locale: 'en-US' });
    app.addUser({ id: 'U_ZH', locale: 'zh-CN' });
    app.addUser({ id: 'U_TW', locale: 'zh-TW' });
    app.addUser({ id: 'U_OWNER', locale: 'en-GB', is_owner: true });
  });
  afterAll(() => app?.stop());

  it('a zh-CN Slack user gets Chinese replies and an en-US user English ones', async () => {
    expect(await salesflow('U_ZH', 'help')).toContain(CHINESE_USAGE);
    expect(await salesflow('U_TW', 'help')).toContain(CHINESE_USAGE);
    expect(await salesflow('U_EN', 'help')).toContain(ENGLISH_USAGE);
  });

  it('the Slack profile is read once per user, not on every request', async () => {
    const before = app.slack.callsTo('users.info').filter((call) => call.args.user === 'U_EN').length;
    await salesflow('U_EN', 'help');
    await salesflow('U_EN', 'team');
    const calls = app.slack.callsTo('users.info').filter((call) => call.args.user === 'U_EN');
    expect(calls).toHaveLength(before);
    expect(calls[0]?.args.include_locale).toBeTruthy();
  });

  it('a team language set by an admin overrides everyone’s Slack locale, and the admin is told in it', async () => {
    expect(await salesflow('U_OWNER', 'language zh')).toContain('Salesflow 现在使用 *简体中文*');
    expect(await salesflow('U_EN', 'help')).toContain(CHINESE_USAGE);
    expect(await salesflow('U_ZH', 'help')).toContain(CHINESE_USAGE);
  });

  it('a user’s own choice overrides the team language, and auto goes back to it', async () => {
    expect(await salesflow('U_EN', 'me language en')).toContain('Salesflow will speak *English* to you.');
    expect(await salesflow('U_EN', 'help')).toContain(ENGLISH_USAGE);
    expect((await app.deps.teams.findMember(app.teamId, 'U_EN'))?.language).toBe('en');
    expect(await salesflow('U_EN', 'me language auto')).toContain(
      'Salesflow 将使用团队语言或你的 Slack 语言',
    );
    expect(await salesflow('U_EN', 'help')).toContain(CHINESE_USAGE);
  });

  it('language auto gives everyone their own Slack language again', async () => {
    expect(await salesflow('U_OWNER', 'language auto')).toContain(
      'Salesflow now speaks to everyone in their own Slack language.',
    );
    expect((await app.deps.teams.ensureTeam(app.teamId)).language).toBeNull();
    expect(await salesflow('U_EN', 'help')).toContain(ENGLISH_USAGE);
    expect(await salesflow('U_ZH', 'help')).toContain(CHINESE_USAGE);
  });

  it('the new-lead modal follows the team language too', async () => {
    await salesflow('U_OWNER', 'language zh');
    const view = (await app.viewFrom(() => app.command('U_EN', COMMANDS.lead))) as {
      title?: { text: string };
    };
    expect(view.title?.text).toBe('新建线索');
    await salesflow('U_OWNER', 'language en');
    const english = (await app.viewFrom(() => app.command('U_ZH', COMMANDS.lead))) as {
      title?: { text: string };
    };
    expect(english.title?.text).not.toBe('新建线索');
  });
});
