import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  createLead,
  dmsTo,
  eventually,
  hasButtons,
  privateReply,
  requestContract,
  requestDiscount,
  requestOf,
  SALES_CHANNEL,
  setUpOrg,
  THREAD_TS,
  waitingStep,
} from './approvals-helpers.js';

describe.each(DRIVERS)('deal desk: each policy band end to end (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    await setUpOrg(app);
  });
  afterAll(() => app?.stop());

  it('a discount within 5% is approved automatically, recorded with no approver, and shown on the lead', async () => {
    const lead = await createLead(app);
    const { saved } = await requestDiscount(app, 'U_REP', lead.id, '4');
    expect(saved.outcome.kind).toBe('done');
    const request = await eventually(async () => {
      const r = await requestOf(app, lead.id);
      return r?.status === 'approved' ? r : undefined;
    });
    expect(request.stepCount).toBe(0);
    expect(await app.deps.approvals.listSteps(app.teamId, request.id, 1)).toEqual([]);
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.approvedDiscountPercent).toBe(4);
    await app.slack.waitFor(() =>
      dmsTo(app, 'U_REP').some((text) => text.includes('approved automatically')),
    );
    const events = await app.deps.approvalAudit.listEvents(app.teamId, { leadId: lead.id });
    expect(events.map((row) => row.event.kind)).toEqual(['requested', 'auto_approved']);
  });

  it('a 12% discount goes to the rep’s manager in the lead’s thread; the manager approves and the card records it', async () => {
    const lead = await createLead(app);
    await requestDiscount(app, 'U_REP', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);
    expect(step).toMatchObject({ role: 'manager', approverUserId: 'U_MGR', messageChannelId: SALES_CHANNEL });
    const posted = app.slack
      .callsTo('chat.postMessage')
      .find((call) => JSON.stringify(call.args.blocks ?? '').includes(`${step.requestId}:1:1`));
    expect(posted?.args.thread_ts).toBe(THREAD_TS);
    expect(String(posted?.args.text)).toContain('<@U_MGR>');
    expect(hasButtons(posted?.args.blocks)).toBe(true);
    await app.slack.waitFor(() =>
      dmsTo(app, 'U_MGR').some((text) => text.includes('https://salesflow-test.slack.com/archives/')),
    );

    await approve(app, 'U_MGR', step);
    const update = app.slack.lastCall('chat.update');
    expect(update?.args).toMatchObject({ channel: SALES_CHANNEL, ts: step.messageTs });
    expect(hasButtons(update?.args.blocks)).toBe(false);
    expect(JSON.stringify(update?.args.blocks)).toContain('Approved by <@U_MGR>');
    const request = await eventually(async () => {
      const r = await requestOf(app, lead.id);
      return r?.status === 'approved' ? r : undefined;
    });
    expect(request.currentStep).toBe(0);
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.approvedDiscountPercent).toBe(12);
    await app.slack.waitFor(() =>
      dmsTo(app, 'U_REP').some(
        (text) => text.includes(`#${request.id}`) && text.includes('is approved (12%)'),
      ),
    );
  });

  it('the lead card lists its approvals and who a pending one waits on', async () => {
    const lead = await createLead(app);
    await requestDiscount(app, 'U_REP', lead.id, '12');
    await waitingStep(app, lead.id, 1);
    const shown = await app.command('U_REP', COMMANDS.lead, `#${lead.id}`);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === shown.responseId));
    expect(JSON.stringify(reply.body.blocks)).toContain(
      '*Approvals*\\n• Discount 12% · pending · waiting on <@U_MGR>',
    );
  });

  it('a 20% discount needs the manager and then the director', async () => {
    const lead = await createLead(app);
    await requestDiscount(app, 'U_REP', lead.id, '20');
    const first = await waitingStep(app, lead.id, 1);
    expect(first.approverUserId).toBe('U_MGR');
    await approve(app, 'U_MGR', first);
    const second = await waitingStep(app, lead.id, 2);
    expect(second).toMatchObject({ role: 'director', approverUserId: 'U_DIR' });
    expect((await requestOf(app, lead.id))?.status).toBe('pending');
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.approvedDiscountPercent).toBeNull();
    await approve(app, 'U_DIR', second);
    await eventually(async () => (await requestOf(app, lead.id))?.status === 'approved');
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.approvedDiscountPercent).toBe(20);
  });

  it('a large contract with little upfront goes manager → director → finance, and the lead records the amount', async () => {
    const lead = await createLead(app);
    const { view, saved } = await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '600,000',
      [BLOCKS.upfrontPercent]: '20',
      [BLOCKS.paymentTerms]: '20% upfront, rest on delivery',
      [BLOCKS.draftLink]: 'https://docs.example.com/contract-1',
    });
    expect(view.blocks?.some((block) => block.block_id === BLOCKS.approvalRoute)).toBe(true);
    expect(saved.outcome.kind).toBe('done');
    const manager = await waitingStep(app, lead.id, 1);
    expect(manager).toMatchObject({ role: 'manager', approverUserId: 'U_MGR' });
    await approve(app, 'U_MGR', manager);
    const director = await waitingStep(app, lead.id, 2);
    expect(director.approverUserId).toBe('U_DIR');
    await approve(app, 'U_DIR', director);
    const finance = await waitingStep(app, lead.id, 3);
    expect(finance).toMatchObject({ role: 'finance', approverUserId: 'U_FIN' });
    await approve(app, 'U_FIN', finance);
    await eventually(async () => (await requestOf(app, lead.id))?.status === 'approved');
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.approvedContractAmount).toBe(600000);
  });

  it('a manager’s own request starts one level up, with the director', async () => {
    const lead = await createLead(app, 'U_MGR');
    await requestDiscount(app, 'U_MGR', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);
    expect(step.approverUserId).toBe('U_DIR');
    expect((await requestOf(app, lead.id))?.stepCount).toBe(1);
  });

  it('a rep with no manager is told at once and the admins are told what to configure; nothing is stored', async () => {
    const lead = await createLead(app, 'U_LONE');
    const { saved } = await requestDiscount(app, 'U_LONE', lead.id, '12');
    expect(saved.outcome.kind).toBe('done');
    await app.slack.waitFor(() =>
      dmsTo(app, 'U_LONE').some((text) => text.includes('you have no manager set')),
    );
    await app.slack.waitFor(() =>
      dmsTo(app, 'U_ADMIN').some((text) => text.includes('<@U_LONE>') && text.includes('/salesflow')),
    );
    expect(await requestOf(app, lead.id)).toBeUndefined();
  });

  it('the modal shows who will approve before submitting, from the percent typed in /discount', async () => {
    const lead = await createLead(app);
    const view = await app.viewFrom(() => app.command('U_REP', '/discount', `#${lead.id} 20`));
    const route = JSON.stringify(view.blocks?.find((block) => block.block_id === BLOCKS.approvalRoute));
    expect(route).toContain('<@U_MGR>');
    expect(route).toContain('<@U_DIR>');
    const updated = await app.viewFrom(
      () =>
        app.action(
          'U_REP',
          {
            action_id: BLOCKS.discountPercent,
            block_id: BLOCKS.discountPercent,
            type: 'plain_text_input',
            value: '3',
          },
          {
            view: {
              ...view,
              blocks: view.blocks?.map((b) =>
                b.block_id === BLOCKS.discountPercent && b.element
                  ? { ...b, element: { ...b.element, initial_value: '3' } }
                  : b,
              ),
            },
          },
        ),
      'views.update',
    );
    expect(
      JSON.stringify(updated.blocks?.find((block) => block.block_id === BLOCKS.approvalRoute)),
    ).toContain('automatically');
  });

  it('/discount finds the lead by name; several matches offer a choice, none a clear message', async () => {
    await createLead(app, 'U_REP', 'Zenith Motors North');
    await createLead(app, 'U_REP', 'Zenith Motors South');
    const several = await app.command('U_REP', '/discount', 'zenith 10');
    const pick = await privateReply(app, several.responseId);
    expect(JSON.stringify(pick.body.blocks)).toContain(ACTIONS.approvalPickLead);
    const none = await app.command('U_REP', '/discount', 'nosuchcompany 10');
    expect(String((await privateReply(app, none.responseId)).body.text)).toContain('No lead matches');
  });

  it('invalid input is refused inline in the modal', async () => {
    const lead = await createLead(app);
    const view = await app.viewFrom(() => app.command('U_REP', '/discount', `#${lead.id}`));
    const saved = await app.submit('U_REP', view, {
      [BLOCKS.discountPercent]: '120',
      [BLOCKS.justification]: '',
    });
    expect(saved.json).toEqual({
      response_action: 'errors',
      errors: {
        [BLOCKS.discountPercent]: 'Enter a percent between 0 and 100, e.g. 12.5.',
        [BLOCKS.justification]: 'This field is required.',
      },
    });
  });

  it('a Chinese-speaking rep sees the contract modal and its errors in Chinese', async () => {
    const lead = await createLead(app, 'U_ZH');
    const view = (await app.viewFrom(() => app.command('U_ZH', '/contract', `#${lead.id}`))) as {
      title?: { text: string };
    };
    expect(view.title?.text).toBe('合同审批');
    const saved = await app.submit('U_ZH', view as never, {
      [BLOCKS.contractAmount]: 'abc',
      [BLOCKS.upfrontPercent]: '',
    });
    expect(saved.json).toEqual({
      response_action: 'errors',
      errors: {
        [BLOCKS.contractAmount]: '不是金额：请填写数字，例如 300000、300,000.50、30万 或 300k。',
        [BLOCKS.upfrontPercent]: '此项必填。',
      },
    });
  });

  it('the card offers the request buttons, which open the modal', async () => {
    const lead = await createLead(app);
    const view = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.leadRequestDiscount, value: String(lead.id) }),
    );
    expect(view.callback_id).toBe('approval_discount_request');
  });
});
