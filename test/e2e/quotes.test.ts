import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { CATALOG, seedPriceList } from '../features/quotes/quote-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { approve, createLead, dmsTo, eventually, setUpOrg, waitingStep } from './approvals-helpers.js';
import { latestButton, recordingRenderer, typed } from './quote-helpers.js';

const LANGUAGES = [
  { locale: 'en-US', saved: 'Saved', sent: 'is sent', accepted: 'is accepted' },
  { locale: 'zh-CN', saved: '已保存', sent: '已发送', accepted: '已被接受' },
] as const;

describe.each(DRIVERS)('a quote end to end through Slack payloads (%s)', (driver) => {
  let app: TestApp;
  let products: Awaited<ReturnType<typeof seedPriceList>>['products'];
  const clock = fixedClock(new Date('2026-12-07T02:00:00Z'));

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    ({ products } = await seedPriceList(app.database, app.teamId, CATALOG));
  }, 60_000);
  afterAll(() => app?.stop());

  it.each(LANGUAGES)(
    'in $locale: a 3-line quote with one discounted line is approved by the manager, sent as a PDF, accepted, and the contract request opens with its total and lines',
    async ({ locale, saved, sent, accepted }) => {
      app.addUser({ id: 'U_REP', locale, tz: 'Asia/Shanghai' });
      await app.deps.teams.updateMember(app.teamId, 'U_REP', { language: locale });
      const rendered = recordingRenderer(app);
      const lead = await createLead(app, 'U_REP', `Quote <!channel> 报价 ${locale}`);

      // /quote #lead opens the builder; the rep adds the pump at 10 % off, then pastes two more lines.
      let builder = await app.viewFrom(() => app.command('U_REP', COMMANDS.quote, `#${lead.id}`));
      expect(builder.callback_id).toBe(VIEWS.quoteBuilder);
      const pump = String(products.get('PUMP-100')?.id);
      builder = await app.viewFrom(
        () =>
          app.action(
            'U_REP',
            { action_id: ACTIONS.quoteAddLine, value: '1' },
            {
              view: typed(builder, {
                [BLOCKS.quoteProduct]: { value: pump, text: 'PUMP-100' },
                [BLOCKS.quoteQuantity]: '2',
                [BLOCKS.quoteLineDiscount]: '10%',
              }),
            },
          ),
        'views.update',
      );
      expect(JSON.stringify(builder.blocks)).toContain('PUMP-100');
      const paste = await app.viewFrom(
        () => app.action('U_REP', { action_id: ACTIONS.quoteOpenPaste, value: '1' }, { view: builder }),
        'views.push',
      );
      // The harness numbers opened and pushed views alike: the pushed form gets its own id here.
      const pasted = await app.submit(
        'U_REP',
        { ...paste, id: 'V_PASTE' },
        { [BLOCKS.quotePasteText]: 'VALVE-20 10\nSVC-INST 1' },
      );
      expect(pasted.outcome, JSON.stringify(pasted.outcome)).toMatchObject({ kind: 'done' });
      builder = app.slack.callsTo('views.update').at(-1)?.args.view as typeof builder;
      expect(JSON.stringify(builder.blocks)).toContain('SVC-INST');

      // Saving the terms sends the quote to the rep's DM, with "Request approval".
      const save = await app.submit(
        'U_REP',
        { ...builder, id: 'V_BUILDER' },
        { [BLOCKS.quoteDeliveryTime]: '4 weeks' },
      );
      expect(save.outcome).toMatchObject({ kind: 'done' });
      expect(JSON.stringify(save.outcome)).toContain(saved);
      const submitValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteSubmit));
      await app.action(
        'U_REP',
        { action_id: ACTIONS.quoteSubmit, value: submitValue },
        { channelId: 'U_REP' },
      );

      // The manager approves in the lead's thread; the approver's message lists the lines and the discount.
      const step = await waitingStep(app, lead.id, 1);
      expect(step.approverUserId).toBe('U_MGR');
      const stepMessage = app.slack
        .callsTo('chat.postMessage')
        .find(
          (call) => call.args.channel === 'C_SALES' && JSON.stringify(call.args.blocks).includes('PUMP-100'),
        );
      expect(JSON.stringify(stepMessage?.args.blocks)).toContain('10%');
      expect(JSON.stringify(stepMessage?.args.blocks)).not.toContain('<!channel>');
      await approve(app, 'U_MGR', step);

      // The rep gets the quote back with "Send PDF": the PDF goes to the DM and the thread.
      const sendValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteSend));
      const uploadsBefore = app.slack.uploads.length;
      await app.action('U_REP', { action_id: ACTIONS.quoteSend, value: sendValue }, { channelId: 'U_REP' });
      expect(rendered).toHaveLength(1);
      expect(rendered[0]?.language).toBe(locale === 'zh-CN' ? 'zh-CN' : 'en');
      expect(rendered[0]?.lines.map((line) => line.sku)).toEqual(['PUMP-100', 'VALVE-20', 'SVC-INST']);
      expect(app.slack.uploads.length - uploadsBefore).toBe(2);
      expect(app.slack.uploads.at(-1)?.bytes.toString()).toContain(rendered[0]?.number ?? 'none');
      expect(JSON.stringify(app.slack.callsTo('chat.update').at(-1)?.args)).toContain(sent);

      // The customer accepts: the contract request opens with the quote's total; approved, the contract keeps its lines.
      const acceptValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteAccept));
      const contractForm = await app.viewFrom(() =>
        app.action('U_REP', { action_id: ACTIONS.quoteAccept, value: acceptValue }, { channelId: 'U_REP' }),
      );
      const total = rendered[0]?.totalMinor ?? 0;
      const amount = (total / 100).toFixed(2);
      expect(JSON.stringify(contractForm.blocks)).toContain(amount);
      expect(JSON.stringify(app.slack.callsTo('chat.update').at(-1)?.args)).toContain(accepted);
      const request = await app.submit('U_REP', contractForm, { [BLOCKS.upfrontPercent]: '30' });
      expect(request.outcome.kind).toBe('done');
      await approve(app, 'U_MGR', await waitingStep(app, lead.id, 1));
      const [contract] = await app.deps.contracts.listForLead(app.teamId, lead.id);
      expect(contract?.amountMinor).toBe(total);
      const { rows } = (await app.database.db.execute(
        sql`select sku, quantity_milli::int as qty, discount_bp as discount from contract_lines where contract_id = ${contract?.id} order by position`,
      )) as unknown as { rows: { sku: string; qty: number; discount: number }[] };
      expect(rows).toEqual([
        { sku: 'PUMP-100', qty: 2000, discount: 1000 },
        { sku: 'VALVE-20', qty: 10_000, discount: 0 },
        { sku: 'SVC-INST', qty: 1000, discount: 0 },
      ]);
      expect(dmsTo(app, 'U_REP').join('\n')).not.toContain('Error');
    },
    60_000,
  );
});
