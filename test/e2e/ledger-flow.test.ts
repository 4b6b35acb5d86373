import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createMonthStartTask } from '../../src/jobs/tasks/ledger.tasks.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  createLead,
  dmsTo,
  eventually,
  privateReply,
  requestContract,
  setUpOrg,
  uploadedFile,
  waitingStep,
} from './approvals-helpers.js';

type Block = {
  elements?: { action_id?: string; value?: string }[];
  accessory?: { action_id?: string; value?: string };
};

/** The value of the first button with `actionId` (exact or as a prefix) in the blocks of any recorded call. */
function buttonIn(blocks: unknown, actionId: string): string | undefined {
  for (const block of (blocks ?? []) as Block[])
    for (const element of [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])])
      if (element.action_id === actionId || element.action_id?.startsWith(`${actionId}_`))
        return element.value;
  return undefined;
}

describe.each(DRIVERS)('after the win, end to end through signed payloads (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-03-02T02:00:00Z'));
  const reply = async (user: string, command: string, text: string) => {
    const sent = await app.command(user, command, text);
    return JSON.stringify((await privateReply(app, sent.responseId)).body);
  };
  const contractNow = async () => {
    const contract = await app.deps.contracts.findByNumber(app.teamId, 'HT-2026-0001');
    if (!contract) throw new Error('HT-2026-0001 is not in the ledger');
    return contract;
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
  }, 60_000);
  afterAll(() => app?.stop());

  it('contract approved → ledger → payment reported and confirmed → invoice at 60 % → delivery after the first payment → month end', async () => {
    // An admin sets the commission plan: 2 % on collected money.
    const planView = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.commission, 'plan'));
    expect((await app.submit('U_ADMIN', planView, { [BLOCKS.planBaseRate]: '2' })).outcome.kind).toBe('done');

    // The contract request is approved by the manager: the ledger has it.
    const lead = await createLead(app, 'U_REP', 'Ledger 账本 Co');
    await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '100000',
      [BLOCKS.upfrontPercent]: '30',
      [BLOCKS.deliveryDate]: '2026-04-15',
    });
    await approve(app, 'U_MGR', await waitingStep(app, lead.id, 1));
    const ledger = await reply('U_REP', COMMANDS.contract, 'ledger mine');
    expect(ledger).toContain('HT-2026-0001');
    expect(ledger).toContain('¥100,000.00');
    expect(
      await eventually(async () => dmsTo(app, 'U_REP').find((text) => text.includes('HT-2026-0001'))),
    ).toBeTruthy();

    // The lead card shows the contract: its status, collected and outstanding money and the collected %.
    const leadCard = await reply('U_REP', COMMANDS.lead, `#${lead.id}`);
    expect(leadCard).toContain('HT-2026-0001');
    expect(leadCard).toContain('(0%)');

    // Delivery before the signature names both things it waits for, and how to give them.
    const unsigned = await reply('U_REP', COMMANDS.deliver, 'HT-2026-0001');
    expect(unsigned).toContain(
      'Mark it signed first: `/contract HT-2026-0001` → *Mark signed*, with a link to the signed copy.',
    );
    expect(unsigned).toContain('No money is in yet: the first payment due is ¥30,000.00');
    expect((await contractNow()).status).toBe('approved');

    // The rep marks it signed from its card (a link to the signed copy is required).
    const card = await app.command('U_REP', COMMANDS.contract, 'HT-2026-0001');
    const signValue = buttonIn((await privateReply(app, card.responseId)).body.blocks, ACTIONS.contractSign);
    const signView = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.contractSign, value: signValue }),
    );
    const signed = await app.submit('U_REP', signView, {
      [BLOCKS.signedLink]: 'https://drive.example/HT-2026-0001.pdf',
    });
    expect(signed.outcome.kind).toBe('done');
    expect((await contractNow()).status).toBe('signed');

    // Delivery is refused before the first payment.
    const unpaid = await reply('U_REP', COMMANDS.deliver, 'HT-2026-0001');
    expect(unpaid).toContain('waits for the first payment');
    expect(unpaid).toContain('record it with `/payment HT-2026-0001 ¥30,000.00`');

    // The rep reports ¥40,000; it counts only once finance confirms it.
    expect(await reply('U_REP', COMMANDS.payment, 'HT-2026-0001 4万 今天 首付款')).toContain(
      'finance will confirm',
    );
    expect((await contractNow()).collectedMinor).toBe(0);
    const notice = await eventually(async () =>
      app.slack
        .callsTo('chat.postMessage')
        .find((call) => call.args.channel === 'U_FIN' && buttonIn(call.args.blocks, ACTIONS.paymentConfirm)),
    );
    await app.action(
      'U_FIN',
      { action_id: ACTIONS.paymentConfirm, value: buttonIn(notice.args.blocks, ACTIONS.paymentConfirm) },
      { channelId: 'D_FIN', messageTs: '1.1' },
    );
    expect((await contractNow()).collectedMinor).toBe(4_000_000);
    expect(
      app.slack.callsTo('chat.update').some((call) => JSON.stringify(call.args.blocks).includes('<@U_FIN>')),
    ).toBe(true);

    // Delivery is allowed after it, and noted in the lead's thread.
    expect(await reply('U_REP', COMMANDS.deliver, 'HT-2026-0001')).toContain('Delivery dispatched');
    expect((await contractNow()).status).toBe('delivering');
    expect(
      app.slack
        .callsTo('chat.postMessage')
        .some((call) => call.args.thread_ts && String(call.args.text).includes('dispatched the delivery')),
    ).toBe(true);

    // The invoice is refused at 40 %, with how much more must be collected.
    const refused = await reply('U_REP', COMMANDS.invoice, 'HT-2026-0001');
    expect(refused).toContain('Collect ¥20,000.00 more');
    expect(await app.deps.contracts.invoices(app.teamId, (await contractNow()).id)).toEqual([]);

    // Finance records ¥20,000 directly: 60 %. The invoice goes to finance, who approves and records it.
    expect(await reply('U_FIN', COMMANDS.payment, 'HT-2026-0001 ¥20,000 yesterday wire')).toContain(
      'Recorded',
    );
    expect(await reply('U_REP', COMMANDS.invoice, 'HT-2026-0001')).toContain('Needs approval from');
    const invoiceStep = await eventually(async () => {
      const [invoice] = await app.deps.contracts.invoices(app.teamId, (await contractNow()).id);
      const steps = invoice
        ? await app.deps.approvals.listSteps(app.teamId, invoice.approvalRequestId, 1)
        : [];
      return steps[0]?.messageTs ? steps[0] : undefined;
    });
    expect(invoiceStep.approverUserId).toBe('U_FIN');
    await approve(app, 'U_FIN', invoiceStep);
    const recordDm = await eventually(async () =>
      app.slack
        .callsTo('chat.postMessage')
        .find((call) => call.args.channel === 'U_FIN' && buttonIn(call.args.blocks, ACTIONS.invoiceIssue)),
    );
    const invoiceValue = buttonIn(recordDm.args.blocks, ACTIONS.invoiceIssue);
    const issueView = await app.viewFrom(() =>
      app.action('U_FIN', { action_id: `${ACTIONS.invoiceIssue}_${invoiceValue}`, value: invoiceValue }),
    );
    expect((await app.submit('U_FIN', issueView, { [BLOCKS.invoiceNumber]: 'FP-0001' })).outcome.kind).toBe(
      'done',
    );
    const [issued] = await app.deps.contracts.invoices(app.teamId, (await contractNow()).id);
    expect(issued).toMatchObject({ status: 'issued', invoiceNumber: 'FP-0001', amountMinor: 10_000_000 });

    // This month's statement: 2 % of ¥60,000.
    expect(await reply('U_REP', COMMANDS.commission, '2026-03')).toContain('¥1,200.00');

    // The first working day of April: the rep's statement, the sheet to finance, the reconciliation and its CSV.
    const scheduler = createScheduler({
      deps: app.deps,
      tasks: [createMonthStartTask(app.deps)],
      instanceId: 'e2e',
    });
    const worker = createOutboxWorker({
      deps: app.deps,
      client: new WebClient(FakeSlack.botToken, {
        slackApiUrl: app.slack.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
      }),
      options: { backoffBaseMs: 0, channelIntervalMs: 0 },
    });
    clock.set(new Date('2026-04-01T01:00:00Z'));
    await scheduler.tick(clock.now());
    for (let pass = 0; pass < 5; pass++) if ((await worker.drainUntilIdle()).claimed === 0) break;
    expect(dmsTo(app, 'U_REP').some((text) => text.includes('Commission 2026-03'))).toBe(true);
    expect(dmsTo(app, 'U_FIN').some((text) => text.includes('Month-end reconciliation 2026-03'))).toBe(true);
    const csv = await eventually(async () =>
      app.slack.uploads
        .map((upload) => uploadedFile(upload.bytes))
        .find((text) => text.includes('Contracts signed')),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Total,CNY,1,100000.00,60000.00,40000.00,100000.00,1200.00');

    // The commission sheet: finance, then the director, approve it through the approval engine.
    const sheetDm = await eventually(async () =>
      app.slack
        .callsTo('chat.postMessage')
        .find((call) => call.args.channel === 'U_FIN' && String(call.args.text).includes('Commission sheet')),
    );
    const approveValue = buttonIn(sheetDm.args.blocks, ACTIONS.approvalApprove) as string;
    await app.action('U_FIN', { action_id: ACTIONS.approvalApprove, value: approveValue });
    const directorDm = await eventually(async () =>
      app.slack
        .callsTo('chat.postMessage')
        .find((call) => call.args.channel === 'U_DIR' && buttonIn(call.args.blocks, ACTIONS.approvalApprove)),
    );
    await app.action('U_DIR', {
      action_id: ACTIONS.approvalApprove,
      value: buttonIn(directorDm.args.blocks, ACTIONS.approvalApprove),
    });
    expect((await app.deps.ledgerReports.findSheet(app.teamId, '2026-03'))?.status).toBe('approved');
  });

  it('reversing the payments an issued invoice and a dispatched delivery relied on tells finance and the rep, flags the contract until it is collected again', async () => {
    const reverseNext = async (reason: string) => {
      const card = await app.command('U_FIN', COMMANDS.contract, 'HT-2026-0001');
      const blocks = (await privateReply(app, card.responseId)).body.blocks as Block[];
      const button = blocks
        .flatMap((block) => [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])])
        .find((element) => element.action_id?.startsWith(`${ACTIONS.paymentReverse}_`));
      if (!button?.action_id) throw new Error('no Reverse button on the card');
      const view = await app.viewFrom(() =>
        app.action('U_FIN', { action_id: button.action_id as string, value: button.value }),
      );
      const { outcome } = await app.submit('U_FIN', view, { [BLOCKS.ledgerReason]: reason });
      if (outcome.kind !== 'done') throw new Error(`the reversal was not done: ${outcome.kind}`);
      return outcome.text;
    };
    const shortDms = () => dmsTo(app, 'U_REP').filter((text) => text.includes('stands on less money'));

    // ¥60,000 collected, invoice FP-0001 issued at 60 %, delivery dispatched. One payment bounces.
    const first = await reverseNext('the wire bounced');
    expect(first).toContain('It now stands on less money than the finance rules require');
    expect(first).toContain('Invoices FP-0001 (¥100,000.00) were approved once 60% was collected');
    expect(first).not.toContain('delivery went out');
    expect(await eventually(async () => shortDms()[0])).toContain('FP-0001');

    // The other one too: the delivery now has no confirmed payment behind it either.
    const second = await reverseNext('duplicate entry');
    expect(second).toContain('only ¥0.00 (0%) is collected now, ¥60,000.00 short of it');
    expect(second).toContain(
      'The delivery went out after the first payment; no confirmed payment stands behind it now.',
    );
    expect(second).toContain(
      'Next: collect ¥60,000.00 again and record it with `/payment HT-2026-0001 ¥60,000.00`',
    );
    expect(await eventually(async () => shortDms()[1])).toContain('no confirmed payment stands behind it');
    expect(await reply('U_REP', COMMANDS.contract, 'HT-2026-0001')).toContain(
      'Stands on less money than the rules require since a reversal: collect ¥60,000.00 again.',
    );

    // Collected again: the flag is gone.
    expect(await reply('U_FIN', COMMANDS.payment, 'HT-2026-0001 ¥60,000.00 today re-sent')).toContain(
      'Recorded',
    );
    expect(await reply('U_REP', COMMANDS.contract, 'HT-2026-0001')).not.toContain('Stands on less money');
  });

  it('a lead won before its contract: the win form says how to ask, and the contract request is then taken, approved and entered', async () => {
    const lead = await createLead(app, 'U_REP', 'Won First Co');
    const won = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.leadMarkWon, value: String(lead.id) }),
    );
    expect(JSON.stringify(won.blocks)).toContain('No approved contract yet');
    expect((await app.submit('U_REP', won, { [BLOCKS.wonAmount]: '80000' })).outcome.kind).toBe('done');
    expect((await app.deps.leads.findById(app.teamId, lead.id))?.stage).toBe('won');

    // A discount on a won deal is moot and still refused; its contract is not.
    expect(await reply('U_REP', COMMANDS.discount, `#${lead.id} 5`)).toContain(
      `Lead #${lead.id} is closed (won or lost): it can be read, not changed. To work on it again, reopen it first: \`/lead #${lead.id}\` → *Change stage*, to an open stage.`,
    );
    await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '80000',
      [BLOCKS.upfrontPercent]: '50',
      [BLOCKS.deliveryDate]: '2026-04-30',
    });
    const step = await waitingStep(app, lead.id, 1);
    expect(
      (await app.deps.approvalReminders.openRequestsOfClosedLeads()).map((row) => row.requestId),
    ).not.toContain(step.requestId);
    await approve(app, 'U_MGR', step);
    const [contract] = await app.deps.contracts.listForLead(app.teamId, lead.id);
    expect(contract).toMatchObject({ status: 'approved', amountMinor: 8_000_000 });
  });
});
