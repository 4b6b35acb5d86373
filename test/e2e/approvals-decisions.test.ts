import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalStep } from '../../src/features/approvals/approvals.types.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  buttonValue,
  click,
  createLead,
  dmsTo,
  eventually,
  hasButtons,
  privateReply,
  requestDiscount,
  SALES_CHANNEL,
  setUpOrg,
  waitingStep,
} from './approvals-helpers.js';

describe.each(DRIVERS)('deal desk: who may decide, and exactly once (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    await setUpOrg(app);
  });
  afterAll(() => app?.stop());

  async function pendingDiscount(percent = '12', requester = 'U_REP'): Promise<ApprovalStep> {
    const lead = await createLead(app, requester);
    await requestDiscount(app, requester, lead.id, percent);
    return waitingStep(app, lead.id, 1);
  }

  async function stateOf(step: ApprovalStep) {
    const request = await app.deps.approvals.findRequest(app.teamId, step.requestId);
    const steps = await app.deps.approvals.listSteps(app.teamId, step.requestId, step.revision);
    const events = await app.deps.approvalAudit.listEvents(app.teamId, { leadId: request?.leadId ?? -1 });
    return { request, steps, events: events.map((row) => row.event.kind) };
  }

  it.each([
    ['a rep', 'U_PEER', undefined],
    ['a manager of another team', 'U_OTHERMGR', undefined],
    ['the requester themselves', 'U_REP', undefined],
    ['the approver’s namesake in another Slack workspace', 'U_MGR', 'T_OTHER'],
  ])('%s clicking Approve is refused privately and nothing changes', async (_who, user, teamId) => {
    const step = await pendingDiscount();
    const before = await stateOf(step);
    const updates = app.slack.callsTo('chat.update').length;
    const sent = await click(app, user, ACTIONS.approvalApprove, step, teamId);
    const reply = await privateReply(app, sent.responseId);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toMatch(/Nothing was changed|no longer exists/);
    expect(await stateOf(step)).toEqual(before);
    expect(app.slack.callsTo('chat.update').length).toBe(updates);
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('50 concurrent Approve clicks from the approver make exactly one decision and one message update', async () => {
    const step = await pendingDiscount();
    const updates = app.slack.callsTo('chat.update').length;
    const sent = await Promise.all(
      Array.from({ length: 50 }, () => click(app, 'U_MGR', ACTIONS.approvalApprove, step)),
    );
    expect(sent.every((result) => result.status === 200)).toBe(true);
    await eventually(async () => (await stateOf(step)).request?.status === 'approved');
    const late = await app.slack.waitFor(() => {
      const replies = sent.map((s) => app.slack.responses.find((r) => r.id === s.responseId));
      return replies.filter(Boolean).length === 49 ? replies : undefined;
    });
    expect(late.filter((r) => String(r?.body.text).includes('already decided by <@U_MGR>'))).toHaveLength(49);
    const { events } = await stateOf(step);
    expect(events.filter((kind) => kind === 'approved')).toHaveLength(1);
    expect(app.slack.callsTo('chat.update').length - updates).toBe(1);
  });

  it('the same click delivered twice (a Slack retry) decides once; the second is told who decided and when', async () => {
    const step = await pendingDiscount();
    await approve(app, 'U_MGR', step);
    const again = await click(app, 'U_MGR', ACTIONS.approvalApprove, step);
    const reply = await privateReply(app, again.responseId);
    expect(String(reply.body.text)).toMatch(/already decided by <@U_MGR> <!date\^\d+\^/);
    expect((await stateOf(step)).events.filter((kind) => kind === 'approved')).toHaveLength(1);
  });

  it('reject asks for a reason, which the thread message and the requester see', async () => {
    const step = await pendingDiscount();
    const view = await app.viewFrom(() => click(app, 'U_MGR', ACTIONS.approvalReject, step));
    expect(view.callback_id).toBe(VIEWS.approvalReason);
    const empty = await app.submit('U_MGR', view, { [BLOCKS.approvalReason]: '' });
    expect(empty.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCKS.approvalReason]: 'This field is required.' },
    });
    const before = app.slack.callsTo('chat.update').length;
    const saved = await app.submit('U_MGR', view, { [BLOCKS.approvalReason]: 'Margin too thin <!channel>' });
    expect(saved.outcome.kind).toBe('done');
    await app.slack.waitFor(() => app.slack.callsTo('chat.update').length > before);
    const update = app.slack.lastCall('chat.update');
    expect(hasButtons(update?.args.blocks)).toBe(false);
    expect(JSON.stringify(update?.args.blocks)).toContain('Margin too thin &lt;!channel&gt;');
    const { request, steps } = await stateOf(step);
    expect(request?.status).toBe('rejected');
    expect(steps[0]).toMatchObject({
      status: 'rejected',
      comment: 'Margin too thin <!channel>',
      decidedByUserId: 'U_MGR',
    });
    await app.slack.waitFor(() =>
      dmsTo(app, 'U_REP').some((t) => t.includes('rejected') && t.includes('Margin too thin')),
    );
  });

  it('request changes → the requester revises → a new revision in the same thread is approved; history kept', async () => {
    const step = await pendingDiscount('14');
    const view = await app.viewFrom(() => click(app, 'U_MGR', ACTIONS.approvalRequestChanges, step));
    await app.submit('U_MGR', view, { [BLOCKS.approvalReason]: 'Add the competitor quote' });
    await eventually(async () => (await stateOf(step)).request?.status === 'changes_requested');
    const dm = await app.slack.waitFor(() =>
      app.slack
        .callsTo('chat.postMessage')
        .find(
          (c) =>
            c.args.channel === 'U_REP' &&
            JSON.stringify(c.args.blocks ?? '').includes(ACTIONS.approvalRevise),
        ),
    );
    expect(String(dm.args.text)).toContain('Add the competitor quote');
    const peer = await app.action('U_PEER', {
      action_id: ACTIONS.approvalRevise,
      value: String(step.requestId),
    });
    expect(String((await privateReply(app, peer.responseId)).body.text)).toContain(
      'Only <@U_REP>, who made this request, can revise or withdraw it',
    );
    const revise = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.approvalRevise, value: String(step.requestId) }),
    );
    expect(revise.blocks?.find((b) => b.block_id === BLOCKS.discountPercent)?.element?.initial_value).toBe(
      '14',
    );
    await app.submit('U_REP', revise, {
      [BLOCKS.discountPercent]: '13',
      [BLOCKS.justification]: 'Competitor quote attached',
    });
    const second = await eventually(async () => {
      const request = await app.deps.approvals.findRequest(app.teamId, step.requestId);
      if (request?.revision !== 2) return undefined;
      const [first] = await app.deps.approvals.listSteps(app.teamId, step.requestId, 2);
      return first?.messageTs ? first : undefined;
    });
    const posted = app.slack
      .callsTo('chat.postMessage')
      .find((c) => JSON.stringify(c.args.blocks ?? '').includes(buttonValue(second)));
    expect(posted?.args).toMatchObject({ channel: SALES_CHANNEL, thread_ts: '1700000000.000100' });
    await approve(app, 'U_MGR', second);
    const { events } = await stateOf(second);
    expect(events).toEqual([
      'requested',
      'step_routed',
      'changes_requested',
      'revised',
      'step_routed',
      'approved',
      'completed',
    ]);
    const request = await app.deps.approvals.findRequest(app.teamId, step.requestId);
    expect((await app.deps.leads.findById(app.teamId, request?.leadId ?? 0))?.approvedDiscountPercent).toBe(
      13,
    );
    expect((await app.deps.approvals.listSteps(app.teamId, step.requestId, 1))[0]?.status).toBe(
      'changes_requested',
    );
  });

  it('the requester cancels; the buttons disappear and a later Approve is refused', async () => {
    const step = await pendingDiscount();
    const peer = await click(app, 'U_PEER', ACTIONS.approvalCancel, step);
    expect(String((await privateReply(app, peer.responseId)).body.text)).toContain(
      'Only <@U_REP>, who made this request, can revise or withdraw it',
    );
    const before = app.slack.callsTo('chat.update').length;
    await click(app, 'U_REP', ACTIONS.approvalCancel, step);
    await app.slack.waitFor(() => app.slack.callsTo('chat.update').length > before);
    expect(JSON.stringify(app.slack.lastCall('chat.update')?.args.blocks)).toContain('Cancelled by <@U_REP>');
    expect((await stateOf(step)).request?.status).toBe('cancelled');
    const late = await click(app, 'U_MGR', ACTIONS.approvalApprove, step);
    expect(String((await privateReply(app, late.responseId)).body.text)).toBe(
      'This request was cancelled: nothing is left to decide. If it is still needed, make a new request (`/discount`, `/contract` or `/invoice`).',
    );
    expect((await stateOf(step)).events).not.toContain('approved');
  });

  it('“Approve at…” approves a lower discount; below the director band the director step is skipped', async () => {
    const step = await pendingDiscount('20');
    const view = await app.viewFrom(() => click(app, 'U_MGR', ACTIONS.approvalApproveAt, step));
    expect(view.callback_id).toBe(VIEWS.approvalCounterOffer);
    const tooHigh = await app.submit('U_MGR', view, { [BLOCKS.counterOfferPercent]: '25' });
    expect(tooHigh.json).toMatchObject({ response_action: 'errors' });
    await app.submit('U_MGR', view, {
      [BLOCKS.counterOfferPercent]: '12',
      [BLOCKS.approvalReason]: 'Best I can do',
    });
    const { request, steps } = await eventually(async () => {
      const state = await stateOf(step);
      return state.request?.status === 'approved' ? state : undefined;
    });
    expect(request?.status).toBe('approved');
    expect(steps.map((s) => [s.role, s.status, s.approvedValue])).toEqual([
      ['manager', 'approved', 12],
      ['director', 'skipped', null],
    ]);
    expect((await app.deps.leads.findById(app.teamId, request?.leadId ?? 0))?.approvedDiscountPercent).toBe(
      12,
    );
  });

  it('an admin may override, recorded as an override', async () => {
    const step = await pendingDiscount();
    await approve(app, 'U_ADMIN', step);
    const [decided] = (await stateOf(step)).steps;
    expect(decided).toMatchObject({ status: 'approved', decidedByUserId: 'U_ADMIN', via: 'admin_override' });
    expect(JSON.stringify(app.slack.lastCall('chat.update')?.args.blocks)).toContain('admin override');
  });

  it('a manager delegates with /salesflow delegate; the delegate decides, recorded as delegate; off ends it', async () => {
    const set = await app.command('U_MGR', COMMANDS.salesflow, 'delegate <@U_DEL|del> until 2099-12-31');
    expect(String((await privateReply(app, set.responseId)).body.text)).toContain('<@U_DEL>');
    const step = await pendingDiscount();
    await app.slack.waitFor(() => dmsTo(app, 'U_DEL').some((t) => t.includes('standing in for <@U_MGR>')));
    await approve(app, 'U_DEL', step);
    expect((await stateOf(step)).steps[0]).toMatchObject({ decidedByUserId: 'U_DEL', via: 'delegate' });

    const off = await app.command('U_MGR', COMMANDS.salesflow, 'delegate off');
    expect(String((await privateReply(app, off.responseId)).body.text)).toContain('Delegation is off');
    const next = await pendingDiscount();
    const refused = await click(app, 'U_DEL', ACTIONS.approvalApprove, next);
    expect(String((await privateReply(app, refused.responseId)).body.text)).toContain('Nothing was changed');
  });
});
