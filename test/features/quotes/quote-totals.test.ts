import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/features/approvals/approvals.types.js';
import { requiredApproval } from '../../../src/features/approvals/routing.js';
import { quoteApprovalDetails } from '../../../src/features/quotes/quote-approval.js';
import type { QuoteLine } from '../../../src/features/quotes/quote-records.js';
import {
  effectiveDiscountBp,
  isBelowFloor,
  lineNetMinor,
  quoteTotals,
} from '../../../src/features/quotes/quote-totals.js';

const lineArb = fc.record({
  // Up to 100,000 units at up to ¥1,000,000 each: a line's net stays within MAX_LINE_NET_MINOR, as the input allows.
  quantityMilli: fc.integer({ min: 1, max: 100_000_000 }),
  unitPriceMinor: fc.integer({ min: 0, max: 100_000_000 }),
  discountBp: fc.integer({ min: 0, max: 10_000 }),
  taxRateBp: fc.constantFrom(0, 600, 900, 1300),
  listPriceMinor: fc.option(fc.integer({ min: 1, max: 100_000_000 }), { nil: null }),
  floorPriceMinor: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
});
type LineValue = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;
const linesArb = fc.array(lineArb, { minLength: 1, maxLength: 200 });
const wholeArb = fc.integer({ min: 0, max: 10_000 });

/** Exact rational reference: the rule in the README, written independently with BigInt fractions. */
function halfUp(numerator: bigint, denominator: bigint): bigint {
  const q = numerator / denominator;
  return (numerator - q * denominator) * 2n >= denominator ? q + 1n : q;
}

function asLines(lines: LineValue[]): QuoteLine[] {
  return lines.map((line, index) => ({
    ...line,
    id: index + 1,
    teamId: 'T1',
    quoteId: 1,
    position: index + 1,
    productId: line.listPriceMinor === null ? null : index + 1,
    sku: line.listPriceMinor === null ? null : `SKU-${index}`,
    description: `line ${index}`,
    unit: 'pc',
    netMinor: lineNetMinor(line),
  }));
}

describe('quote totals', () => {
  it('rounds each line half up to the fen: 1.5 × ¥0.03 is ¥0.05, 3 × ¥33.33 less 10 % is ¥89.99', () => {
    expect(lineNetMinor({ quantityMilli: 1500, unitPriceMinor: 3, discountBp: 0 })).toBe(5);
    expect(lineNetMinor({ quantityMilli: 3000, unitPriceMinor: 3333, discountBp: 1000 })).toBe(8999);
  });

  it('taxes each rate on its discounted subtotal: 13 % and 6 % lines under a 10 % quote discount', () => {
    const totals = quoteTotals(
      [
        { quantityMilli: 1000, unitPriceMinor: 10_000, discountBp: 0, taxRateBp: 1300 },
        { quantityMilli: 1000, unitPriceMinor: 5_000, discountBp: 0, taxRateBp: 600 },
      ],
      1000,
    );
    expect(totals).toMatchObject({
      subtotalMinor: 15_000,
      discountMinor: 1_500,
      taxByRate: [
        { rateBp: 600, baseMinor: 5_000, taxMinor: 270 },
        { rateBp: 1300, baseMinor: 10_000, taxMinor: 1_170 },
      ],
      taxMinor: 1_440,
      totalMinor: 14_940,
    });
  });

  it('the total always equals the sum of the lines after the documented rounding, and is never negative', () => {
    fc.assert(
      fc.property(linesArb, wholeArb, (lines, whole) => {
        const totals = quoteTotals(lines, whole);
        const nets = lines.map((line) =>
          halfUp(
            BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor) * BigInt(10_000 - line.discountBp),
            10_000_000n,
          ),
        );
        const subtotal = nets.reduce((a, b) => a + b, 0n);
        const discount = halfUp(subtotal * BigInt(whole), 10_000n);
        const rates = [...new Set(lines.map((line) => line.taxRateBp))];
        const tax = rates.reduce((sum, rate) => {
          const base = lines.reduce((b, line, i) => (line.taxRateBp === rate ? b + (nets[i] ?? 0n) : b), 0n);
          return sum + halfUp(base * BigInt(10_000 - whole) * BigInt(rate), 100_000_000n);
        }, 0n);
        expect(totals.lineNets.map(BigInt)).toEqual(nets);
        expect(BigInt(totals.subtotalMinor)).toBe(subtotal);
        expect(BigInt(totals.totalMinor)).toBe(subtotal - discount + tax);
        expect(totals.totalMinor).toBeGreaterThanOrEqual(0);
        expect(totals.discountMinor).toBeLessThanOrEqual(totals.subtotalMinor);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a quote and its approver', () => {
  it('never approves more discount than the approver may grant: the route always reaches the band of the largest effective discount, and the director for a line below its floor', () => {
    fc.assert(
      fc.property(linesArb, wholeArb, (raw, whole) => {
        const lines = asLines(raw);
        const details = quoteApprovalDetails(
          { id: 1, number: 'BJ-2026-0001', currentVersion: 1, currency: 'CNY', discountBp: whole },
          lines,
        );
        const required = requiredApproval(DEFAULT_POLICY, details);
        const roles = required.kind === 'auto' ? [] : required.roles;
        const authority = roles.includes('director')
          ? 100
          : roles.includes('manager')
            ? DEFAULT_POLICY.managerMaxDiscountPercent
            : DEFAULT_POLICY.autoApproveDiscountPercent;
        for (const line of lines) {
          const effective = effectiveDiscountBp(line, whole);
          const given =
            effective ?? 10_000 - Math.floor(((10_000 - line.discountBp) * (10_000 - whole)) / 10_000);
          expect(given / 100).toBeLessThanOrEqual(authority);
          if (isBelowFloor(line, whole)) expect(roles).toContain('director');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows the approver at most 15 lines, the most discounted first, and counts them all', () => {
    const lines = asLines(
      Array.from({ length: 200 }, (_, i) => ({
        quantityMilli: 1000,
        unitPriceMinor: 10_000 - i,
        discountBp: i,
        taxRateBp: 1300,
        listPriceMinor: 10_000,
        floorPriceMinor: null,
      })),
    );
    const details = quoteApprovalDetails(
      { id: 1, number: 'BJ-2026-0001', currentVersion: 1, currency: 'CNY', discountBp: 0 },
      lines,
    );
    expect(details.lineCount).toBe(200);
    expect(details.lines).toHaveLength(15);
    expect(details.lines[0]?.position).toBe(200);
    expect(JSON.stringify(details).length).toBeLessThan(8000);
  });
});
