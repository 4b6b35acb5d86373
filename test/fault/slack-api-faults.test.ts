import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { encodeStageOption } from '../../src/slack/leads/lead-card-values.js';
import { createLead, eventually, SALES_CHANNEL, setUpOrg, THREAD_TS } from '../e2e/approvals-helpers.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

// Slack faults on the calls made while serving a user. The outbox (background sends: reminders, digests) has
// its own suite for 429 / 500 / permanent errors and a kill -9 mid fan-out: test/jobs/outbox*.test.ts.
const TRY_AGAIN = translator('en')('common.tryAgain');

describe.each(DRIVERS)('Slack Web API faults while serving a user (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    await setUpOrg(app);
  });
  afterAll(() => app?.stop());
  beforeEach(() => app.slack.clearFaults());

  const replyTo = (responseId: string) =>
    app.slack.waitFor(() => app.slack.responses.find((r) => r.id === responseId), 10_000);

  it('views.open answered 429 with Retry-After: the modal opens once Slack allows it, after that wait', async () => {
    app.slack.failNext('views.open', { status: 429, retryAfterSeconds: 1 });
    const before = app.slack.callsTo('views.open').length;
    const started = Date.now();
    await app.command('U_REP', COMMANDS.lead);
    const attempts = await app.slack.waitFor(() => {
      const calls = app.slack.callsTo('views.open').slice(before);
      return calls.length >= 2 ? calls : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.slack.callsTo('views.open').slice(before)).toHaveLength(2);
    expect((attempts[1]?.args.view as { callback_id?: string } | undefined)?.callback_id).toBe(VIEWS.newLead);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('views.open failing with a 500 once is retried; failing every time ends in a private "try again"', async () => {
    app.slack.failNext('views.open', { status: 500 });
    const first = app.slack.callsTo('views.open').length;
    const opened = await app.command('U_REP', COMMANDS.lead);
    await app.slack.waitFor(() => app.slack.callsTo('views.open').length === first + 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.slack.callsTo('views.open').length).toBe(first + 2);
    expect(app.slack.responses.find((r) => r.id === opened.responseId)).toBeUndefined();

    app.slack.failAlways('views.open', { status: 503 });
    const before = app.slack.callsTo('views.open').length;
    const sent = await app.command('U_REP', COMMANDS.lead);
    expect(sent.status).toBe(200);
    const reply = await replyTo(sent.responseId);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', text: TRY_AGAIN });
    // Retried, but boundedly: the first attempt and two retries.
    expect(app.slack.callsTo('views.open').length - before).toBe(3);
  });

  it('a slow Slack (2 s per views.open) still opens the modal and the command was acknowledged at once', async () => {
    app.slack.failNext('views.open', { delayMs: 2000 });
    const before = app.slack.callsTo('views.open').length;
    const started = Date.now();
    const sent = await app.command('U_REP', COMMANDS.lead, '', { settle: false });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(sent.status).toBe(200);
    await app.slack.waitFor(() => app.slack.callsTo('views.open').length > before);
    expect(app.slack.responses.find((r) => r.id === sent.responseId)).toBeUndefined();
  });

  it('chat.update failing while refreshing the card: the stage change is saved once and the thread still hears of it', async () => {
    const lead = await createLead(app, 'U_REP');
    app.slack.failAlways('chat.update', { status: 500 });
    const notes = app.slack.callsTo('chat.postMessage').length;
    await app.action(
      'U_REP',
      {
        type: 'static_select',
        action_id: ACTIONS.leadChangeStage,
        selected_option: { value: encodeStageOption(lead, 'contacted', app.deps.clock.now()) },
      },
      { channelId: SALES_CHANNEL, messageTs: THREAD_TS },
    );
    const note = await app.slack.waitFor(() =>
      app.slack
        .callsTo('chat.postMessage')
        .slice(notes)
        .find((call) => call.args.thread_ts === THREAD_TS),
    );
    expect(note.args.channel).toBe(SALES_CHANNEL);
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.stage).toBe('contacted');
    const moves = (await app.deps.leads.recentActivities(app.teamId, lead.id, 10)).filter(
      (a) => a.kind === 'stage_changed',
    );
    expect(moves).toHaveLength(1);
  });

  it('chat.postMessage answered 429 for the new lead’s channel card: the card is posted after the wait and becomes the thread', async () => {
    app.slack.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead));
    const saved = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Rate Limited Co',
      [BLOCKS.contactName]: 'Li',
    });
    expect(saved.outcome.kind).toBe('done');
    const lead = await eventually(async () => {
      const { leads } = await app.deps.leads.query(app.teamId, {
        owners: 'all',
        text: 'Rate Limited Co',
        limit: 1,
      });
      return leads[0]?.threadTs ? leads[0] : undefined;
    }, 8000);
    expect(lead.channelId).toBe(SALES_CHANNEL);
    expect(
      (await app.deps.leads.query(app.teamId, { owners: 'all', text: 'Rate Limited Co', limit: 5 })).total,
    ).toBe(1);
  });

  it('the sales channel gone (a permanent error, not retried): the lead is saved and the rep still gets the confirmation', async () => {
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'CGONE1' });
    try {
      let opened = { responseId: '' };
      const view = await app.viewFrom(async () => {
        opened = await app.command('U_REP', COMMANDS.lead);
      });
      const before = app.slack.callsTo('chat.postMessage').length;
      await app.submit('U_REP', view, { [BLOCKS.company]: 'Lost Channel Co', [BLOCKS.contactName]: 'Li' });
      const reply = await replyTo(opened.responseId);
      expect(String(reply.body.text)).toContain('Lost Channel Co');
      const toChannel = app.slack
        .callsTo('chat.postMessage')
        .slice(before)
        .filter((c) => c.args.channel === 'CGONE1');
      expect(toChannel).toHaveLength(1);
      const { leads } = await app.deps.leads.query(app.teamId, {
        owners: 'all',
        text: 'Lost Channel Co',
        limit: 5,
      });
      expect(leads).toHaveLength(1);
      expect(leads[0]?.threadTs ?? null).toBeNull();
    } finally {
      await app.deps.teams.updateTeam(app.teamId, { salesChannelId: SALES_CHANNEL });
    }
  });

  it('users.info failing (500, then 429 with a long Retry-After, then hanging) for a first-time user: served at once with default settings', async () => {
    app.addUser({ id: 'U_NEWBIE' });
    app.slack.failAlways('users.info', { status: 500 });
    const first = await app.command('U_NEWBIE', COMMANDS.lead, 'list');
    expect(first.status).toBe(200);
    expect(String((await replyTo(first.responseId)).body.text)).not.toBe(TRY_AGAIN);
    // The ack comes first; the profile lookup after it gives up quickly, so the reply is not held up either.
    for (const fault of [{ status: 429, retryAfterSeconds: 30 }, { hang: true }]) {
      await app.deps.teams.saveProfile(
        app.teamId,
        'U_NEWBIE',
        { displayName: null, locale: null, timezone: null, isWorkspaceAdmin: false },
        new Date(0),
      );
      app.slack.failAlways('users.info', fault);
      const started = Date.now();
      const sent = await app.command('U_NEWBIE', COMMANDS.lead, 'list');
      expect(Date.now() - started).toBeLessThan(2500);
      expect(String((await replyTo(sent.responseId)).body.text)).not.toBe(TRY_AGAIN);
    }
    expect(await app.deps.teams.findMember(app.teamId, 'U_NEWBIE')).toMatchObject({ role: 'rep' });
  });
});
