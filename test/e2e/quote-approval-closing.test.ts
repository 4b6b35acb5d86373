import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler, type Scheduler } from '../../src/jobs/scheduler.js';
import { createApprovalReminderTask } from '../../src/jobs/tasks/approval-reminders.task.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS } from '../../src/slack/ids.js';
import { CATALOG, seedPriceList } from '../features/quotes/quote-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { approve, click, createLead, eventually, setUpOrg, waitingStep } from './approvals-helpers.js';
import { latestButton, quoteSubmitted, recordingRenderer } from './quote-helpers.js';

const HOUR = 60 * 60 * 1000;
const DECISION_BUTTONS = [ACTIONS.approvalApprove, ACTIONS.approvalReject, ACTIONS.approvalRequestChanges];

/** How a quote's approval message in the lead's thread ends: decided, superseded by a new round, or swept. */
describe.each(DRIVERS)('a quote approval’s message closes with its request (%s)', (driver) => {
  let app: TestApp;
  let scheduler: Scheduler;
  const start = new Date('2026-12-07T02:00:00Z');
  const clock = fixedClock(start);

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    await seedPriceList(app.database, app.teamId, CATALOG);
    recordingRenderer(app);
    scheduler = createScheduler({
      deps: { clock, logger: app.deps.logger, scheduledRuns: app.deps.scheduledRuns },
      tasks: [createApprovalReminderTask(app.deps)],
    });
  }, 60_000);
  afterAll(() => app?.stop());

  /** The newest chat.update of the message at `ts`, as text. */
  const lastUpdateOf = (ts: string | null) =>
    JSON.stringify(
      app.slack
        .callsTo('chat.update')
        .filter((call) => call.args.ts === ts)
        .at(-1)?.args ?? null,
    );
  const quoteOfLead = async (leadId: number) =>
    (await app.deps.quotes.list({ teamId: app.teamId, owners: 'all', leadId, limit: 1 }))[0]?.quote;

  it('a decided quote approval is redrawn in the thread with the decision and no buttons left', async () => {
    const lead = await createLead(app);
    await quoteSubmitted(app, 'U_REP', lead.id, 'PUMP-100 1 ¥3,000 10%');
    const step = await waitingStep(app, lead.id, 1);
    await approve(app, 'U_MGR', step);
    const redrawn = await eventually(async () => {
      const text = lastUpdateOf(step.messageTs);
      return text.includes('Approved') ? text : undefined;
    });
    for (const button of DECISION_BUTTONS) expect(redrawn).not.toContain(button);
  }, 60_000);

  it('a quote sent back for changes and submitted again: the old round’s message says it is superseded by the new request, with no buttons', async () => {
    const lead = await createLead(app);
    await quoteSubmitted(app, 'U_REP', lead.id, 'PUMP-100 1 ¥3,000 10%');
    const first = await waitingStep(app, lead.id, 1);
    const reason = await app.viewFrom(() => click(app, 'U_MGR', ACTIONS.approvalRequestChanges, first));
    await app.submit('U_MGR', reason, { [BLOCKS.approvalReason]: 'Keep it at 5 %' });
    const again = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteSubmit));
    await app.action('U_REP', { action_id: ACTIONS.quoteSubmit, value: again }, { channelId: 'U_REP' });
    const second = await waitingStep(app, lead.id, 1);
    expect(second.requestId).not.toBe(first.requestId);

    const redrawn = await eventually(async () => {
      const text = lastUpdateOf(first.messageTs);
      return text.includes(`Superseded by request #${second.requestId}`) ? text : undefined;
    });
    // The note of the round it closes stays readable above the superseded line.
    expect(redrawn).toContain('Keep it at 5 %');
    for (const button of DECISION_BUTTONS) expect(redrawn).not.toContain(button);
    // The new round's own message is untouched: it still has its buttons.
    expect(lastUpdateOf(second.messageTs)).toBe('null');
  }, 60_000);

  it('a pending quote approval of a lead won by another path is closed by the sweep with a note: the thread and the rep are told to go on with the contract, and the quote is a draft again', async () => {
    const lead = await createLead(app);
    await quoteSubmitted(app, 'U_REP', lead.id, 'PUMP-100 1 ¥3,000 10%');
    const step = await waitingStep(app, lead.id, 1);
    await app.deps.leads.update(app.teamId, lead.id, { stage: 'won' }, null);
    await scheduler.tick(new Date(start.getTime() + HOUR));

    expect((await app.deps.approvals.findRequest(app.teamId, step.requestId))?.status).toBe('cancelled');
    expect(await quoteOfLead(lead.id)).toMatchObject({ status: 'draft', approvalRequestId: null });
    const outbox = await app.deps.outbox.listByTeam(app.teamId);
    const update = outbox.find(
      (row) => row.idempotencyKey === `approvals:cancel:${step.requestId}:update:${step.id}`,
    );
    const blocks = JSON.stringify(update?.payload.blocks);
    expect(blocks).toContain('the lead is won');
    expect(blocks).toContain('/contract');
    for (const button of DECISION_BUTTONS) expect(blocks).not.toContain(button);
    const dm = outbox.find((row) => row.idempotencyKey === `approvals:cancel:${step.requestId}:dm`);
    expect(String(dm?.payload.text)).toContain('the lead is won');
  }, 60_000);

  it('a pending quote approval of an open lead is left to its approver', async () => {
    const lead = await createLead(app);
    await quoteSubmitted(app, 'U_REP', lead.id, 'PUMP-100 1 ¥3,000 10%');
    const step = await waitingStep(app, lead.id, 1);
    await scheduler.tick(new Date(start.getTime() + 2 * HOUR));
    expect((await app.deps.approvals.findRequest(app.teamId, step.requestId))?.status).toBe('pending');
  }, 60_000);
});
