import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLead } from '../../src/features/leads/leads.usecases.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, SHORTCUTS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

const NOW = new Date('2026-11-27T02:00:00Z');

describe.each(DRIVERS)('message shortcut and App Home (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    app.addUser({ id: 'U_REP', locale: 'en-US', tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_ZH', locale: 'zh-CN', tz: 'Asia/Shanghai' });
  });
  afterAll(() => app?.stop());

  it('“Create lead from message” opens the new-lead modal with the message text and its permalink', async () => {
    const view = await app.viewFrom(() =>
      app.shortcut('U_REP', {
        type: 'message_action',
        callback_id: SHORTCUTS.createLeadFromMessage,
        channel: { id: 'C_LEADS', name: 'leads' },
        message: {
          type: 'message',
          ts: '1764200000.000200',
          user: 'U_CUSTOMER',
          text: 'Hi &lt;!channel&gt;, Acme &amp; Sons want 200 units 🚚',
        },
      }),
    );
    expect(view.callback_id).toBe(VIEWS.newLead);
    expect(app.slack.lastCall('chat.getPermalink')?.args).toMatchObject({
      channel: 'C_LEADS',
      message_ts: '1764200000.000200',
    });
    const notes = view.blocks?.find((b) => b.block_id === BLOCKS.notes)?.element?.initial_value;
    expect(notes).toBe(
      'Hi <!channel>, Acme & Sons want 200 units 🚚\n\nFrom a Slack message: https://salesflow-test.slack.com/archives/C_LEADS/p1764200000000200',
    );

    const saved = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Acme & Sons',
      [BLOCKS.contactName]: 'Tom',
    });
    expect(saved.outcome.kind).toBe('done');
    const [lead] = (await app.deps.leads.query(app.teamId, { owners: 'all', text: 'acme & sons', limit: 1 }))
      .leads;
    expect(lead?.notes).toBe(notes);
  });

  it('a very long message is cut so the notes and the link fit Slack’s 3,000 characters', async () => {
    const view = await app.viewFrom(() =>
      app.shortcut('U_REP', {
        type: 'message_action',
        callback_id: SHORTCUTS.createLeadFromMessage,
        channel: { id: 'C_LEADS', name: 'leads' },
        message: { type: 'message', ts: '1764200000.000300', text: '长'.repeat(5000) },
      }),
    );
    const notes = view.blocks?.find((b) => b.block_id === BLOCKS.notes)?.element?.initial_value ?? '';
    expect(notes.length).toBeLessThanOrEqual(3000);
    expect(notes).toContain('https://salesflow-test.slack.com/archives/C_LEADS/p1764200000000300');
  });

  it('opening the Home tab publishes the rep’s pipeline, today’s follow-ups and recent leads', async () => {
    const rep = {
      teamId: app.teamId,
      userId: 'U_ZH',
      role: 'rep' as const,
      isAdmin: false,
      locale: 'zh-CN' as const,
      timezone: 'Asia/Shanghai',
    };
    await createLead({
      ...app.deps,
      actor: rep,
      form: {
        companyName: '<@U123> 北京科技',
        contactName: '王',
        estimatedValue: '80000',
        currency: 'CNY',
        nextFollowUpOn: '2026-11-27',
      },
    });
    const publish = await app.callFrom(
      () => app.event({ type: 'app_home_opened', user: 'U_ZH', channel: 'D_ZH', tab: 'home' }),
      'views.publish',
    );
    expect(publish.args.user_id).toBe('U_ZH');
    const view = publish.args.view as {
      type: string;
      blocks: { type: string; elements?: { action_id?: string }[] }[];
    };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('潜在客户：1 条');
    expect(text).toContain('今天待跟进（1）');
    expect(text).toContain('&lt;@U123&gt; 北京科技');
    expect(text).not.toContain('<@U123>');
    const buttons = view.blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    expect(buttons).toContain(ACTIONS.homeNewLead);
  });

  it('the Messages tab does not republish the home', async () => {
    const before = app.slack.callsTo('views.publish').length;
    await app.event({ type: 'app_home_opened', user: 'U_REP', channel: 'D_REP', tab: 'messages' });
    await app.event({ type: 'app_home_opened', user: 'U_REP', channel: 'D_REP', tab: 'home' });
    await app.slack.waitFor(() => app.slack.callsTo('views.publish').length > before);
    expect(
      app.slack
        .callsTo('views.publish')
        .slice(before)
        .map((c) => c.args.user_id),
    ).toEqual(['U_REP']);
  });

  it('“New lead” on the Home tab opens the new-lead modal', async () => {
    const view = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.homeNewLead, value: 'new' }, { view: { id: 'VHOME' } }),
    );
    expect(view.callback_id).toBe(VIEWS.newLead);
  });
});
