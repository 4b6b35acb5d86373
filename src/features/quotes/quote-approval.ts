import {
  QUOTE_APPROVAL_LINES,
  type QuoteApprovalDetails,
  type QuoteApprovalLine,
} from '../approvals/approval-states.types.js';
import type { Quote, QuoteLine } from './quote-records.js';
import { effectiveDiscountBp, isBelowFloor, quoteTotals } from './quote-totals.js';

/**
 * What a quote asks its approver: every line's effective discount (its own and the whole quote's together) against
 * its list price, the largest of them for the policy's bands, whether any line is below its floor, and the margin
 * over the floors. A free-text line has no list price: its own discount combined with the whole one counts.
 */
export function quoteApprovalDetails(
  quote: Pick<Quote, 'id' | 'number' | 'currentVersion' | 'currency' | 'discountBp'>,
  lines: QuoteLine[],
): QuoteApprovalDetails {
  const whole = quote.discountBp;
  const totals = quoteTotals(lines, whole);
  const measured = lines.map((line, index): QuoteApprovalLine & { belowFloor: boolean; rankBp: number } => {
    const effective = effectiveDiscountBp(line, whole);
    const rankBp = effective ?? combinedDiscountBp(line.discountBp, whole);
    const effectiveNet = effectiveLineNet(line, whole);
    return {
      position: line.position,
      sku: line.sku,
      description: line.description,
      quantityMilli: line.quantityMilli,
      unitPriceMinor: line.unitPriceMinor,
      discountBp: line.discountBp,
      effectiveDiscountBp: effective,
      netMinor: totals.lineNets[index] ?? 0,
      floorMarginMinor:
        line.floorPriceMinor === null
          ? null
          : effectiveNet - floorAmount(line.floorPriceMinor, line.quantityMilli),
      belowFloor: isBelowFloor(line, whole),
      rankBp,
    };
  });
  const withFloor = measured.filter((line) => line.floorMarginMinor !== null);
  const maxBp = Math.max(0, ...measured.map((line) => line.rankBp));
  return {
    kind: 'quote',
    quoteId: quote.id,
    number: quote.number,
    version: quote.currentVersion,
    currency: quote.currency,
    subtotalMinor: totals.subtotalMinor,
    discountMinor: totals.discountMinor,
    totalMinor: totals.totalMinor,
    wholeDiscountBp: whole,
    maxDiscountPercent: maxBp / 100,
    belowFloor: measured.some((line) => line.belowFloor),
    floorMarginMinor: withFloor.length
      ? withFloor.reduce((sum, line) => sum + (line.floorMarginMinor ?? 0), 0)
      : null,
    lineCount: lines.length,
    lines: [...measured]
      .sort(
        (a, b) =>
          Number(b.belowFloor) - Number(a.belowFloor) || b.rankBp - a.rankBp || a.position - b.position,
      )
      .slice(0, QUOTE_APPROVAL_LINES)
      .map(({ belowFloor: _below, rankBp: _rank, ...line }) => line),
  };
}

/** 1 − (1 − a)(1 − b), in basis points, rounded up (a discount is never understated). */
export function combinedDiscountBp(a: number, b: number): number {
  const kept = (10_000 - a) * (10_000 - b);
  return Math.ceil((10_000 * 10_000 - kept) / 10_000);
}

/** What the line brings after both discounts (minor units, half up), before tax. */
function effectiveLineNet(line: QuoteLine, wholeBp: number): number {
  const unit = BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor);
  const paid = unit * BigInt(10_000 - line.discountBp) * BigInt(10_000 - wholeBp);
  const denominator = 1000n * 10_000n * 10_000n;
  return Number((paid * 2n + denominator) / (denominator * 2n));
}

function floorAmount(floorMinor: number, quantityMilli: number): number {
  return Number((BigInt(floorMinor) * BigInt(quantityMilli) * 2n + 1000n) / 2000n);
}
