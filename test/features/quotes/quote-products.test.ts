import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitQuote } from '../../../src/features/quotes/quote-approval.usecases.js';
import { openQuoteBuilder } from '../../../src/features/quotes/quote-builder.usecases.js';
import { addLine, pasteLines } from '../../../src/features/quotes/quote-lines.usecases.js';
import { searchQuoteProducts } from '../../../src/features/quotes/quote-products.usecases.js';
import { QuotePricesChangedError } from '../../../src/features/quotes/quotes.errors.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, seedTeam } from '../ledger/ledger-fixtures.js';
import { CATALOG, leadOf, quoteDeps, seedPriceList, type TestQuoteDeps } from './quote-fixtures.js';

describe.each(DRIVERS)('the quote builder and the price list on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestQuoteDeps;
  let team: Team;
  let seeded: Awaited<ReturnType<typeof seedPriceList>>;
  const rep = () => actor('U_REP');

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = quoteDeps(database);
    team = await seedTeam(deps);
    seeded = await seedPriceList(database, 'T1', CATALOG);
  });
  afterAll(() => database?.destroy());

  it('the product picker finds active products of the quote list by code or by Chinese name, and never a retired one', async () => {
    const { quote } = await openQuoteBuilder({ ...deps, actor: rep(), team, leadId: await leadOf(deps) });
    const byCode = await searchQuoteProducts({ ...deps, actor: rep(), quoteId: quote.id, text: 'valve' });
    expect(byCode.products.map((p) => [p.sku, p.priceMinor])).toEqual([['VALVE-20', 12_050]]);
    const byName = await searchQuoteProducts({ ...deps, actor: rep(), quoteId: quote.id, text: '水泵' });
    expect(byName.products.map((p) => p.sku)).toEqual(['PUMP-100']);
    await database.db.execute(
      sql`update products set status = 'retired' where id = ${seeded.products.get('SVC-INST')?.id}`,
    );
    const all = await searchQuoteProducts({ ...deps, actor: rep(), quoteId: quote.id, text: '' });
    expect(all.products.map((p) => p.sku)).toEqual(['PUMP-100', 'VALVE-20']);
    const pasted = await pasteLines({
      ...deps,
      actor: rep(),
      quoteId: quote.id,
      seenVersion: quote.version,
      text: 'SVC-INST 1\nNOPE 2\nPUMP-100 0',
    });
    expect(pasted.ok ? [] : pasted.problems.map((p) => [p.line, p.error])).toEqual([
      [1, 'quotes.error.retired'],
      [2, 'quotes.error.unknownSku'],
      [3, 'quotes.error.quantity'],
    ]);
    expect(await deps.quotes.listLines('T1', quote.id)).toEqual([]);
    await database.db.execute(
      sql`update products set status = 'active' where id = ${seeded.products.get('SVC-INST')?.id}`,
    );
  });

  it('a price list changed while the quote was open stops its approval, naming the lines to price again', async () => {
    const { quote } = await openQuoteBuilder({
      ...deps,
      actor: rep(),
      team,
      leadId: await leadOf(deps, 'U_REP', 'Reprice Co'),
    });
    const added = await addLine({
      ...deps,
      actor: rep(),
      quoteId: quote.id,
      seenVersion: quote.version,
      form: { productId: seeded.products.get('PUMP-100')?.id ?? 0, quantity: '1' },
    });
    if (!added.ok) throw new Error('line refused');
    await database.db.execute(
      sql`update price_list_items set price_minor = 310000 where product_id = ${seeded.products.get('PUMP-100')?.id}`,
    );
    await expect(
      submitQuote({ ...deps, actor: rep(), quoteId: quote.id, seenVersion: added.state.quote.version }),
    ).rejects.toBeInstanceOf(QuotePricesChangedError);
    expect((await deps.quotes.findById('T1', quote.id))?.status).toBe('draft');
    await database.db.execute(
      sql`update price_list_items set price_minor = 300000 where product_id = ${seeded.products.get('PUMP-100')?.id}`,
    );
  });

  it('two people editing the same draft: the second change, made from the older version, is refused and saves nothing', async () => {
    const { quote } = await openQuoteBuilder({
      ...deps,
      actor: rep(),
      team,
      leadId: await leadOf(deps, 'U_REP', 'Race Co'),
    });
    const form = { description: 'Survey', quantity: '1', price: '500' };
    const [first, second] = await Promise.allSettled([
      addLine({ ...deps, actor: rep(), quoteId: quote.id, seenVersion: quote.version, form }),
      addLine({ ...deps, actor: actor('U_ADMIN'), quoteId: quote.id, seenVersion: quote.version, form }),
    ]);
    const outcomes = [first, second].map((o) => o.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    expect(await deps.quotes.listLines('T1', quote.id)).toHaveLength(1);
  });
});
