import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInboundToken } from '../../src/features/inbound/inbound-secret.js';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxClient } from '../../src/jobs/outbox-sender.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, STAGE_PROBABILITY_BLOCK_PREFIX, VIEWS } from '../../src/slack/ids.js';
import { encodeHandoverValue } from '../../src/slack/leads/handover-command-parser.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { createLead, requestDiscount, requestOf, SALES_CHANNEL, setUpOrg } from './approvals-helpers.js';

// The Slack side of issue 12's settings, handovers and inbound leads, through signed requests.
// 2026-11-28 10:00 in Shanghai.
const NOW = new Date('2026-11-28T02:00:00Z');

describe.each(DRIVERS)('schedule settings, handovers and inbound leads through Slack (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    await setUpOrg(app);
  });
  afterAll(() => app?.stop());

  /** Sends a command and returns the private reply (text and blocks) with its response id. */
  async function command(userId: string, name: string, text: string) {
    const sent = await app.command(userId, name, text);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(reply.body.response_type).toBe('ephemeral');
    return { text: String(reply.body.text), all: JSON.stringify(reply.body), body: reply.body };
  }
  const team = () => app.deps.teams.ensureTeam(app.teamId);
  const sendOutbox = () =>
    createOutboxWorker({
      deps: app.deps,
      client: createOutboxClient(app.deps.config, app.deps.logger),
      options: { channelIntervalMs: 0 },
    }).drainUntilIdle();

  it('an admin sets the schedule in the settings form; wrong values are named on their fields', async () => {
    await app.deps.teams.updateTeam(app.teamId, { holidayCountry: 'CN' });
    const view = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.salesflow, 'settings'));
    expect(view.callback_id).toBe(VIEWS.teamSettings);
    // The form names the coming holidays and warns that 2027's Chinese schedule is not known yet.
    expect(JSON.stringify(view.blocks)).toContain('2027');
    const invalid = await app.submit('U_ADMIN', view, {
      [BLOCKS.teamHolidays]: '2026-12-24, Christmas',
      [BLOCKS.staleAfterDays]: '0',
    });
    expect(invalid.outcome).toEqual({
      kind: 'errors',
      errors: {
        [BLOCKS.teamHolidays]: 'Write dates as YYYY-MM-DD, separated by commas or new lines.',
        [BLOCKS.staleAfterDays]: 'A whole number of days from 1 to 365.',
      },
    });
    const saved = await app.submit('U_ADMIN', view, {
      [BLOCKS.digestTime]: '09:15',
      [BLOCKS.workingDays]: '1,2,3,4,5,6',
      [BLOCKS.teamHolidays]: '2026-12-31\n2026-12-24',
      [BLOCKS.teamCurrency]: 'USD',
      [BLOCKS.staleAfterDays]: '10',
      [BLOCKS.quietWorkingDays]: '4',
      [`${STAGE_PROBABILITY_BLOCK_PREFIX}proposal`]: '55',
    });
    expect(saved.outcome.kind).toBe('done');
    expect(await team()).toMatchObject({
      digestTime: '09:15',
      workingDays: [1, 2, 3, 4, 5, 6],
      holidayCountry: 'CN',
      holidays: ['2026-12-24', '2026-12-31'],
      currency: 'USD',
      staleAfterDays: 10,
      quietWorkingDays: 4,
      stageProbabilities: expect.objectContaining({ proposal: 55 }),
    });
  });

  it('each rep sets their own reminder time; a wrong time is answered and changes nothing', async () => {
    expect((await command('U_REP', COMMANDS.salesflow, 'me reminder 8:15')).text).toContain('*08:15*');
    expect((await app.deps.teams.findMember(app.teamId, 'U_REP'))?.reminderTime).toBe('08:15');
    expect((await command('U_REP', COMMANDS.salesflow, 'me reminder soonish')).text).toContain(
      '`soonish` is not a time of day',
    );
    expect((await app.deps.teams.findMember(app.teamId, 'U_REP'))?.reminderTime).toBe('08:15');
  });

  it('the manager hands a lead to another rep: both told, the thread noted, the card refreshed', async () => {
    const lead = await createLead(app, 'U_REP', 'Handover Co');
    await app.deps.leads.setThread(app.teamId, lead.id, SALES_CHANNEL, '1700000000.000900');
    const reply = await command('U_MGR', COMMANDS.lead, `#${lead.id} owner <@U_PEER|peer>`);
    expect(reply.text).toContain(`#${lead.id} Handover Co* now belongs to <@U_PEER>`);
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.ownerUserId).toBe('U_PEER');
    const update = app.slack.callsTo('chat.update').find((call) => call.args.ts === '1700000000.000900');
    expect(JSON.stringify(update?.args.blocks)).toContain('U_PEER');
    await sendOutbox();
    const posts = app.slack.callsTo('chat.postMessage');
    expect(posts.find((call) => call.args.channel === 'U_PEER')?.args.text).toContain('handed you lead');
    expect(posts.find((call) => call.args.channel === 'U_REP')?.args.text).toContain('to <@U_PEER>');
    expect(posts.find((call) => call.args.thread_ts === '1700000000.000900')?.args.text).toContain(
      'handed this lead from <@U_REP> to <@U_PEER>',
    );
  });

  it('a rep cannot give their lead away, and a malformed owner command gets the usage', async () => {
    const lead = await createLead(app, 'U_REP', 'Mine Co');
    expect((await command('U_REP', COMMANDS.lead, `#${lead.id} owner <@U_PEER>`)).text).toContain(
      'Only an admin, or a manager or director <@U_REP> reports to, can hand their leads over — and a manager or director only to themself or their own people. Ask one of them to do it: `/lead #42 owner @user` for one lead (its number), `/salesflow handover @from @to` for all of them.',
    );
    expect((await command('U_REP', COMMANDS.lead, `#${lead.id} owner bob`)).text).toContain(
      '*/lead #42 owner*',
    );
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.ownerUserId).toBe('U_REP');
  });

  it('a leaving rep’s work moves after a preview and a click; Cancel moves nothing', async () => {
    const a = await createLead(app, 'U_ZH', 'Leaving One');
    const b = await createLead(app, 'U_ZH', 'Leaving Two');
    await requestDiscount(app, 'U_ZH', a.id, '12');
    const preview = await command('U_MGR', COMMANDS.salesflow, 'handover <@U_ZH> <@U_PEER>');
    expect(preview.all).toContain('2 open lead(s)');
    expect(preview.all).toContain('1 pending approval request(s)');
    const value = encodeHandoverValue({ fromUserId: 'U_ZH', toUserId: 'U_PEER' });
    const cancelled = await app.action('U_MGR', { action_id: ACTIONS.handoverCancel, value });
    const cancelReply = await app.slack.waitFor(() =>
      app.slack.responses.find((r) => r.id === cancelled.responseId),
    );
    expect(cancelReply.body).toMatchObject({ replace_original: true, text: 'Nothing was handed over.' });
    expect((await app.deps.leads.findById(app.teamId, a.id))?.ownerUserId).toBe('U_ZH');
    // A rep who forges the click is refused: authority is decided on the click, not by the button.
    const forged = await app.action('U_PEER', { action_id: ACTIONS.handoverConfirm, value });
    const forgedReply = await app.slack.waitFor(() =>
      app.slack.responses.find((r) => r.id === forged.responseId),
    );
    expect(String(forgedReply.body.text)).toContain('Only an admin');
    expect((await app.deps.leads.findById(app.teamId, b.id))?.ownerUserId).toBe('U_ZH');
    const confirmed = await app.action('U_MGR', { action_id: ACTIONS.handoverConfirm, value });
    const done = await app.slack.waitFor(() =>
      app.slack.responses.find((r) => r.id === confirmed.responseId),
    );
    expect(String(done.body.text)).toContain('Done: 2 lead(s) and 1 approval request(s) moved');
    for (const lead of [a, b])
      expect((await app.deps.leads.findById(app.teamId, lead.id))?.ownerUserId).toBe('U_PEER');
    expect((await requestOf(app, a.id))?.requesterUserId).toBe('U_PEER');
    await sendOutbox();
    const dms = app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'U_ZH');
    expect(dms.map((call) => String(call.args.text))).toContainEqual(
      expect.stringContaining('转交给了 <@U_PEER>'),
    );
  });

  it('an admin creates the inbound secret (shown once, to them) and a pool; the secret then works over HTTP', async () => {
    expect((await command('U_REP', COMMANDS.salesflow, 'inbound new')).text).toContain(
      'Only Salesflow admins',
    );
    expect((await command('U_ADMIN', COMMANDS.salesflow, 'inbound')).text).toContain('Inbound leads are off');
    const created = await command('U_ADMIN', COMMANDS.salesflow, 'inbound new');
    const token = /`(sfin_[^`]+)`/.exec(created.text)?.[1];
    expect(token).toBeDefined();
    // The secret is base64url and may itself contain '_': take it with the real parser, not by splitting.
    const secret = parseInboundToken(token ?? '')?.secret;
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(await app.deps.inbound.findSource(app.teamId))).not.toContain(secret);
    expect((await command('U_ADMIN', COMMANDS.salesflow, 'inbound pool <@U_PEER> <@U_LONE>')).text).toContain(
      'in turn to: <@U_PEER>, <@U_LONE>',
    );
    const post = (secret: string) =>
      fetch(app.url.replace('/slack/events', '/inbound/leads'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ company: 'From The Web', contact_name: 'Zhao Lei' }),
      });
    const answer = await post(token ?? '');
    expect(answer.status).toBe(201);
    const { lead_id: leadId } = (await answer.json()) as { lead_id: number };
    expect((await app.deps.leads.findById(app.teamId, leadId))?.ownerUserId).toBe('U_PEER');
    const status = await command('U_ADMIN', COMMANDS.salesflow, 'inbound');
    expect(status.text).toContain('Inbound leads are on');
    expect(status.text).not.toContain('sfin_');
    const rotated = await command('U_ADMIN', COMMANDS.salesflow, 'inbound new');
    expect(rotated.text).toContain('The old secret stopped working');
    expect((await post(token ?? '')).status).toBe(401);
    expect((await command('U_ADMIN', COMMANDS.salesflow, 'inbound off')).text).toContain(
      'Inbound leads are off',
    );
  });
});
