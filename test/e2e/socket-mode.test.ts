import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, BLOCKS, COMMANDS, SHORTCUTS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import {
  click,
  createLead,
  eventually,
  requestDiscount,
  setUpOrg,
  waitingStep,
} from './approvals-helpers.js';

// Slack shows the user an error when an ack takes longer.
const ACK_LIMIT_MS = 3000;
/** Long enough for a duplicate that slipped through to have made its Slack call. */
const SETTLE_MS = 1000;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

async function health(app: TestApp): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(app.healthUrl);
  await response.text();
  return { status: response.status, ms: Date.now() - started };
}

// The transport does not depend on the store, so this runs on the embedded one only.
describe('Socket Mode, the README’s default transport', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ transport: 'socket', captureLogs: true });
    await setUpOrg(app);
  });
  afterAll(() => app?.stop());

  const socket = () => app.socket as NonNullable<TestApp['socket']>;

  it('the socket is opened through SLACK_API_URL with the app token, and /healthz is 200 while it is connected', async () => {
    const opened = app.slack.callsTo('apps.connections.open');
    expect(opened.length).toBeGreaterThanOrEqual(1);
    expect(opened[0]?.token).toBe('xapp-1-A_SALESFLOW-test-token');
    expect(socket().connected).toBe(true);
    expect((await health(app)).status).toBe(200);
  });

  it('a rep captures a lead: /lead opens the modal, field errors come back in the ack, the saved lead is shown', async () => {
    let sent = { status: 0, ackMs: 0, responseId: '' };
    const view = await app.viewFrom(async () => {
      sent = await app.command('U_REP', COMMANDS.lead);
    });
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(ACK_LIMIT_MS);
    expect(view.callback_id).toBe(VIEWS.newLead);

    const refused = await app.submit('U_REP', view, { [BLOCKS.company]: '', [BLOCKS.contactName]: 'Li' });
    expect(refused.ackMs).toBeLessThan(ACK_LIMIT_MS);
    expect(refused.json).toMatchObject({
      response_action: 'errors',
      errors: { [BLOCKS.company]: expect.any(String) },
    });

    const saved = await app.submit('U_REP', view, {
      [BLOCKS.company]: 'Socket Trading',
      [BLOCKS.contactName]: 'Li Lei',
    });
    expect(saved.status).toBe(200);
    expect(saved.ackMs).toBeLessThan(ACK_LIMIT_MS);
    // The ack turns the modal to "Saving…"; once saved, the modal says so.
    expect(saved.json).toMatchObject({ response_action: 'update' });
    expect(saved.outcome.kind).toBe('done');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(String(reply.body.text)).toContain('Socket Trading');
  });

  it('a manager approves a discount with the Approve button; the thread message is updated', async () => {
    const lead = await createLead(app, 'U_REP', 'Socket Discount Co');
    const { saved } = await requestDiscount(app, 'U_REP', lead.id, '12');
    expect(saved.ackMs).toBeLessThan(ACK_LIMIT_MS);
    const step = await waitingStep(app, lead.id, 1);
    const updates = app.slack.callsTo('chat.update').length;

    const clicked = await click(app, 'U_MGR', ACTIONS.approvalApprove, step);
    expect(clicked.status).toBe(200);
    expect(clicked.ackMs).toBeLessThan(ACK_LIMIT_MS);
    await app.slack.waitFor(() => app.slack.callsTo('chat.update').length > updates);
    const request = await eventually(async () => {
      const found = await app.deps.approvals.findRequest(app.teamId, step.requestId);
      return found?.status === 'approved' ? found : undefined;
    });
    expect(request.status).toBe('approved');
  });

  it('“Create lead from message” opens the new-lead modal with the message in it', async () => {
    let sent = { status: 0, ackMs: 0 };
    const view = await app.viewFrom(async () => {
      sent = await app.shortcut('U_REP', {
        type: 'message_action',
        callback_id: SHORTCUTS.createLeadFromMessage,
        channel: { id: 'C_LEADS', name: 'leads' },
        message: { type: 'message', ts: '1764200000.000200', user: 'U_CUSTOMER', text: 'Need 200 units' },
      });
    });
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(ACK_LIMIT_MS);
    expect(view.callback_id).toBe(VIEWS.newLead);
    const notes = view.blocks?.find((b) => b.block_id === BLOCKS.notes)?.element?.initial_value;
    expect(notes).toContain('Need 200 units');
  });

  it('when Slack drops the socket and cannot give a new one yet, /healthz says 503 within a second; once it can, the app reconnects and serves', async () => {
    const opened = socket().connectionsOpened;
    app.slack.failAlways('apps.connections.open', { status: 503 });
    socket().drop();
    await eventually(async () => (await health(app)).status === 503);
    const down = await health(app);
    expect(down).toMatchObject({ status: 503 });
    expect(down.ms).toBeLessThan(1000);

    app.slack.clearFaults();
    await socket().waitForConnection(opened + 1, 30_000);
    await eventually(async () => (await health(app)).status === 200);
    const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead));
    expect(view.callback_id).toBe(VIEWS.newLead);
  });

  it('Slack’s routine rotation (a disconnect message) is followed by a new socket, and requests keep being served', async () => {
    const opened = socket().connectionsOpened;
    socket().askToReconnect();
    await socket().waitForConnection(opened + 1);
    const sent = await app.command('U_REP', COMMANDS.lead, 'list');
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(ACK_LIMIT_MS);
    await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId), 10_000);
  });

  it('an envelope redelivered after a reconnect (same envelope_id, retry_attempt 1) is acknowledged and handled once', async () => {
    const lead = await createLead(app, 'U_REP', 'Redelivered Co');
    await requestDiscount(app, 'U_REP', lead.id, '11');
    const step = await waitingStep(app, lead.id, 1);
    const count = () => ({
      opened: app.slack.callsTo('views.open').length,
      updated: app.slack.callsTo('chat.update').length,
      published: app.slack.callsTo('views.publish').length,
    });
    const before = count();
    const command = await app.command('U_REP', COMMANDS.lead);
    const clicked = await click(app, 'U_MGR', ACTIONS.approvalApprove, step);
    const home = await app.event({ type: 'app_home_opened', user: 'U_REP', channel: 'D_REP', tab: 'home' });
    const handled = await app.slack.waitFor(() => {
      const now = count();
      return now.opened > before.opened && now.updated > before.updated && now.published > before.published
        ? now
        : undefined;
    });
    expect(handled).toEqual({
      opened: before.opened + 1,
      updated: before.updated + 1,
      published: before.published + 1,
    });

    const opened = socket().connectionsOpened;
    socket().drop();
    await socket().waitForConnection(opened + 1);
    for (const sent of [command, clicked, home]) {
      const ack = await socket().redeliver(sent.envelopeId as string);
      expect(ack).toMatchObject({ connection: opened + 1 });
      expect(ack?.ms).toBeLessThan(ACK_LIMIT_MS);
    }
    await settle();

    expect(count()).toEqual(handled);
    // The redelivered Approve was not handled again: no "already decided" reply to it.
    expect(app.slack.responses.filter((r) => r.id === clicked.responseId)).toHaveLength(0);
    const events = await app.deps.approvalAudit.listEvents(app.teamId, { leadId: lead.id });
    expect(events.filter((row) => row.event.kind === 'approved')).toHaveLength(1);
    expect(app.logs()).toContain('duplicate Socket Mode envelope ignored');
  });
});
