import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

describe.each(DRIVERS)('lead capture through Slack (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    app.addUser({ id: 'U_REP', locale: 'en-US', tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_ZH', locale: 'zh-CN', tz: 'Asia/Shanghai' });
  });
  afterAll(() => app?.stop());

  it('a rep types /lead, fills the modal, and gets the lead card back', async () => {
    let sent = { status: 0, responseId: '' };
    const view = await app.viewFrom(async () => {
      sent = await app.command('U_REP', COMMANDS.lead);
    });
    expect(sent.status).toBe(200);
    expect(view.callback_id).toBe(VIEWS.newLead);

    const saved = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Acme Trading',
      [BLOCKS.contactName]: 'Li Lei',
      [BLOCKS.email]: 'li@acme.example',
      [BLOCKS.estimatedValue]: '120,000',
    });
    expect(saved.status).toBe(200);
    expect(saved.outcome.kind).toBe('done');

    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(String(reply.body.text)).toContain('Acme Trading');
    const [lead] = (await app.deps.leads.query(app.teamId, { owners: 'all', text: 'acme', limit: 5 })).leads;
    expect(lead).toMatchObject({
      companyName: 'Acme Trading',
      contactName: 'Li Lei',
      estimatedValue: 120000,
      stage: 'new',
    });
  });

  it('a Chinese-speaking rep sees the modal and field errors in Chinese', async () => {
    const view = (await app.viewFrom(() => app.command('U_ZH', COMMANDS.lead))) as OpenedView & {
      title?: { text: string };
    };
    expect(view.title?.text).toBe('新建线索');
    const saved = await app.submit('U_ZH', view, {
      [BLOCKS.company]: '',
      [BLOCKS.contactName]: '王',
      [BLOCKS.email]: 'not-an-email',
    });
    expect(saved.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCKS.company]: '此项必填。', [BLOCKS.email]: '请输入有效邮箱，例如 name@example.com。' },
    });
  });
});
