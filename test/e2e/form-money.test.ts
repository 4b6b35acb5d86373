import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { numberToMinor } from '../../src/lib/money/minor-units.js';
import { BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { createLead, eventually, requestContract, requestOf, setUpOrg } from './approvals-helpers.js';

const NOW = new Date('2026-11-27T02:00:00Z');
type Json = Record<string, unknown>;

/**
 * Money typed into a form is read as `/payment` reads it (issue 20): each hostile amount answered inline with its
 * own message, another currency than the form's refused (never converted), `1.2万` read exactly.
 */
describe.each(DRIVERS)('money typed into forms (%s)', (driver) => {
  let app: TestApp;
  let files = 0;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    await setUpOrg(app);
  });
  afterAll(() => app?.stop());

  const newLeadForm = () => app.viewFrom(() => app.command('U_REP', COMMANDS.lead));
  const submitLead = async (user: string, value: string, currency?: string) => {
    const view = await app.viewFrom(() => app.command(user, COMMANDS.lead));
    return app.submit(user, view, {
      [BLOCKS.company]: `Money Co ${value.slice(0, 20)}`,
      [BLOCKS.contactName]: 'Li Lei',
      [BLOCKS.estimatedValue]: value,
      ...(currency ? { [BLOCKS.currency]: currency } : {}),
    });
  };

  it('the new-lead form names what is wrong with each hostile deal value, inline', async () => {
    const cases: [string, string][] = [
      ['-5000', 'Give a positive amount.'],
      ['1e9', 'Not an amount: write digits, e.g. 300000, 300,000.50, 30万 or 300k.'],
      ['NaN', 'Not an amount: write digits, e.g. 300000, 300,000.50, 30万 or 300k.'],
      ['1,234.567', 'Too many decimals for the currency (2 for CNY or USD, none for JPY): round it.'],
      ['9'.repeat(2000), 'Too large: check the digits.'],
    ];
    for (const [value, message] of cases) {
      const saved = await submitLead('U_REP', value);
      expect(saved.json, value.slice(0, 20)).toEqual({
        response_action: 'errors',
        errors: { [BLOCKS.estimatedValue]: message },
      });
    }
  });

  it('a deal value in another currency than the form’s is refused, in the rep’s language; in its own it is kept', async () => {
    const refused = await submitLead('U_REP', 'USD 500', 'CNY');
    expect(refused.json).toMatchObject({
      response_action: 'errors',
      errors: { [BLOCKS.estimatedValue]: expect.stringContaining('amounts are never converted') },
    });
    const chinese = await submitLead('U_ZH', '500 美元', 'CNY');
    expect(chinese.json).toMatchObject({
      response_action: 'errors',
      errors: { [BLOCKS.estimatedValue]: expect.stringContaining('金额不会自动换算') },
    });
    const kept = await submitLead('U_REP', 'USD 500', 'USD');
    expect(kept.outcome.kind).toBe('done');
    const [lead] = (await app.deps.leads.query(app.teamId, { owners: 'all', text: 'usd 500', limit: 5 }))
      .leads;
    expect(lead).toMatchObject({ estimatedValue: 500, currency: 'USD' });
  });

  it('`1.2万` and `¥3,000` are read exactly as the lead’s value, and 0 is kept as earlier releases kept it', async () => {
    for (const [typed, major] of [
      ['0', 0],
      ['1.2万', 12000],
      ['¥3,000', 3000],
      ['1,200.50', 1200.5],
    ] as const) {
      const saved = await submitLead('U_REP', typed, 'CNY');
      expect(saved.outcome.kind, typed).toBe('done');
      const company = `money co ${typed}`.toLowerCase();
      const found = await app.deps.leads.query(app.teamId, { owners: 'all', text: company, limit: 5 });
      expect(found.leads[0]).toMatchObject({ estimatedValue: major, currency: 'CNY' });
    }
    expect((await newLeadForm()).callback_id).toBe(VIEWS.newLead);
  });

  it('a contract request of `500 USD` on a CNY team is refused inline; `1.2万` is requested as ¥12,000.00 exactly', async () => {
    const lead = await createLead(app);
    const { saved } = await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '500 USD',
      [BLOCKS.upfrontPercent]: '30',
    });
    expect(saved.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCKS.contractAmount]: expect.stringContaining('amounts are never converted') },
    });
    expect(await requestOf(app, lead.id)).toBeUndefined();

    const hostile = await requestContract(app, 'U_ZH', (await createLead(app, 'U_ZH')).id, {
      [BLOCKS.contractAmount]: '-5000',
      [BLOCKS.upfrontPercent]: '30',
    });
    expect(hostile.saved.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCKS.contractAmount]: '请填写正数金额。' },
    });

    const accepted = await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '1.2万',
      [BLOCKS.upfrontPercent]: '30',
    });
    expect(accepted.saved.outcome.kind).toBe('done');
    const request = await eventually(() => requestOf(app, lead.id));
    expect(request.details).toMatchObject({ kind: 'contract', amount: 12000, currency: 'CNY' });
    const details = request.details as { amount: number; currency: string };
    expect(numberToMinor(details.amount, details.currency)).toBe(1_200_000);
  });

  it('an import rejects the rows whose amount is `1e9`, `-5` or `USD 500`, each with its reason; the others import', async () => {
    const csv = [
      'Company,Contact name,Estimated value',
      'Good One,Ann,"1,200"',
      'Exponent Co,Bob,1e9',
      'Negative Co,Cara,-5',
      'Dollar Co,Dan,USD 500',
      'Wan Co,Eve,1.2万',
    ].join('\n');
    const upload = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead, 'import'));
    const shared = app.slack.addFile({ id: `F_MONEY${++files}`, name: 'money.csv', bytes: Buffer.from(csv) });
    const before = app.slack.callsTo('views.update').length;
    await app.submit('U_REP', upload, { [BLOCKS.importFile]: JSON.stringify([shared]) });
    const update = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    const preview = { ...(update.args.view as OpenedView), id: String(update.args.view_id) } as OpenedView & {
      blocks: Json[];
    };
    const text = JSON.stringify(preview.blocks);
    expect(text).toContain('Row 3 — Estimated value: “1e9” is not an amount.');
    expect(text).toContain('Row 4 — Estimated value: “-5” is negative.');
    expect(text).toContain('Row 5 — Estimated value: “USD 500” is in USD, but this amount is kept in CNY');

    await app.submit('U_REP', preview, {});
    await app.deps.background().importQueue.idle();
    const leads = (await app.deps.leads.query(app.teamId, { owners: 'all', limit: 100 })).leads;
    const names = ['Good One', 'Exponent Co', 'Negative Co', 'Dollar Co', 'Wan Co'];
    const imported = leads.filter((lead) => names.includes(lead.companyName));
    expect(imported.map((lead) => [lead.companyName, lead.estimatedValue, lead.currency]).sort()).toEqual([
      ['Good One', 1200, 'CNY'],
      ['Wan Co', 12000, 'CNY'],
    ]);
  });
});
