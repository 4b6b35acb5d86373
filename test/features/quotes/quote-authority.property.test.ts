import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/features/approvals/approvals.types.js';
import { decide } from '../../../src/features/approvals/decisions.usecases.js';
import { submitQuote } from '../../../src/features/quotes/quote-approval.usecases.js';
import { openQuoteBuilder } from '../../../src/features/quotes/quote-builder.usecases.js';
import { addLine } from '../../../src/features/quotes/quote-lines.usecases.js';
import { saveTerms } from '../../../src/features/quotes/quote-terms.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, seedTeam } from '../ledger/ledger-fixtures.js';
import { CATALOG, leadOf, quoteDeps, seedPriceList, type TestQuoteDeps } from './quote-fixtures.js';

/** A line as the rep types it: a catalog product, a quantity, a unit price around the list's, a discount in %. */
const lineArb = fc.record({
  product: fc.constantFrom(...CATALOG),
  quantity: fc.integer({ min: 1, max: 5 }),
  /** The unit price as a share of the list price, in percent: below, at or above it. */
  pricePercent: fc.integer({ min: 60, max: 110 }),
  discountPercent: fc.integer({ min: 0, max: 40 }),
});
const quoteArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
  wholePercent: fc.integer({ min: 0, max: 20 }),
});

/** Who may grant how much (DEFAULT_POLICY): the auto band, a manager's, a director's (everything). */
const AUTHORITY = {
  auto: DEFAULT_POLICY.autoApproveDiscountPercent,
  manager: DEFAULT_POLICY.managerMaxDiscountPercent,
  director: 100,
};

/**
 * Through the use cases a rep and approvers run (builder → terms → Request approval → each step decided), on the
 * real migrations: an approved quote never carries a discount beyond what its highest approver may grant, measured
 * here independently (exact integers) from what was typed, and a line sold below its floor was approved by a
 * director.
 */
describe.each(DRIVERS)('a quote’s discount authority through the decision flow (%s)', (driver) => {
  let database: TestDatabase;
  let deps: TestQuoteDeps;
  let team: Team;
  let products: Awaited<ReturnType<typeof seedPriceList>>['products'];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = quoteDeps(database);
    team = await seedTeam(deps);
    ({ products } = await seedPriceList(database, 'T1', CATALOG));
  }, 60_000);
  afterAll(() => database?.destroy());

  it('an approved quote’s largest effective discount is within its highest approver’s band; below a floor, a director approved', async () => {
    await fc.assert(
      fc.asyncProperty(quoteArb, async ({ lines, wholePercent }) => {
        const rep = actor('U_REP');
        const leadId = await leadOf(deps);
        let { quote } = await openQuoteBuilder({ ...deps, actor: rep, team, leadId });
        for (const line of lines) {
          const priceMinor = Math.round((line.product.priceMinor * line.pricePercent) / 100);
          const added = await addLine({
            ...deps,
            actor: rep,
            quoteId: quote.id,
            seenVersion: quote.version,
            form: {
              productId: products.get(line.product.sku)?.id ?? 0,
              quantity: String(line.quantity),
              price: (priceMinor / 100).toFixed(2),
              discount: `${line.discountPercent}%`,
            },
          });
          if (!added.ok) throw new Error(JSON.stringify(added.errors));
          quote = added.state.quote;
        }
        const terms = await saveTerms({
          ...deps,
          actor: rep,
          team,
          quoteId: quote.id,
          seenVersion: quote.version,
          form: { validUntil: quote.validUntil, language: quote.language, discount: `${wholePercent}%` },
        });
        if (!terms.ok) throw new Error(JSON.stringify(terms.errors));
        quote = terms.state.quote;

        const submitted = await submitQuote({
          ...deps,
          actor: rep,
          quoteId: quote.id,
          seenVersion: quote.version,
        });
        if (submitted.outcome === 'missing') throw new Error('an approver is missing');
        const approvers: ('auto' | 'manager' | 'director')[] = ['auto'];
        if (submitted.outcome === 'routed')
          for (const step of submitted.steps) {
            await decide({
              ...deps,
              actor: actor(step.approverUserId),
              target: { requestId: submitted.request.id, revision: 1, step: step.step },
              decision: 'approve',
            });
            if (step.role === 'manager' || step.role === 'director') approvers.push(step.role);
          }
        const approved = await deps.quotes.findById('T1', quote.id);
        expect(approved?.status).toBe('approved');

        const authority = Math.max(...approvers.map((role) => AUTHORITY[role]));
        const stored = await deps.quotes.listLines('T1', quote.id);
        const whole = BigInt(10_000 - wholePercent * 100);
        for (const line of stored) {
          const list = BigInt(line.listPriceMinor ?? line.unitPriceMinor);
          // What the customer pays per unit, ×10^8: price × (1 − line discount) × (1 − whole discount).
          const paid = BigInt(line.unitPriceMinor) * BigInt(10_000 - line.discountBp) * whole;
          const given = list * 100_000_000n - paid; // the effective discount × list × 10^8
          expect(given * 100n <= BigInt(authority) * list * 100_000_000n).toBe(true);
          if (line.floorPriceMinor !== null && paid < BigInt(line.floorPriceMinor) * 100_000_000n)
            expect(approvers).toContain('director');
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
