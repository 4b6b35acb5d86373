import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { dataBlockProblems } from '../helpers/fake-slack-data-blocks.js';
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

type Json = Record<string, unknown>;
type Cell = { type: string; text?: string; value?: number };
type Block = {
  type?: string;
  rows?: Cell[][];
  elements?: { action_id?: string; value?: string }[];
  accessory?: { action_id?: string; value?: string };
};

const buttonsOf = (blocks: unknown) =>
  ((blocks ?? []) as Block[]).flatMap((block) => [
    ...(block.elements ?? []),
    ...(block.accessory ? [block.accessory] : []),
  ]);
const buttonIn = (blocks: unknown, actionId: string) =>
  buttonsOf(blocks).find(
    (element) => element.action_id === actionId || element.action_id?.startsWith(`${actionId}_`),
  );

/*
 * Issue 20 through the wire: a ¥100,000 contract with ¥60,000 collected and invoice FP-0001 issued at 60 %; finance
 * reverses a payment. `/contract aging` flags the contract's rep, its CSV and the reconciliation's name it; once the
 * money is in again, the flag is gone from all three.
 */
describe.each(DRIVERS)('the receivables aging and the reversal flag, end to end (%s)', (driver) => {
  let app: TestApp;
  const t = translator('en');
  const clock = fixedClock(new Date('2026-03-02T02:00:00Z'));
  const reply = async (user: string, command: string, text: string) => {
    const sent = await app.command(user, command, text);
    return (await privateReply(app, sent.responseId)).body as Json;
  };
  const contractNow = async () => {
    const contract = await app.deps.contracts.findByNumber(app.teamId, 'HT-2026-0001');
    if (!contract) throw new Error('HT-2026-0001 is not in the ledger');
    return contract;
  };
  /** The CSV a button sends to the caller's DM (the newest upload whose text has `marker`). */
  const exported = async (user: string, blocks: unknown, actionId: string, marker: string) => {
    const before = app.slack.uploads.length;
    const button = buttonIn(blocks, actionId);
    if (!button) throw new Error(`no ${actionId} button`);
    await app.action(user, { action_id: button.action_id as string, value: button.value });
    return eventually(async () =>
      app.slack.uploads
        .slice(before)
        .map((upload) => uploadedFile(upload.bytes))
        .find((text) => text.includes(marker)),
    );
  };
  const agingRowOfRep = (body: Json) => {
    const blocks = body.blocks as Block[];
    expect(dataBlockProblems(blocks, '/blocks', 'message')).toEqual([]);
    const rows = blocks.find((block) => block.type === 'data_table')?.rows ?? [];
    return rows.find((row) => JSON.stringify(row[0]).includes('"user_id":"U_REP"'));
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    const lead = await createLead(app, 'U_REP', 'Aging 账龄 Co');
    await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '100000',
      [BLOCKS.upfrontPercent]: '30',
      [BLOCKS.deliveryDate]: '2026-04-15',
    });
    await approve(app, 'U_MGR', await waitingStep(app, lead.id, 1));
    // Finance records ¥40,000 and ¥20,000: 60 %, so the invoice may be asked for, approved and issued.
    expect(
      JSON.stringify(await reply('U_FIN', COMMANDS.payment, 'HT-2026-0001 ¥40,000 yesterday')),
    ).toContain('Recorded');
    expect(JSON.stringify(await reply('U_FIN', COMMANDS.payment, 'HT-2026-0001 ¥20,000 today'))).toContain(
      'Recorded',
    );
    expect(JSON.stringify(await reply('U_REP', COMMANDS.invoice, 'HT-2026-0001'))).toContain(
      'Needs approval from',
    );
    const invoiceStep = await eventually(async () => {
      const [invoice] = await app.deps.contracts.invoices(app.teamId, (await contractNow()).id);
      const steps = invoice
        ? await app.deps.approvals.listSteps(app.teamId, invoice.approvalRequestId, 1)
        : [];
      return steps[0]?.messageTs ? steps[0] : undefined;
    });
    await approve(app, 'U_FIN', invoiceStep);
    const recordDm = await eventually(async () =>
      app.slack
        .callsTo('chat.postMessage')
        .find((call) => call.args.channel === 'U_FIN' && buttonIn(call.args.blocks, ACTIONS.invoiceIssue)),
    );
    const invoiceValue = buttonIn(recordDm.args.blocks, ACTIONS.invoiceIssue)?.value;
    const issueView = await app.viewFrom(() =>
      app.action('U_FIN', { action_id: `${ACTIONS.invoiceIssue}_${invoiceValue}`, value: invoiceValue }),
    );
    expect((await app.submit('U_FIN', issueView, { [BLOCKS.invoiceNumber]: 'FP-0001' })).outcome.kind).toBe(
      'done',
    );
  }, 120_000);
  afterAll(() => app?.stop());

  it('a reversal under an issued invoice flags the rep’s aging row, the aging CSV and the reconciliation CSV; paying again clears all three', async () => {
    // Before the reversal: nothing is flagged.
    expect(agingRowOfRep(await reply('U_FIN', COMMANDS.contract, 'aging rep'))).toBeUndefined();

    // Finance reverses a payment from the contract's card.
    const card = await reply('U_FIN', COMMANDS.contract, 'HT-2026-0001');
    const reverse = buttonIn(card.blocks, ACTIONS.paymentReverse);
    const view = await app.viewFrom(() =>
      app.action('U_FIN', { action_id: reverse?.action_id as string, value: reverse?.value }),
    );
    expect(
      (await app.submit('U_FIN', view, { [BLOCKS.ledgerReason]: 'the wire bounced' })).outcome.kind,
    ).toBe('done');
    const collected = (await contractNow()).collectedMinor;
    expect(collected).toBeLessThan(6_000_000);

    // The aging: the rep's row carries the flag, the note names the contract, the CSV too.
    const aging = await reply('U_FIN', COMMANDS.contract, 'aging rep');
    expect(agingRowOfRep(aging)?.at(-1)).toEqual({ type: 'raw_number', value: 1, text: '⚠️ 1' });
    expect(JSON.stringify(aging.blocks)).toContain('HT-2026-0001');
    expect(String(aging.text)).toContain(t('aging.heading.rep', { currency: 'CNY', today: '2026-03-02' }));
    const agingCsv = await exported('U_FIN', aging.blocks, ACTIONS.agingExportCsv, t('aging.column.d30'));
    expect(agingCsv).toMatch(/\r\n[^\r\n]*,CNY,[^\r\n]*,HT-2026-0001\r\n/);

    // The reconciliation: the message names it, the CSV has it in the rep's line and the total.
    const recon = await reply('U_FIN', COMMANDS.contract, 'reconcile 2026-03');
    expect(JSON.stringify(recon.blocks)).toContain(t('aging.recon.short'));
    expect(JSON.stringify(recon.blocks)).toContain('HT-2026-0001');
    const reconCsv = await exported(
      'U_FIN',
      recon.blocks,
      ACTIONS.reconciliationExportCsv,
      'Contracts signed',
    );
    expect(reconCsv.split('\r\n')[0]?.endsWith(`,${t('ledger.table.short')}`)).toBe(true);
    expect(reconCsv.split('\r\n').filter((line) => line.endsWith(',HT-2026-0001'))).toHaveLength(2);

    // The money comes in again: the flag is gone from the aging, its CSV and the reconciliation.
    const again = ((6_000_000 - collected) / 100).toFixed(2);
    expect(
      JSON.stringify(await reply('U_FIN', COMMANDS.payment, `HT-2026-0001 ¥${again} today re-sent`)),
    ).toContain('Recorded');
    const cleared = await reply('U_FIN', COMMANDS.contract, 'aging rep');
    expect(agingRowOfRep(cleared)).toBeUndefined();
    expect(JSON.stringify(cleared)).not.toContain('HT-2026-0001');
    const reconAfter = await reply('U_FIN', COMMANDS.contract, 'reconcile 2026-03');
    expect(JSON.stringify(reconAfter.blocks)).not.toContain(t('aging.recon.short'));
    const csvAfter = await exported(
      'U_FIN',
      reconAfter.blocks,
      ACTIONS.reconciliationExportCsv,
      'Contracts signed',
    );
    expect(csvAfter).not.toContain('HT-2026-0001');
  });

  it('with the interest policy on, months later: the rep sees their customer with the interest column, another rep sees nothing of it', async () => {
    const policy = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.contract, 'policy'));
    expect(
      (await app.submit('U_ADMIN', policy, { [BLOCKS.policyOverdueInterest]: '18.25' })).outcome.kind,
    ).toBe('done');
    expect((await app.deps.financeSettings.findPolicy(app.teamId))?.overdueInterestBp).toBe(1825);
    clock.set(new Date('2026-07-01T02:00:00Z'));
    const mine = await reply('U_REP', COMMANDS.contract, 'aging');
    expect(dataBlockProblems(mine.blocks, '/blocks', 'message')).toEqual([]);
    const rows = (mine.blocks as Block[]).find((block) => block.type === 'data_table')?.rows ?? [];
    expect(rows[0]?.map((cell) => cell.text)).toContain(t('aging.column.interest'));
    expect(rows[1]?.[0]?.text).toBe('Aging 账龄 Co');
    const interest = rows[1]?.[rows[0]?.findIndex((cell) => cell.text === t('aging.column.interest')) ?? 0];
    expect(interest?.value).toBeGreaterThan(0);
    expect(String(mine.text)).toContain(
      t('aging.heading.customer', { currency: 'CNY', today: '2026-07-01' }),
    );
    const other = await reply('U_REP2', COMMANDS.contract, 'aging');
    expect(JSON.stringify(other)).not.toContain('Aging 账龄 Co');
    expect(String(other.text)).toBe(t('aging.empty'));
  });
});
