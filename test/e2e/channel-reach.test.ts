import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppOutboxWorker } from '../../src/jobs/background.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { encodeStageOption } from '../../src/slack/leads/lead-card-values.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import {
  createLead,
  dmsTo,
  hasButtons,
  requestDiscount,
  SALES_CHANNEL,
  setUpOrg,
  THREAD_TS,
  waitingStep,
} from './approvals-helpers.js';

/*
 * Issue 19: the sales channel may be one the bot is not in. A request must never be left without its approval
 * message: the bot joins a public channel; a private one it was not invited to sends the step by DM, tells the
 * rep, and asks the admins (once a day) to invite it.
 */
describe('approval steps when the bot is not in the sales channel, through the wire', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await setUpOrg(app);
  });
  afterAll(() => app?.stop());

  async function leadIn(channel: string) {
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: channel });
    const lead = await createLead(app);
    await app.deps.leads.setThread(app.teamId, lead.id, channel, THREAD_TS);
    return lead;
  }

  async function sendOutbox() {
    // The outbox worker as the app runs it (src/jobs/background.ts).
    await createAppOutboxWorker(app.deps).drainUntilIdle();
  }

  it('a private channel the bot was not invited to: the step goes to the approver by DM, the rep and the admins are told', async () => {
    app.slack.addChannel({ id: 'C_PRIVATE', name: 'deals', is_private: true });
    const lead = await leadIn('C_PRIVATE');

    const { saved } = await requestDiscount(app, 'U_REP', lead.id, '12');

    expect(saved.outcome.kind).toBe('done');
    const step = await waitingStep(app, lead.id, 1);
    expect(step).toMatchObject({ approverUserId: 'U_MGR', messageChannelId: 'D_MGR' });
    const inDm = app.slack
      .callsTo('chat.postMessage')
      .find((call) => call.args.channel === 'U_MGR' && hasButtons(call.args.blocks));
    expect(JSON.stringify(inDm?.args.blocks)).toContain(`${step.requestId}:1:1`);
    expect(dmsTo(app, 'U_REP').join('\n')).toContain(
      `Salesflow is not in <#C_PRIVATE>, so your Discount request #1 on #${lead.id} ${lead.companyName} was sent to <@U_MGR> by direct message instead.`,
    );

    await sendOutbox();
    const told = dmsTo(app, 'U_ADMIN').filter((text) => text.includes('/invite @Salesflow'));
    expect(told).toEqual([expect.stringContaining('I cannot post in <#C_PRIVATE>')]);

    // A second request the same day reaches its approver the same way; the admins are not told twice.
    const second = await leadIn('C_PRIVATE');
    await requestDiscount(app, 'U_REP', second.id, '12');
    expect((await waitingStep(app, second.id, 1)).messageChannelId).toBe('D_MGR');
    await sendOutbox();
    expect(dmsTo(app, 'U_ADMIN').filter((text) => text.includes('/invite @Salesflow'))).toHaveLength(1);
  });

  it('a public channel the bot is not in: it joins (channels:join) and posts the step in the lead’s thread', async () => {
    app.slack.addChannel({ id: 'C_PUBLIC', name: 'sales-east' });
    const lead = await leadIn('C_PUBLIC');

    const { saved } = await requestDiscount(app, 'U_REP', lead.id, '12');

    expect(saved.outcome.kind).toBe('done');
    const step = await waitingStep(app, lead.id, 1);
    expect(step.messageChannelId).toBe('C_PUBLIC');
    expect(app.slack.lastCall('conversations.join')?.args.channel).toBe('C_PUBLIC');
    expect(app.slack.channels.get('C_PUBLIC')?.is_member).toBe(true);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: SALES_CHANNEL });
  });

  const posts = (channel: string) =>
    app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === channel);

  it('the digest for a private channel that refuses the bot fails once, and the admins hear of it once a day', async () => {
    app.slack.addChannel({ id: 'C_SECRET', name: 'leadership', is_private: true });
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_SECRET' });
    const noticesBefore = dmsTo(app, 'U_ADMIN').filter((text) => text.includes('<#C_SECRET>')).length;

    await app.command('U_ADMIN', COMMANDS.pipeline, 'digest');
    await sendOutbox();
    await app.command('U_ADMIN', COMMANDS.pipeline, 'digest force');
    await sendOutbox();

    const refused = app.slack
      .callsTo('chat.postMessage')
      .concat(app.slack.callsTo('files.completeUploadExternal'))
      .filter((call) => call.args.channel === 'C_SECRET' || call.args.channel_id === 'C_SECRET');
    expect(refused.length).toBeGreaterThan(0);
    const notices = dmsTo(app, 'U_ADMIN').filter((text) => text.includes('<#C_SECRET>'));
    expect(notices.length - noticesBefore).toBe(1);
    expect(notices.at(-1)).toContain('`/invite @Salesflow`');
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: SALES_CHANNEL });
  });

  it('the digest for a public channel the bot is not in: the outbox joins it and posts', async () => {
    app.slack.addChannel({ id: 'C_OPEN', name: 'sales-west' });
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_OPEN' });

    await app.command('U_ADMIN', COMMANDS.pipeline, 'digest force');
    await sendOutbox();

    expect(app.slack.channels.get('C_OPEN')?.is_member).toBe(true);
    expect(posts('C_OPEN').some((call) => String(call.args.text).startsWith('Pipeline digest'))).toBe(true);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: SALES_CHANNEL });
  });

  it('a new lead whose card the channel refuses is still saved and confirmed; the admins are asked to invite the bot', async () => {
    app.slack.addChannel({ id: 'C_CLOSED', name: 'inside-sales', is_private: true });
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_CLOSED' });

    const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead));
    const saved = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Closed Door Ltd',
      [BLOCKS.contactName]: 'Han Mei',
    });

    expect(saved.outcome.kind).toBe('done');
    const [lead] = (await app.deps.leads.query(app.teamId, { owners: 'all', text: 'closed door', limit: 5 }))
      .leads;
    expect(lead?.threadTs ?? null).toBeNull();
    await sendOutbox();
    expect(
      dmsTo(app, 'U_ADMIN').filter((text) => text.includes('I cannot post in <#C_CLOSED>')),
    ).toHaveLength(1);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: SALES_CHANNEL });
  });

  it('a stage change whose thread note the channel refuses (the bot was removed) is saved; the admins are told', async () => {
    app.slack.addChannel({ id: 'C_LEFT', name: 'key-accounts', is_private: true });
    const lead = await leadIn('C_LEFT');
    const value = encodeStageOption(lead, 'contacted', app.deps.clock.now());

    await app.action(
      'U_REP',
      {
        type: 'static_select',
        action_id: ACTIONS.leadChangeStage,
        selected_option: { value, text: { type: 'plain_text', text: 'contacted' } },
      },
      { channelId: 'C_LEFT', messageTs: THREAD_TS },
    );

    expect((await app.deps.leads.findById(app.teamId, lead.id))?.stage).toBe('contacted');
    await sendOutbox();
    expect(dmsTo(app, 'U_ADMIN').filter((text) => text.includes('<#C_LEFT>'))).toHaveLength(1);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: SALES_CHANNEL });
  });
});
