import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

describe.each(DRIVERS)('/salesflow team administration (%s)', (driver) => {
  let app: TestApp;

  /** Sends `/salesflow <text>` as `userId` and returns the private reply's text. */
  async function salesflow(userId: string, text: string): Promise<string> {
    const sent = await app.command(userId, COMMANDS.salesflow, text);
    expect(sent.status).toBe(200);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(reply.body.response_type).toBe('ephemeral');
    return [reply.body.text, JSON.stringify(reply.body.blocks ?? [])].join('\n');
  }
  const member = (userId: string) => app.deps.teams.findMember(app.teamId, userId);
  const team = () => app.deps.teams.ensureTeam(app.teamId);

  beforeAll(async () => {
    app = await startTestApp({ driver });
    app.addUser({ id: 'U_ADMIN', locale: 'en-US' });
    app.addUser({ id: 'U_OWNER', locale: 'en-US', is_owner: true });
    app.addUser({ id: 'U_WSADMIN', locale: 'en-US', is_admin: true });
    app.addUser({ id: 'U_REP', locale: 'en-US' });
    app.addUser({ id: 'U_ZH', locale: 'zh-CN' });
    app.slack.addChannel({ id: 'C0PUBLIC', name: 'sales' });
    app.slack.addChannel({ id: 'C0PRIVATE', name: 'deals', is_private: true });
    await app.deps.teams.updateMember(app.teamId, 'U_ADMIN', { role: 'admin' });
  });
  afterAll(() => app?.stop());

  it('an admin sets a role with an escaped mention, and a bare mention works too', async () => {
    expect(await salesflow('U_ADMIN', 'role <@U_MGR|wang.fang> manager')).toContain(
      '<@U_MGR> is now *Manager*',
    );
    expect((await member('U_MGR'))?.role).toBe('manager');
    await salesflow('U_ADMIN', 'role <@U_FIN> finance');
    expect((await member('U_FIN'))?.role).toBe('finance');
  });

  it('a rep cannot change anything: each admin command is refused and nothing changes', async () => {
    const before = await team();
    for (const text of [
      'role <@U_REP|me> admin',
      'reports-to <@U_REP> <@U_MGR>',
      'channel <#C0PUBLIC|sales>',
      'timezone Asia/Tokyo',
      'language zh',
    ]) {
      expect(await salesflow('U_REP', text)).toContain('Only Salesflow admins can change team settings');
    }
    expect(await team()).toEqual(before);
    expect(await member('U_REP')).toMatchObject({ role: 'rep', managerUserId: null });
    expect(app.slack.callsTo('conversations.join')).toHaveLength(0);
  });

  it('a Chinese-speaking rep is refused in Chinese', async () => {
    expect(await salesflow('U_ZH', 'role <@U_ZH> admin')).toContain('只有 Salesflow 管理员可以修改团队设置');
    expect((await member('U_ZH'))?.role).toBe('rep');
  });

  it('Slack workspace admins and owners (from users.info) are Salesflow admins without the admin role', async () => {
    await salesflow('U_WSADMIN', 'timezone Europe/London');
    expect((await team()).timezone).toBe('Europe/London');
    await salesflow('U_OWNER', 'timezone asia/shanghai');
    expect((await team()).timezone).toBe('Asia/Shanghai');
    expect((await member('U_OWNER'))?.role).toBe('rep');
  });

  it('an unknown time zone is refused with a hint and leaves the zone as it was', async () => {
    expect(await salesflow('U_ADMIN', 'timezone Mars/Olympus')).toContain(
      '`Mars/Olympus` is not a time zone',
    );
    expect((await team()).timezone).toBe('Asia/Shanghai');
  });

  it('reporting lines are set with either mention form, and loops and self-reporting are refused', async () => {
    expect(await salesflow('U_ADMIN', 'reports-to <@U_REP|li.lei> <@U_MGR>')).toContain(
      '<@U_REP> now reports to <@U_MGR>',
    );
    await salesflow('U_ADMIN', 'reports-to <@U_MGR> <@U_DIR|boss>');
    expect((await member('U_MGR'))?.managerUserId).toBe('U_DIR');
    expect(await salesflow('U_ADMIN', 'reports-to <@U_DIR> <@U_REP>')).toContain('would create a loop');
    expect((await member('U_DIR'))?.managerUserId ?? null).toBeNull();
    expect(await salesflow('U_ADMIN', 'reports-to <@U_REP> <@U_REP>')).toContain(
      'Nobody can report to themselves',
    );
    expect((await member('U_REP'))?.managerUserId).toBe('U_MGR');
  });

  it('setting a public sales channel makes the bot join it', async () => {
    expect(await salesflow('U_ADMIN', 'channel <#C0PUBLIC|sales>')).toContain(
      'New leads will be posted in <#C0PUBLIC>',
    );
    expect((await team()).salesChannelId).toBe('C0PUBLIC');
    expect(app.slack.lastCall('conversations.join')?.args.channel).toBe('C0PUBLIC');
  });

  it('a private sales channel is saved, and the admin is asked to /invite the bot', async () => {
    expect(await salesflow('U_ADMIN', 'channel <#C0PRIVATE>')).toContain('/invite @Salesflow');
    expect((await team()).salesChannelId).toBe('C0PRIVATE');
    // Once invited, the bot finds itself a member and says so.
    app.slack.addChannel({ id: 'C0PRIVATE', name: 'deals', is_private: true, is_member: true });
    expect(await salesflow('U_ADMIN', 'channel <#C0PRIVATE|deals>')).toContain('New leads will be posted in');
  });

  it('help and malformed commands answer with the usage, naming what was not understood', async () => {
    expect(await salesflow('U_REP', 'help')).toContain('/salesflow reports-to @rep @manager');
    const malformed = await salesflow('U_ADMIN', 'role @li.lei <!channel>');
    expect(malformed).toContain('I did not understand `role @li.lei &lt;!channel&gt;`');
    expect(malformed).toContain('/salesflow role @user');
    expect(await salesflow('U_ZH', 'frobnicate')).toContain('无法识别');
  });

  it('the help names the charts subcommand, in English and in Chinese', async () => {
    expect(await salesflow('U_REP', 'help')).toContain('/salesflow charts [images on|off]');
    expect(await salesflow('U_ZH', 'help')).toContain('/salesflow charts [images on|off]` — 日报和排行榜');
  });

  it('the deal desk’s subcommands are dispatched from /salesflow: a rep reads the approval policy', async () => {
    expect(await salesflow('U_REP', 'policy')).toContain('Discounts up to 5%: automatic');
  });

  it('anyone sees the team settings, roles and reporting lines privately, read-only for a rep', async () => {
    const overview = await salesflow('U_REP', 'team');
    expect(overview).toContain('<#C0PRIVATE>');
    expect(overview).toContain('Asia/Shanghai');
    expect(overview).toContain('*Manager:* <@U_MGR>');
    expect(overview).toContain('<@U_REP> → <@U_MGR>');
    expect(overview).toContain('Only admins can change these settings.');
    const before = app.slack.callsTo('views.open').length;
    expect(await salesflow('U_REP', 'settings')).toContain('Only admins can change these settings.');
    expect(app.slack.callsTo('views.open')).toHaveLength(before);
  });

  it('an admin edits the settings in a modal, with errors shown on the fields', async () => {
    let sent = { responseId: '' };
    const view = await app.viewFrom(async () => {
      sent = await app.command('U_ADMIN', COMMANDS.salesflow, 'settings');
    });
    expect(view.callback_id).toBe(VIEWS.teamSettings);

    const invalid = await app.submit('U_ADMIN', view, {
      [BLOCKS.salesChannel]: 'D0DIRECT',
      [BLOCKS.timezone]: 'Nowhere/Land',
    });
    expect(invalid.json).toEqual({
      response_action: 'errors',
      errors: {
        [BLOCKS.salesChannel]: 'Choose a channel (not a direct message), e.g. `/salesflow channel #sales`.',
        [BLOCKS.timezone]: 'Choose a time zone from the list.',
      },
    });
    expect((await team()).timezone).toBe('Asia/Shanghai');

    const saved = await app.submit('U_ADMIN', view, {
      [BLOCKS.salesChannel]: 'C0PUBLIC',
      [BLOCKS.timezone]: 'Europe/Berlin',
      [BLOCKS.language]: 'en',
    });
    expect(saved.outcome.kind).toBe('done');
    expect(await team()).toMatchObject({
      salesChannelId: 'C0PUBLIC',
      timezone: 'Europe/Berlin',
      language: 'en',
    });
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(String(reply.body.text)).toContain('Team settings saved.');
    expect(String(reply.body.text)).toContain('<#C0PUBLIC>');
  });

  it('a rep who forges a settings submission is refused and nothing changes', async () => {
    const view = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.salesflow, 'settings'));
    const before = await team();
    const forged = await app.submit('U_REP', view, {
      [BLOCKS.timezone]: 'Asia/Tokyo',
      [BLOCKS.language]: 'zh-CN',
    });
    expect(forged.outcome).toMatchObject({
      kind: 'refused',
      notice: expect.stringContaining('Only Salesflow admins'),
    });
    expect(await team()).toEqual(before);
  });
});
