import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createMonthStartTask } from '../../src/jobs/tasks/ledger.tasks.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { COMMISSION_BLOCKS } from '../../src/slack/ledger/commission-ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  createLead,
  eventually,
  privateReply,
  requestContract,
  setUpOrg,
  uploadedFile,
  waitingStep,
} from './approvals-helpers.js';

type Cell = { type: string; text?: string; value?: number };
type Block = { type: string; rows?: Cell[][]; elements?: { action_id?: string; value?: string }[] };

/** The data table of a message, as rows of cell texts. */
function tableOf(blocks: unknown): string[][] {
  const table = ((blocks ?? []) as Block[]).find((block) => block.type === 'data_table');
  return (table?.rows ?? []).map((row) => row.map((cell) => cell.text ?? ''));
}

/**
 * 抵扣提成 through Slack's wire format: the admin turns the hold-back on in the finance policy, a contract's balance
 * falls 40 days overdue, the statement holds that contract's commission with the reason; finance confirms the
 * payment of the balance and the next statement releases it.
 */
describe.each(DRIVERS)('commission held back while money is overdue, end to end (%s)', (driver) => {
  let app: TestApp;
  // 2026-01-05 10:00 in Shanghai: the contract is approved today, its balance falls due on 2026-02-04.
  const clock = fixedClock(new Date('2026-01-05T02:00:00Z'));
  const replyTo = async (user: string, command: string, text: string) => {
    const sent = await app.command(user, command, text);
    return (await privateReply(app, sent.responseId)).body as { text: string; blocks: unknown };
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
  }, 60_000);
  afterAll(() => app?.stop());

  it('the admin sets "hold while overdue more than 30 days" in the finance policy; a wrong value is refused inline', async () => {
    const planView = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.commission, 'plan'));
    expect((await app.submit('U_ADMIN', planView, { [BLOCKS.planBaseRate]: '3' })).outcome.kind).toBe('done');
    const policyView = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.contract, 'policy'));
    const hold = COMMISSION_BLOCKS.policyCommissionHoldDays;
    const wrong = await app.submit('U_ADMIN', policyView, { [hold]: '三十' });
    expect(wrong.outcome).toEqual({
      kind: 'errors',
      errors: {
        [hold]: 'Whole days from 1 to 3650, e.g. 30 — or leave it empty to never hold commission back.',
      },
    });
    expect((await app.submit('U_ADMIN', policyView, { [hold]: '30' })).outcome.kind).toBe('done');
    const reopened = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.contract, 'policy'));
    expect(JSON.stringify(reopened.blocks)).toContain('"initial_value":"30"');
  });

  it('an installment 40 days overdue holds the contract’s commission, with the reason, on the statement', async () => {
    const lead = await createLead(app, 'U_REP', 'Hold 暂扣 Co');
    await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '100000',
      [BLOCKS.upfrontPercent]: '30',
      [BLOCKS.deliveryDate]: '2026-02-04',
    });
    await approve(app, 'U_MGR', await waitingStep(app, lead.id, 1));
    const contract = await eventually(async () =>
      app.deps.contracts.findByNumber(app.teamId, 'HT-2026-0001'),
    );
    expect(contract.amountMinor).toBe(10_000_000);
    // The upfront is paid on time; in March (the balance 40 days overdue) ¥10,000 of it comes in.
    clock.set(new Date('2026-01-10T02:00:00Z'));
    expect(JSON.stringify(await replyTo('U_FIN', COMMANDS.payment, 'HT-2026-0001 ¥30,000'))).toContain(
      'Recorded',
    );
    clock.set(new Date('2026-03-16T02:00:00Z'));
    expect(JSON.stringify(await replyTo('U_FIN', COMMANDS.payment, 'HT-2026-0001 ¥10,000'))).toContain(
      'Recorded',
    );

    const january = await replyTo('U_REP', COMMANDS.commission, '2026-01');
    expect(tableOf(january.blocks)[1]).toEqual([
      'HT-2026-0001',
      'Hold 暂扣 Co',
      '¥30,000.00',
      '3%',
      '¥900.00',
      '—',
      '—',
      '¥900.00',
      '—',
    ]);

    const march = await replyTo('U_REP', COMMANDS.commission, '2026-03');
    const rows = tableOf(march.blocks);
    expect(rows[0]).toEqual([
      'Contract',
      'Customer',
      'Collected',
      'Rate',
      'Commission',
      'Held back',
      'Released',
      'Payable',
      'Reason',
    ]);
    expect(rows[1]).toEqual([
      'HT-2026-0001',
      'Hold 暂扣 Co',
      '¥10,000.00',
      '3%',
      '¥300.00',
      '¥300.00',
      '—',
      '¥0.00',
      'HT-2026-0001: ¥60,000.00 overdue 40 days',
    ]);
    expect(rows[2]).toEqual(['Total CNY', '—', '¥10,000.00', '—', '¥300.00', '¥300.00', '—', '¥0.00', '—']);
    // Clients without tables and notifications read the same sums in `text`.
    expect(march.text).toContain('earned ¥300.00 · held back ¥300.00 · released ¥0.00 · payable ¥0.00');
    expect(JSON.stringify(march.blocks)).toContain('more than 30 days overdue on 2026-03-16');

    // Finance reads it in Chinese.
    await app.deps.teams.updateMember(app.teamId, 'U_FIN', { language: 'zh-CN' });
    const zh = tableOf((await replyTo('U_FIN', COMMANDS.commission, '2026-03 <@U_REP|rep>')).blocks);
    expect(zh[0]).toContain('暂扣');
    expect(zh[1]?.[8]).toBe('HT-2026-0001：逾期 ¥60,000.00，已 40 天');
    await app.deps.teams.updateMember(app.teamId, 'U_FIN', { language: null });
  });

  it('the month-start statement and finance’s sheet carry the held commission; once finance confirms the balance, the next statement releases it', async () => {
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
    // The first working day of April: March's statement (cut off on 2026-03-31, 55 days overdue by then).
    clock.set(new Date('2026-04-01T01:00:00Z'));
    await scheduler.tick(clock.now());
    for (let pass = 0; pass < 5; pass++) if ((await worker.drainUntilIdle()).claimed === 0) break;
    const dm = app.slack
      .callsTo('chat.postMessage')
      .find((call) => call.args.channel === 'U_REP' && String(call.args.text).includes('Commission 2026-03'));
    expect(tableOf(dm?.args.blocks)[1]?.[8]).toBe('HT-2026-0001: ¥60,000.00 overdue 55 days');
    const csv = await eventually(async () =>
      app.slack.uploads
        .map((upload) => uploadedFile(upload.bytes))
        .find((text) => text.includes('Held back')),
    );
    expect(csv).toContain(
      'Rep,Contract,Customer,Currency,Collected,Commissionable,Rate %,Commission,Held back,Released,Payable,Reason',
    );
    expect(csv).toContain(
      'HT-2026-0001,Hold 暂扣 Co,CNY,10000.00,10000.00,3.00,300.00,300.00,0.00,0.00,"HT-2026-0001: ¥60,000.00 overdue 55 days"',
    );

    // April 20: the rep reports the balance, finance confirms it from the button.
    clock.set(new Date('2026-04-20T02:00:00Z'));
    expect(JSON.stringify(await replyTo('U_REP', COMMANDS.payment, 'HT-2026-0001 ¥60,000'))).toContain(
      'finance will confirm',
    );
    const notice = await eventually(async () =>
      app.slack
        .callsTo('chat.postMessage')
        .find(
          (call) =>
            call.args.channel === 'U_FIN' &&
            ((call.args.blocks ?? []) as Block[]).some((block) =>
              block.elements?.some((element) => element.action_id === ACTIONS.paymentConfirm),
            ),
        ),
    );
    const confirm = ((notice.args.blocks ?? []) as Block[])
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === ACTIONS.paymentConfirm);
    await app.action(
      'U_FIN',
      { action_id: ACTIONS.paymentConfirm, value: confirm?.value },
      { channelId: 'D_FIN', messageTs: '1.1' },
    );
    await eventually(async () =>
      (await app.deps.contracts.findByNumber(app.teamId, 'HT-2026-0001'))?.collectedMinor === 10_000_000
        ? true
        : undefined,
    );

    const april = await replyTo('U_REP', COMMANDS.commission, '2026-04');
    expect(tableOf(april.blocks)[1]).toEqual([
      'HT-2026-0001',
      'Hold 暂扣 Co',
      '¥60,000.00',
      '3%',
      '¥1,800.00',
      '—',
      '¥300.00',
      '¥2,100.00',
      'Released: held since 2026-03, the overdue money is collected',
    ]);
    expect(april.text).toContain('earned ¥1,800.00 · held back ¥0.00 · released ¥300.00 · payable ¥2,100.00');
    // March still reads as it was: what March held is history, not rewritten by April's payment.
    expect(tableOf((await replyTo('U_REP', COMMANDS.commission, '2026-03')).blocks)[1]?.[5]).toBe('¥300.00');
  });
});
