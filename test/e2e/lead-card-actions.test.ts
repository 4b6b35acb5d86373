import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead, Stage } from '../../src/features/leads/leads.types.js';
import { createLead } from '../../src/features/leads/leads.usecases.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, VIEWS } from '../../src/slack/ids.js';
import { encodeStageOption } from '../../src/slack/leads/lead-card-values.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

// 2026-11-27 10:00 in Shanghai, a Friday.
const NOW = new Date('2026-11-27T02:00:00Z');

describe.each(DRIVERS)('the lead card’s buttons through Slack (%s)', (driver) => {
  let app: TestApp;
  let sequence = 0;

  /** A lead owned by `owner`, with its card posted in the sales channel (the lead's thread). */
  const leadFor = async (owner: string, companyName: string): Promise<Lead> => {
    const created = await createLead({
      ...app.deps,
      actor: {
        teamId: app.teamId,
        userId: owner,
        role: 'rep',
        isAdmin: false,
        locale: 'en',
        timezone: 'Asia/Shanghai',
      },
      form: { companyName, contactName: 'Li Lei', estimatedValue: '50000', currency: 'CNY' },
    });
    if (!created.ok) throw new Error('lead not created');
    const ts = `1764200000.${String(++sequence).padStart(6, '0')}`;
    await app.deps.leads.setThread(app.teamId, created.lead.id, 'C_SALES', ts);
    return { ...created.lead, channelId: 'C_SALES', threadTs: ts };
  };
  const reload = async (lead: Lead) => (await app.deps.leads.findById(app.teamId, lead.id)) as Lead;
  const activities = (lead: Lead) => app.deps.leads.recentActivities(app.teamId, lead.id, 20);
  /** Picks a stage on a card built now, from the lead as it is (a current card). */
  const pickStage = async (userId: string, lead: Lead, stage: string, options = {}) => {
    const value = encodeStageOption(await reload(lead), stage as Stage, app.deps.clock.now());
    return app.action(
      userId,
      {
        type: 'static_select',
        action_id: ACTIONS.leadChangeStage,
        selected_option: { value, text: { type: 'plain_text', text: stage } },
      },
      { channelId: 'C_SALES', messageTs: lead.threadTs ?? undefined, ...options },
    );
  };
  const click = (userId: string, actionId: string, lead: Lead) =>
    app.action(
      userId,
      { action_id: actionId, value: String(lead.id) },
      { messageTs: lead.threadTs ?? undefined },
    );
  const openModal = (userId: string, actionId: string, lead: Lead) =>
    app.viewFrom(() => click(userId, actionId, lead));
  const threadReply = (lead: Lead, fromIndex: number) =>
    app.slack.waitFor(() =>
      app.slack
        .callsTo('chat.postMessage')
        .slice(fromIndex)
        .find((call) => call.args.thread_ts === lead.threadTs),
    );

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    for (const [id, locale] of [
      ['U_REP', 'en-US'],
      ['U_ZH', 'zh-CN'],
      ['U_OTHER', 'en-US'],
      ['U_MGR', 'en-US'],
    ] as const)
      app.addUser({ id, locale, tz: 'Asia/Shanghai' });
    app.slack.addChannel({ id: 'C_SALES', is_member: true });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_SALES' });
    await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { managerUserId: 'U_MGR' });
  });
  afterAll(() => app?.stop());

  it('a rep moves a lead forwards and back from the channel card; each move is recorded and told in the thread', async () => {
    const lead = await leadFor('U_REP', 'Acme <!channel>');
    const posts = app.slack.callsTo('chat.postMessage').length;
    const update = await app.callFrom(() => pickStage('U_REP', lead, 'proposal'), 'chat.update');
    expect(update.args).toMatchObject({ channel: 'C_SALES', ts: lead.threadTs });
    expect(JSON.stringify(update.args.blocks)).toContain('Proposal');
    const line = await threadReply(lead, posts);
    expect(line.args.text).toBe('<@U_REP> moved *Acme &lt;!channel&gt;* from New to Proposal');

    const again = app.slack.callsTo('chat.postMessage').length;
    await pickStage('U_REP', lead, 'contacted');
    expect((await threadReply(lead, again)).args.text).toContain('from Proposal to Contacted');
    expect((await reload(lead)).stage).toBe('contacted');
    const moves = (await activities(lead)).filter((a) => a.kind === 'stage_changed');
    expect(moves.map((a) => `${a.fromStage}>${a.toStage}`)).toEqual(['proposal>contacted', 'new>proposal']);
  });

  it('an ephemeral card is replaced through its response_url, and the channel card is refreshed too', async () => {
    const lead = await leadFor('U_REP', 'Ephemeral Co');
    const updates = app.slack.callsTo('chat.update').length;
    const sent = await pickStage('U_REP', lead, 'negotiation', { channelId: 'C_GENERAL', isEphemeral: true });
    const replaced = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(replaced.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(replaced.body.blocks)).toContain('Negotiation');
    const channelCard = await app.slack.waitFor(() => app.slack.callsTo('chat.update')[updates]);
    expect(channelCard.args).toMatchObject({ channel: 'C_SALES', ts: lead.threadTs });
  });

  it('a rep logs a call with the next follow-up', async () => {
    const lead = await leadFor('U_REP', 'Calls Ltd');
    const view = await openModal('U_REP', ACTIONS.leadLogActivity, lead);
    expect(view.callback_id).toBe(VIEWS.logActivity);
    expect(JSON.parse(view.private_metadata ?? '{}')).toMatchObject({
      leadId: lead.id,
      channelId: 'C_SALES',
    });
    const posts = app.slack.callsTo('chat.postMessage').length;
    const saved = await app.submit('U_REP', view, {
      [BLOCKS.activityKind]: 'visit',
      [BLOCKS.activityNote]: 'Met the buyer; wants a demo',
      [BLOCKS.nextFollowUpDate]: '2026-12-02',
      [BLOCKS.nextFollowUpTime]: '14:30',
    });
    expect(saved.outcome.kind).toBe('done');
    expect(await reload(lead)).toMatchObject({ nextFollowUpOn: '2026-12-02', nextFollowUpTime: '14:30' });
    expect((await activities(lead)).map((a) => a.kind)).toEqual(
      expect.arrayContaining(['visit', 'follow_up_set', 'created']),
    );
    expect((await threadReply(lead, posts)).args.text).toBe(
      '<@U_REP> logged Visit for *Calls Ltd*: Met the buyer; wants a demo · next follow-up 2026-12-02 14:30',
    );
  });

  it('a follow-up in the past is refused inline and nothing changes; a later one is saved', async () => {
    const lead = await leadFor('U_REP', 'Follow Ltd');
    const view = await openModal('U_REP', ACTIONS.leadSetFollowUp, lead);
    expect(view.callback_id).toBe(VIEWS.setFollowUp);
    const refused = await app.submit('U_REP', view, { [BLOCKS.nextFollowUpDate]: '2026-11-26' });
    expect(refused.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCKS.nextFollowUpDate]: 'Choose today or a later date.' },
    });
    expect((await reload(lead)).nextFollowUpOn).toBeNull();
    const saved = await app.submit('U_REP', view, {
      [BLOCKS.nextFollowUpDate]: '2026-11-30',
      [BLOCKS.followUpNote]: 'bring samples',
    });
    expect(saved.outcome.kind).toBe('done');
    expect((await reload(lead)).nextFollowUpOn).toBe('2026-11-30');
  });

  it('a Chinese-speaking rep edits a lead and sees field errors in Chinese', async () => {
    const lead = await leadFor('U_ZH', 'Old Name');
    const view = (await openModal('U_ZH', ACTIONS.leadEdit, lead)) as OpenedView & {
      title?: { text: string };
    };
    expect(view.callback_id).toBe(VIEWS.editLead);
    expect(view.title?.text).toBe('编辑线索');
    const company = view.blocks?.find((b) => b.block_id === BLOCKS.company);
    expect(company?.element?.initial_value).toBe('Old Name');
    const refused = await app.submit('U_ZH', view, { [BLOCKS.company]: '', [BLOCKS.email]: 'nope' });
    expect(refused.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCKS.company]: '此项必填。', [BLOCKS.email]: '请输入有效邮箱，例如 name@example.com。' },
    });
    const saved = await app.submit('U_ZH', view, { [BLOCKS.company]: '新名字科技' });
    expect(saved.outcome.kind).toBe('done');
    expect((await reload(lead)).companyName).toBe('新名字科技');
    expect((await activities(lead))[0]?.kind).toBe('edited');
  });

  it('marking a lead won asks for the final amount', async () => {
    const lead = await leadFor('U_REP', 'Winner Inc');
    const view = await openModal('U_REP', ACTIONS.leadMarkWon, lead);
    expect(view.callback_id).toBe(VIEWS.markWon);
    const amount = view.blocks?.find((b) => b.block_id === BLOCKS.wonAmount);
    expect(amount?.element?.initial_value).toBe('50000');
    const refused = await app.submit('U_REP', view, { [BLOCKS.wonAmount]: '' });
    expect(refused.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCKS.wonAmount]: 'This field is required.' },
    });
    const posts = app.slack.callsTo('chat.postMessage').length;
    await app.submit('U_REP', view, { [BLOCKS.wonAmount]: '48,000' });
    expect(await reload(lead)).toMatchObject({ stage: 'won', wonAmount: 48000 });
    expect((await threadReply(lead, posts)).args.text).toMatch(/^<@U_REP> won \*Winner Inc\* for .*48,000/);
  });

  it('marking a lead lost requires a reason from the list', async () => {
    const lead = await leadFor('U_REP', 'Loser Ltd');
    const view = await openModal('U_REP', ACTIONS.leadMarkLost, lead);
    expect(view.callback_id).toBe(VIEWS.markLost);
    const refused = await app.submit('U_REP', view, { [BLOCKS.lostNote]: 'they went quiet' });
    expect(refused.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCKS.lostReason]: 'This field is required.' },
    });
    expect((await reload(lead)).stage).toBe('new');
    await app.submit('U_REP', view, { [BLOCKS.lostReason]: 'competitor', [BLOCKS.lostNote]: 'chose Beta' });
    expect(await reload(lead)).toMatchObject({
      stage: 'lost',
      lostReason: 'competitor',
      lostNote: 'chose Beta',
    });
  });

  it('a rep cannot see or change another rep’s lead: the buttons change nothing and answer not-found privately', async () => {
    const lead = await leadFor('U_REP', 'Private Deal');
    const opened = app.slack.callsTo('views.open').length;
    for (const actionId of [
      ACTIONS.leadLogActivity,
      ACTIONS.leadSetFollowUp,
      ACTIONS.leadEdit,
      ACTIONS.leadMarkWon,
      ACTIONS.leadMarkLost,
    ]) {
      const sent = await click('U_OTHER', actionId, lead);
      const answer = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
      expect(answer.body).toMatchObject({
        response_type: 'ephemeral',
        replace_original: false,
        text: `No lead #${lead.id} that you can see. Find yours with \`/lead list\`, or search with \`/lead\` and part of its name; a colleague’s lead is changed by its owner, their manager or an admin.`,
      });
    }
    const sent = await pickStage('U_OTHER', lead, 'contract');
    const answer = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(answer.body.text).toBe(
      `No lead #${lead.id} that you can see. Find yours with \`/lead list\`, or search with \`/lead\` and part of its name; a colleague’s lead is changed by its owner, their manager or an admin.`,
    );
    expect(app.slack.callsTo('views.open')).toHaveLength(opened);

    // A forged submission of a modal for that lead is refused the same way.
    const forged = await app.submit(
      'U_OTHER',
      {
        callback_id: VIEWS.markWon,
        private_metadata: JSON.stringify({ leadId: lead.id }),
        blocks: [
          {
            type: 'input',
            block_id: BLOCKS.wonAmount,
            element: { type: 'plain_text_input', action_id: BLOCKS.wonAmount },
          },
        ],
      },
      { [BLOCKS.wonAmount]: '1' },
    );
    expect(forged.outcome).toMatchObject({
      kind: 'refused',
      notice: `:warning: No lead #${lead.id} that you can see. Find yours with \`/lead list\`, or search with \`/lead\` and part of its name; a colleague’s lead is changed by its owner, their manager or an admin.`,
    });
    expect(await reload(lead)).toMatchObject({ stage: 'new', wonAmount: null });
    expect(await activities(lead)).toHaveLength(1);
  });

  it('a manager can change a report’s lead', async () => {
    const lead = await leadFor('U_REP', 'Managed Co');
    await app.callFrom(() => pickStage('U_MGR', lead, 'presentation'), 'chat.update');
    expect((await reload(lead)).stage).toBe('presentation');
    expect((await activities(lead))[0]).toMatchObject({ actorUserId: 'U_MGR', toStage: 'presentation' });
  });
});
