import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../../src/features/approvals/decisions.usecases.js';
import { submitRequest } from '../../../src/features/approvals/requests.usecases.js';
import { submitQuote } from '../../../src/features/quotes/quote-approval.usecases.js';
import { openQuoteBuilder } from '../../../src/features/quotes/quote-builder.usecases.js';
import {
  acceptQuote,
  reviseQuote,
  sendQuote,
} from '../../../src/features/quotes/quote-lifecycle.usecases.js';
import { addLine, pasteLines } from '../../../src/features/quotes/quote-lines.usecases.js';
import { lazyQuoteRenderer } from '../../../src/features/quotes/quote-renderer.js';
import { quoteTotals } from '../../../src/features/quotes/quote-totals.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, seedTeam } from '../ledger/ledger-fixtures.js';
import { CATALOG, leadOf, quoteDeps, seedPriceList, type TestQuoteDeps } from './quote-fixtures.js';

describe.each(DRIVERS)('a quote from builder to contract on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestQuoteDeps;
  let team: Team;
  let products: Awaited<ReturnType<typeof seedPriceList>>['products'];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = quoteDeps(database);
    team = await seedTeam(deps);
    ({ products } = await seedPriceList(database, 'T1', CATALOG));
  });
  afterAll(() => database?.destroy());

  const rep = () => actor('U_REP');

  it('a rep quotes three lines with one discounted, the manager approves, the customer accepts, and the contract keeps the lines', async () => {
    const leadId = await leadOf(deps);
    let state = await openQuoteBuilder({ ...deps, actor: rep(), team, leadId });
    expect(state.quote).toMatchObject({
      number: 'BJ-2026-0001',
      status: 'draft',
      currency: 'CNY',
      validUntil: '2027-01-06',
    });
    const pump = products.get('PUMP-100')?.id ?? 0;
    const added = await addLine({
      ...deps,
      actor: rep(),
      quoteId: state.quote.id,
      seenVersion: state.quote.version,
      form: { productId: pump, quantity: '2', discount: '10%' },
    });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    state = added.state;
    const pasted = await pasteLines({
      ...deps,
      actor: rep(),
      quoteId: state.quote.id,
      seenVersion: state.quote.version,
      text: 'valve-20 1,200\nSVC-INST 1',
    });
    if (!pasted.ok) throw new Error(JSON.stringify(pasted.problems));
    state = pasted.state;
    expect(
      state.lines.map((line) => [
        line.sku,
        line.quantityMilli,
        line.unitPriceMinor,
        line.discountBp,
        line.netMinor,
      ]),
    ).toEqual([
      ['PUMP-100', 2000, 300_000, 1000, 540_000],
      ['VALVE-20', 1_200_000, 12_050, 0, 14_460_000],
      ['SVC-INST', 1000, 80_000, 0, 80_000],
    ]);

    const submitted = await submitQuote({
      ...deps,
      actor: rep(),
      quoteId: state.quote.id,
      seenVersion: state.quote.version,
    });
    expect(submitted.outcome).toBe('routed');
    if (submitted.outcome !== 'routed') return;
    expect(submitted.steps.map((step) => [step.role, step.approverUserId])).toEqual([['manager', 'U_MGR']]);
    expect(submitted.quote.status).toBe('pending_approval');
    await decide({
      ...deps,
      actor: actor('U_MGR'),
      target: { requestId: submitted.request.id, revision: 1, step: 1 },
      decision: 'approve',
    });

    const sent = await sendQuote({
      ...deps,
      actor: rep(),
      team,
      quoteId: state.quote.id,
      teamName: async () => 'Acme Sales',
    });
    const expected = quoteTotals(state.lines, 0);
    expect(sent.quote.status).toBe('sent');
    expect(sent.document).toMatchObject({
      number: 'BJ-2026-0001',
      version: 1,
      totalMinor: expected.totalMinor,
    });
    expect(new TextDecoder().decode(sent.pdf)).toContain('BJ-2026-0001');
    const lead = await deps.leads.findById('T1', leadId);
    expect(lead?.estimatedValue).toBe(expected.totalMinor / 100);

    const accepted = await acceptQuote({ ...deps, actor: rep(), team, quoteId: state.quote.id });
    expect(accepted.prefill).toMatchObject({
      amount: (expected.totalMinor / 100).toFixed(2),
      currency: 'CNY',
      quoteVersion: 1,
    });

    const contract = await submitRequest({
      ...deps,
      actor: rep(),
      team,
      leadId,
      request: {
        kind: 'contract',
        form: { amount: accepted.prefill.amount, currency: 'CNY', upfrontPercent: '30' },
        quote: { quoteId: accepted.quote.id, version: 1, number: accepted.quote.number },
      },
    });
    if (!contract.ok || contract.outcome !== 'routed') throw new Error('contract not routed');
    for (const step of contract.steps)
      await decide({
        ...deps,
        actor: actor(step.approverUserId),
        target: { requestId: contract.request.id, revision: 1, step: step.step },
        decision: 'approve',
      });
    const [entered] = await deps.contracts.listForLead('T1', leadId);
    expect(entered?.amountMinor).toBe(expected.totalMinor);
    const { rows } = (await database.db.execute(
      `select sku, quantity_milli::int as qty, unit_price_minor::int as price, net_minor::int as net from contract_lines where contract_id = ${entered?.id} order by position`,
    )) as unknown as { rows: { sku: string; qty: number; price: number; net: number }[] };
    expect(rows).toEqual([
      { sku: 'PUMP-100', qty: 2000, price: 300_000, net: 540_000 },
      { sku: 'VALVE-20', qty: 1_200_000, price: 12_050, net: 14_460_000 },
      { sku: 'SVC-INST', qty: 1000, price: 80_000, net: 80_000 },
    ]);
  });

  it('a revision of a sent quote is version 2, and version 1 stays as it was sent', async () => {
    const leadId = await leadOf(deps, 'U_REP', 'Revise Co');
    const state = await openQuoteBuilder({ ...deps, actor: rep(), team, leadId });
    const pasted = await pasteLines({
      ...deps,
      actor: rep(),
      quoteId: state.quote.id,
      seenVersion: state.quote.version,
      text: 'VALVE-20 3',
    });
    if (!pasted.ok) throw new Error('paste refused');
    const auto = await submitQuote({
      ...deps,
      actor: rep(),
      quoteId: state.quote.id,
      seenVersion: pasted.state.quote.version,
    });
    expect(auto.outcome).toBe('auto');
    await sendQuote({ ...deps, actor: rep(), team, quoteId: state.quote.id, teamName: async () => 'T' });
    const revised = await reviseQuote({ ...deps, actor: rep(), team, quoteId: state.quote.id });
    expect(revised.quote).toMatchObject({ status: 'draft', currentVersion: 2 });
    const v1 = await deps.quotes.findVersion('T1', state.quote.id, 1);
    expect(v1?.document.lines).toHaveLength(1);
    expect(v1?.document.version).toBe(1);
  });

  it('the real renderer, loaded on first use, makes the sent version a PDF in the quote language', async () => {
    const leadId = await leadOf(deps, 'U_REP', '真实渲染 Co');
    const real = {
      ...deps,
      renderQuotePdf: lazyQuoteRenderer(() => import('../../../src/features/quotes/pdf/index.js')),
    };
    const state = await openQuoteBuilder({ ...real, actor: { ...rep(), locale: 'zh-CN' }, team, leadId });
    const pasted = await pasteLines({
      ...real,
      actor: rep(),
      quoteId: state.quote.id,
      seenVersion: state.quote.version,
      text: 'PUMP-100 1',
    });
    if (!pasted.ok) throw new Error('paste refused');
    await submitQuote({
      ...real,
      actor: rep(),
      quoteId: state.quote.id,
      seenVersion: pasted.state.quote.version,
    });
    const sent = await sendQuote({
      ...real,
      actor: rep(),
      team,
      quoteId: state.quote.id,
      teamName: async () => '销售团队',
    });
    expect(sent.document.language).toBe('zh-CN');
    expect(new TextDecoder().decode(sent.pdf.slice(0, 5))).toBe('%PDF-');
  }, 60_000);
});
