import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { TRIGGER_LIFETIME_MS } from '../helpers/fake-slack-triggers.js';

/*
 * Issue 19: a modal must reach Slack within its trigger's 3 seconds, whatever else is rate limited, and a user
 * whose modal could not open is told to try again, in their language.
 */
describe('modals and their 3-second triggers, through the wire', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await startTestApp();
    app.addUser({ id: 'U_REP', locale: 'en-US' });
    app.addUser({ id: 'U_ZH', locale: 'zh-CN' });
    app.addUser({ id: 'U_NEW', locale: 'en-US' });
    // Both reps are known already (their profiles stored), so their next request needs no users.info.
    await app.command('U_REP', COMMANDS.lead, 'list');
    await app.command('U_ZH', COMMANDS.lead, 'list');
    app.slack.reset();
  });
  afterEach(() => app?.stop());

  it("a rep's /lead modal opens within its trigger's life while users.info is rate limited for 20 s", async () => {
    app.slack.triggers.followRealTime();
    app.slack.failNext('users.info', { status: 429, retryAfterSeconds: 20 });
    // A newcomer's first request: their profile lookup is answered 429, Retry-After 20.
    const newcomer = await app.command('U_NEW', COMMANDS.lead, 'list', { settle: false });
    // Answered (after the profile lookup's 1.5 s budget): the 429 has reached the client, its queue is paused.
    await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === newcomer.responseId));
    expect(app.slack.callsTo('users.info').map((call) => call.args.user)).toEqual(['U_NEW']);

    const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead));

    expect(view.callback_id).toBe(VIEWS.newLead);
    const exchange = app.slack.triggers.exchanges.at(-1);
    expect(exchange?.error).toBeUndefined();
    expect(exchange?.ageMs).toBeLessThan(TRIGGER_LIFETIME_MS);
    // It did not wait for the rate-limited lookup: that one has not been tried again yet.
    expect(app.slack.callsTo('users.info')).toHaveLength(1);
  });

  it('a modal whose trigger expired before it reached Slack: the rep is told to run the command again', async () => {
    app.slack.triggers.lateBy(TRIGGER_LIFETIME_MS + 500);
    const sent = await app.command('U_REP', COMMANDS.lead);

    expect(app.slack.triggers.exchanges.at(-1)?.error).toBe('expired_trigger_id');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(String(reply.body.text)).toBe(
      'The form could not open in time (Slack allows 3 seconds). Please run the command or click the button again.',
    );
  });

  it('a Chinese-speaking rep reads that in Chinese', async () => {
    app.slack.triggers.lateBy(TRIGGER_LIFETIME_MS + 1);
    const sent = await app.command('U_ZH', COMMANDS.lead);

    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(String(reply.body.text)).toBe(
      '表单未能及时打开（Slack 只允许 3 秒）。请重新运行命令或再次点击按钮。',
    );
  });

  it('a trigger opens one modal: a second views.open with it is refused as Slack does', async () => {
    const sent = await app.command('U_REP', COMMANDS.lead);
    const used = app.slack.lastCall('views.open')?.args.trigger_id;
    expect(app.slack.triggers.exchanges.at(-1)?.error).toBeUndefined();

    expect(app.slack.triggers.exchange(used)).toBe('exchanged_trigger_id');
    expect(app.slack.triggers.exchange('never-issued')).toBe('invalid_trigger_id');
    expect(app.slack.responses.find((r) => r.id === sent.responseId)).toBeUndefined();
  });
});
