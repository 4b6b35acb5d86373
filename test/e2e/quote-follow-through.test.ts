import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { CATALOG, seedPriceList } from '../features/quotes/quote-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  click,
  createLead,
  eventually,
  privateReply,
  SALES_CHANNEL,
  setUpOrg,
  THREAD_TS,
  waitingStep,
} from './approvals-helpers.js';
import { latestButton, quoteSubmitted, recordingRenderer } from './quote-helpers.js';

type Rows<T> = { rows: T[] };

/** The value of the button `actionId` in some blocks, however deep. */
function buttonIn(node: unknown, actionId: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const element = node as { action_id?: unknown; value?: unknown };
  if (element.action_id === actionId && typeof element.value === 'string') return element.value;
  for (const child of Object.values(node)) {
    const found = buttonIn(child, actionId);
    if (found) return found;
  }
  return undefined;
}

/** What a sent quote does to its lead, and what its acceptance carries into the contract, through Slack payloads. */
describe.each(DRIVERS)('a quote carries the sale forward (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-07T02:00:00Z'));

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    await seedPriceList(app.database, app.teamId, CATALOG);
    recordingRenderer(app);
  }, 60_000);
  afterAll(() => app?.stop());

  const setStage = (leadId: number, stage: string) =>
    app.database.db.execute(sql`update leads set stage = ${stage} where id = ${leadId}`);
  const stageOf = async (leadId: number) =>
    (
      (await app.database.db.execute(sql`select stage from leads where id = ${leadId}`)) as Rows<{
        stage: string;
      }>
    ).rows[0]?.stage;
  const stageChanges = async (leadId: number) =>
    (
      (await app.database.db.execute(
        sql`select from_stage, to_stage, actor_user_id from activities
            where lead_id = ${leadId} and kind = 'stage_changed' order by id`,
      )) as Rows<{ from_stage: string; to_stage: string; actor_user_id: string }>
    ).rows;

  /** A quote within the auto band (no discount) is approved at once; the rep presses Send PDF. */
  async function sendQuoteFor(leadId: number) {
    await quoteSubmitted(app, 'U_REP', leadId, 'VALVE-20 4\nSVC-INST 1');
    const sendValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteSend));
    await app.action('U_REP', { action_id: ACTIONS.quoteSend, value: sendValue }, { channelId: 'U_REP' });
  }

  it.each(['new', 'contacted', 'needs_analysis', 'presentation'])(
    'sending a quote moves a lead still at %s to the proposal stage, with the move in its activity',
    async (stage) => {
      const lead = await createLead(app);
      await setStage(lead.id, stage);
      await sendQuoteFor(lead.id);
      expect(await stageOf(lead.id)).toBe('proposal');
      expect(await stageChanges(lead.id)).toEqual([
        { from_stage: stage, to_stage: 'proposal', actor_user_id: 'U_REP' },
      ]);
    },
    60_000,
  );

  it('the lead card lists the lead’s quotes (number, version, status, total) and its New quote button opens the builder', async () => {
    const lead = await createLead(app);
    const shown = async () => {
      const sent = await app.command('U_REP', COMMANDS.lead, `#${lead.id}`);
      return (await privateReply(app, sent.responseId)).body;
    };
    expect(JSON.stringify((await shown()).blocks)).not.toContain('*Quotes*');
    const updatesBefore = app.slack.callsTo('chat.update').length;
    await sendQuoteFor(lead.id);
    const [quote] = await app.deps.quotes.list({
      teamId: app.teamId,
      owners: 'all',
      leadId: lead.id,
      limit: 1,
    });
    const number = quote?.quote.number ?? 'none';
    // 4 valves at ¥120.50 (13 % tax) and one installation at ¥800 (6 %): 48,200 + 6,266 + 80,000 + 4,800 fen.
    const card = await shown();
    expect(JSON.stringify(card.blocks)).toContain(`*Quotes*\\n• ${number} v1 · Sent · ¥1,392.66`);
    // The lead's shared card in the sales channel is redrawn by the send: the sent quote and the proposal stage.
    const channelCard = app.slack
      .callsTo('chat.update')
      .slice(updatesBefore)
      .filter((call) => call.args.channel === SALES_CHANNEL && call.args.ts === THREAD_TS)
      .at(-1);
    expect(JSON.stringify(channelCard?.args.blocks)).toContain(`• ${number} v1 · Sent · ¥1,392.66`);
    expect(JSON.stringify(channelCard?.args.blocks)).toContain(lead.companyName);
    expect(JSON.stringify(channelCard?.args.blocks)).toContain('Proposal');

    // Revised, the quote is v2 and a draft again; its New quote button opens that draft in the builder.
    const reviseValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteRevise));
    await app.action('U_REP', { action_id: ACTIONS.quoteRevise, value: reviseValue }, { channelId: 'U_REP' });
    const revised = await shown();
    expect(JSON.stringify(revised.blocks)).toContain(`• ${number} v2 · Draft · ¥1,392.66`);
    const newQuote = buttonIn(revised.blocks, ACTIONS.quoteNew);
    const builder = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.quoteNew, value: newQuote }),
    );
    expect(builder.callback_id).toBe(VIEWS.quoteBuilder);
    expect(JSON.stringify(builder.blocks)).toContain(number);
  }, 60_000);

  it('an approver sends a quote back with Request changes: the rep gets the note, the quote is a draft again, and its next Request approval is a new round', async () => {
    const lead = await createLead(app);
    await quoteSubmitted(app, 'U_REP', lead.id, 'PUMP-100 1 ¥3,000 10%');
    const step = await waitingStep(app, lead.id, 1);
    expect(step.approverUserId).toBe('U_MGR');
    const reason = await app.viewFrom(() => click(app, 'U_MGR', ACTIONS.approvalRequestChanges, step));
    await app.submit('U_MGR', reason, { [BLOCKS.approvalReason]: 'Keep the discount at 5 % <!here>' });

    const [quote] = await app.deps.quotes.list({
      teamId: app.teamId,
      owners: 'all',
      leadId: lead.id,
      limit: 1,
    });
    expect(quote?.quote.status).toBe('draft');
    expect(quote?.quote.approvalRequestId).toBeNull();
    const told = await eventually(async () =>
      app.slack
        .callsTo('chat.postMessage')
        .find(
          (call) => call.args.channel === 'U_REP' && String(call.args.text).includes('Keep the discount'),
        ),
    );
    expect(String(told.args.text)).toContain('Keep the discount at 5 % &lt;!here&gt;');
    expect(buttonIn(told.args.blocks, ACTIONS.quoteSubmit)).toBeDefined();
    expect(JSON.stringify(app.slack.callsTo('chat.postMessage'))).not.toContain(ACTIONS.approvalRevise);

    // Resubmitted as it is (the rep may edit first), it is a new request the manager decides anew.
    const again = buttonIn(told.args.blocks, ACTIONS.quoteSubmit);
    await app.action('U_REP', { action_id: ACTIONS.quoteSubmit, value: again }, { channelId: 'U_REP' });
    const second = await waitingStep(app, lead.id, 1);
    expect(second.requestId).not.toBe(step.requestId);
    await approve(app, 'U_MGR', second);
    const [approved] = await app.deps.quotes.list({
      teamId: app.teamId,
      owners: 'all',
      leadId: lead.id,
      limit: 1,
    });
    expect(approved?.quote.status).toBe('approved');
    // The round sent back is closed when the new one starts: no request of the quote is left open.
    expect((await app.deps.approvals.findRequest(app.teamId, step.requestId))?.status).toBe('cancelled');
    const open = (await app.database.db.execute(
      sql`select id from approval_requests where kind = 'quote' and status in ('pending', 'changes_requested')
          and (details->>'quoteId')::bigint = ${approved?.quote.id ?? 0}`,
    )) as Rows<{ id: number }>;
    expect(open.rows).toEqual([]);
    const closing = (await app.database.db.execute(
      sql`select actor_user_id, details from approval_events where request_id = ${step.requestId}
          and kind = 'cancelled'`,
    )) as Rows<{ actor_user_id: string; details: { replacedBy: number } }>;
    expect(closing.rows).toEqual([{ actor_user_id: 'U_REP', details: { replacedBy: second.requestId } }]);
  }, 60_000);

  it.each([
    ['accepting', 'Accepted'],
    ['declining', 'Declined'],
  ])(
    '%s a sent quote redraws the lead’s card in the sales channel with the quote’s new status',
    async (how, status) => {
      const lead = await createLead(app);
      await sendQuoteFor(lead.id);
      const updatesBefore = app.slack.callsTo('chat.update').length;
      if (how === 'accepting') {
        const acceptValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteAccept));
        await app.viewFrom(() =>
          app.action('U_REP', { action_id: ACTIONS.quoteAccept, value: acceptValue }, { channelId: 'U_REP' }),
        );
      } else {
        const declineValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteDecline));
        const form = await app.viewFrom(() =>
          app.action(
            'U_REP',
            { action_id: ACTIONS.quoteDecline, value: declineValue },
            { channelId: 'U_REP' },
          ),
        );
        await app.submit('U_REP', form, { [BLOCKS.quoteDeclineReason]: 'Budget cut' });
      }
      const channelCard = await eventually(async () =>
        app.slack
          .callsTo('chat.update')
          .slice(updatesBefore)
          .find((call) => call.args.channel === SALES_CHANNEL && call.args.ts === THREAD_TS),
      );
      expect(JSON.stringify(channelCard.args.blocks)).toMatch(new RegExp(` v1 · ${status} · ¥1,392.66`));
    },
    60_000,
  );

  it('a lead already negotiating stays where it is when a quote is sent', async () => {
    const lead = await createLead(app);
    await setStage(lead.id, 'negotiation');
    await sendQuoteFor(lead.id);
    expect(await stageOf(lead.id)).toBe('negotiation');
    expect(await stageChanges(lead.id)).toEqual([]);
  }, 60_000);

  it('an accepted quote’s contract request, sent back for changes and revised, still becomes a contract with the quote’s lines', async () => {
    const lead = await createLead(app);
    await sendQuoteFor(lead.id);
    const acceptValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteAccept));
    const contractForm = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.quoteAccept, value: acceptValue }, { channelId: 'U_REP' }),
    );
    expect((await app.submit('U_REP', contractForm, { [BLOCKS.upfrontPercent]: '30' })).outcome.kind).toBe(
      'done',
    );

    // The manager asks for a larger down payment; the rep revises the request from the DM's button.
    const first = await waitingStep(app, lead.id, 1);
    const reason = await app.viewFrom(() => click(app, 'U_MGR', ACTIONS.approvalRequestChanges, first));
    await app.submit('U_MGR', reason, { [BLOCKS.approvalReason]: 'Ask for 50 % upfront' });
    const revise = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.approvalRevise, value: String(first.requestId) }),
    );
    expect((await app.submit('U_REP', revise, { [BLOCKS.upfrontPercent]: '50' })).outcome.kind).toBe('done');
    await approve(app, 'U_MGR', await waitingStep(app, lead.id, 1));

    const [contract] = await app.deps.contracts.listForLead(app.teamId, lead.id);
    expect(contract?.upfrontBp).toBe(5000);
    const { rows } = (await app.database.db.execute(
      sql`select sku, quantity_milli::int as qty, quote_id::int as quote from contract_lines
          where contract_id = ${contract?.id} order by position`,
    )) as Rows<{ sku: string; qty: number; quote: number }>;
    expect(rows.map(({ sku, qty }) => ({ sku, qty }))).toEqual([
      { sku: 'VALVE-20', qty: 4000 },
      { sku: 'SVC-INST', qty: 1000 },
    ]);
    expect(new Set(rows.map((row) => row.quote)).size).toBe(1);
    const net = (
      (await app.database.db.execute(
        sql`select coalesce(sum(net_minor), 0)::int as net from contract_lines where contract_id = ${contract?.id}`,
      )) as Rows<{ net: number }>
    ).rows[0]?.net;
    // The lines are the quote's nets before tax; the contract is the quote's total with tax (13 % and 6 %).
    expect(net).toBe(4 * 12_050 + 80_000);
    expect(contract?.amountMinor).toBe(4 * 12_050 + 80_000 + Math.round(4 * 12_050 * 0.13) + 4_800);
  }, 60_000);
});
