import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler, type Scheduler } from '../../src/jobs/scheduler.js';
import { createApprovalReminderTask } from '../../src/jobs/tasks/approval-reminders.task.js';
import { fixedClock } from '../../src/lib/clock.js';
import { BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  createLead,
  eventually,
  privateReply,
  requestContract,
  requestDiscount,
  requestOf,
  setUpOrg,
  uploadedFile,
  waitingStep,
} from './approvals-helpers.js';

const HOUR = 60 * 60 * 1000;
/** Monday 2026-03-02, 10:00 in Shanghai. */
const MONDAY_10 = new Date('2026-03-02T02:00:00Z');

describe.each(DRIVERS)('deal desk: reminders, escalation, policy, audit (%s)', (driver) => {
  let app: TestApp;
  let scheduler: Scheduler;
  const clock = fixedClock(MONDAY_10);

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    scheduler = createScheduler({
      deps: { clock, logger: app.deps.logger, scheduledRuns: app.deps.scheduledRuns },
      tasks: [createApprovalReminderTask(app.deps)],
    });
  });
  afterAll(() => app?.stop());

  const outboxKeys = async () =>
    (await app.deps.outbox.listByTeam(app.teamId)).map((row) => row.idempotencyKey);

  it('a step waiting 4 working hours gets one reminder DM; after 1 working day it escalates to the approver’s manager', async () => {
    clock.set(MONDAY_10);
    const lead = await createLead(app);
    await requestDiscount(app, 'U_REP', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);

    await scheduler.tick(new Date(MONDAY_10.getTime() + 3.9 * HOUR));
    expect((await outboxKeys()).filter((key) => key.includes(`:${step.id}:`))).toEqual([]);

    await scheduler.tick(new Date(MONDAY_10.getTime() + 4 * HOUR));
    await scheduler.tick(new Date(MONDAY_10.getTime() + 5 * HOUR));
    const reminders = (await app.deps.outbox.listByTeam(app.teamId)).filter(
      (row) => row.idempotencyKey === `approvals:remind:${step.id}:dm`,
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.payload).toMatchObject({ channel: 'U_MGR' });
    expect(String(reminders[0]?.payload.text)).toContain('still waiting for your approval');

    // Monday 18:30 is 8 working hours; Tuesday 10:00 is 9, one working day.
    await scheduler.tick(new Date(MONDAY_10.getTime() + 8.5 * HOUR));
    expect((await outboxKeys()).some((key) => key.startsWith(`approvals:escalate:${step.id}`))).toBe(false);
    await scheduler.tick(new Date(MONDAY_10.getTime() + 24 * HOUR));
    const escalation = (await app.deps.outbox.listByTeam(app.teamId)).filter((row) =>
      row.idempotencyKey.startsWith(`approvals:escalate:${step.id}`),
    );
    expect(escalation.map((row) => [row.method, row.payload.channel]).sort()).toEqual([
      ['chat.postMessage', 'U_DIR'],
      ['chat.postMessage', 'U_MGR'],
      ['chat.update', step.messageChannelId],
    ]);
    const [escalated] = await app.deps.approvals.listSteps(app.teamId, step.requestId, 1);
    expect(escalated).toMatchObject({ escalatedToUserId: 'U_DIR', status: 'pending' });
    const events = await app.deps.approvalAudit.listEvents(app.teamId, { leadId: lead.id });
    expect(events.map((row) => row.event.kind)).toEqual([
      'requested',
      'step_routed',
      'reminded',
      'escalated',
    ]);

    // The manager it escalated to may now decide.
    await approve(app, 'U_DIR', escalated as never);
    await eventually(async () => (await requestOf(app, lead.id))?.status === 'approved');
  });

  it('a request sent on Friday evening is not reminded before Monday working hours', async () => {
    const friday18 = new Date('2026-03-06T10:00:00Z'); // 18:00 in Shanghai
    clock.set(friday18);
    const lead = await createLead(app);
    await requestDiscount(app, 'U_REP', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);
    await scheduler.tick(new Date('2026-03-09T04:59:00Z')); // Monday 12:59: 3h59 of work
    expect((await outboxKeys()).some((key) => key.startsWith(`approvals:remind:${step.id}`))).toBe(false);
    await scheduler.tick(new Date('2026-03-09T05:00:00Z'));
    expect((await outboxKeys()).some((key) => key.startsWith(`approvals:remind:${step.id}`))).toBe(true);
  });

  it('a request whose lead is closed is cancelled automatically and its message updated', async () => {
    clock.set(MONDAY_10);
    const lead = await createLead(app);
    await requestDiscount(app, 'U_REP', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);
    await app.deps.leads.update(app.teamId, lead.id, { stage: 'lost' }, null);
    await scheduler.tick(new Date(MONDAY_10.getTime() + HOUR));
    expect((await requestOf(app, lead.id))?.status).toBe('cancelled');
    const update = (await app.deps.outbox.listByTeam(app.teamId)).find(
      (row) => row.idempotencyKey === `approvals:cancel:${step.requestId}:update:${step.id}`,
    );
    expect(JSON.stringify(update?.payload.blocks)).toContain('the lead is closed');
  });

  it('a win cancels a pending discount but keeps a pending contract, which a loss then cancels', async () => {
    clock.set(MONDAY_10);
    const discounted = await createLead(app);
    await requestDiscount(app, 'U_REP', discounted.id, '12');
    const contracted = await createLead(app);
    await requestContract(app, 'U_REP', contracted.id, {
      [BLOCKS.contractAmount]: '900000',
      [BLOCKS.upfrontPercent]: '30',
      [BLOCKS.deliveryDate]: '2026-05-01',
    });
    await waitingStep(app, discounted.id, 1);
    await waitingStep(app, contracted.id, 1);
    for (const lead of [discounted, contracted])
      await app.deps.leads.update(app.teamId, lead.id, { stage: 'won' }, null);
    await scheduler.tick(new Date(MONDAY_10.getTime() + HOUR));
    expect((await requestOf(app, discounted.id))?.status).toBe('cancelled');
    expect((await requestOf(app, contracted.id))?.status).toBe('pending');
    await app.deps.leads.update(app.teamId, contracted.id, { stage: 'lost' }, null);
    await scheduler.tick(new Date(MONDAY_10.getTime() + 2 * HOUR));
    expect((await requestOf(app, contracted.id))?.status).toBe('cancelled');
  });

  it('an admin edits the policy in a modal; the new threshold applies; others only read it', async () => {
    const view = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.salesflow, 'policy'));
    expect(view.callback_id).toBe(VIEWS.approvalPolicy);
    const bad = await app.submit('U_ADMIN', view, { [BLOCKS.policyManagerDiscount]: '2' });
    expect(bad.json).toMatchObject({
      response_action: 'errors',
      errors: { [BLOCKS.policyManagerDiscount]: expect.any(String) },
    });
    const forged = await app.submit('U_REP', view, { [BLOCKS.policyAutoDiscount]: '6' });
    expect(forged.outcome).toMatchObject({ kind: 'refused', notice: expect.stringContaining('Only admins') });
    expect((await app.deps.approvalPolicies.find(app.teamId))?.autoApproveDiscountPercent ?? 5).toBe(5);
    const saved = await app.submit('U_ADMIN', view, { [BLOCKS.policyAutoDiscount]: '8' });
    expect(saved.outcome.kind).toBe('done');
    expect((await app.deps.approvalPolicies.find(app.teamId))?.autoApproveDiscountPercent).toBe(8);

    const lead = await createLead(app);
    await requestDiscount(app, 'U_REP', lead.id, '7.5');
    await eventually(async () => (await requestOf(app, lead.id))?.status === 'approved');

    const read = await app.command('U_REP', COMMANDS.salesflow, 'policy');
    const reply = String((await privateReply(app, read.responseId)).body.text);
    expect(reply).toContain('Discounts up to 8%: automatic');
    expect(reply).toContain('Only admins can change it.');
  });

  it('/salesflow audit uploads a CSV of who did what, when, the decision and the comment', async () => {
    clock.set(MONDAY_10);
    const lead = await createLead(app, 'U_REP', 'Audit, "Quoted" Ltd');
    await requestDiscount(app, 'U_REP', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);
    const view = await app.viewFrom(() =>
      app.action(
        'U_MGR',
        { action_id: 'approval_reject', value: `${step.requestId}:1:1` },
        { messageTs: step.messageTs ?? '' },
      ),
    );
    await app.submit('U_MGR', view, { [BLOCKS.approvalReason]: '=cmd() margin, too "low"' });
    await eventually(async () => (await requestOf(app, lead.id))?.status === 'rejected');

    const uploads = app.slack.uploads.length;
    await app.command('U_MGR', COMMANDS.salesflow, `audit #${lead.id}`);
    const upload = await app.slack.waitFor(() => app.slack.uploads[uploads]);
    const complete = await app.slack.waitFor(() => app.slack.lastCall('files.completeUploadExternal'));
    expect(complete.args.channel_id).toBe('D_MGR');
    const lines = uploadedFile(upload.bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'when,lead_id,company,request_id,kind,revision,step,what,who,concerning,via,value,comment',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      `2026-03-02T02:00:00.000Z,${lead.id},"Audit, ""Quoted"" Ltd",${step.requestId},discount,1,,requested,U_REP,,,,`,
    );
    expect(lines[2]).toContain(',step_routed,salesflow,U_MGR,');
    expect(lines[3]).toBe(
      `2026-03-02T02:00:00.000Z,${lead.id},"Audit, ""Quoted"" Ltd",${step.requestId},discount,1,1,rejected,U_MGR,U_MGR,approver,,"'=cmd() margin, too ""low"""`,
    );

    const peer = await app.command('U_PEER', COMMANDS.salesflow, `audit #${lead.id}`);
    expect(String((await privateReply(app, peer.responseId)).body.text)).toBe('No approvals recorded yet.');
  });

  it('a Chinese-speaking rep gets the request message and the decision in Chinese', async () => {
    clock.set(MONDAY_10);
    const lead = await createLead(app, 'U_ZH');
    await requestDiscount(app, 'U_ZH', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);
    const posted = app.slack
      .callsTo('chat.postMessage')
      .find((call) => JSON.stringify(call.args.blocks ?? '').includes(`${step.requestId}:1:1`));
    expect(String(posted?.args.text)).toContain('折扣申请');
    expect(JSON.stringify(posted?.args.blocks)).toContain('批准');
    await approve(app, 'U_MGR', step);
    await app.slack.waitFor(() =>
      app.slack
        .callsTo('chat.postMessage')
        .some((c) => c.args.channel === 'U_ZH' && String(c.args.text).includes('已批准（12%）')),
    );
  });
});
