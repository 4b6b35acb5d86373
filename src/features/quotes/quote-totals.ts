/**
 * The one place a quote's money is computed: the builder, the approval, the PDF, the contract and the CSV all call
 * `quoteTotals`. Integer minor units throughout (BigInt inside, so qty × price × basis points never overflows),
 * and one written rounding rule (README, "Quotes"):
 *
 * 1. Each line: net = round_half_up(quantity × unit price × (1 − line discount)), to the minor unit.
 * 2. Subtotal = the sum of the lines' nets.
 * 3. Whole-quote discount = round_half_up(subtotal × whole discount).
 * 4. Tax per rate, on the discounted subtotal of that rate: for each tax rate r, with base_r the sum of the nets of
 *    the lines taxed at r, tax_r = round_half_up(base_r × (1 − whole discount) × r). Tax = the sum of the tax_r.
 * 5. Total = subtotal − whole-quote discount + tax.
 *
 * Basis points: 10000 = 100 %. Quantities are thousandths (1500 = 1.5).
 */

export interface PricedLine {
  quantityMilli: number;
  unitPriceMinor: number;
  discountBp: number;
  taxRateBp: number;
}

export interface QuoteTotals {
  /** Each line's net, in the order given. */
  lineNets: number[];
  subtotalMinor: number;
  discountMinor: number;
  /** Tax per rate (basis points → minor units), rates ascending. */
  taxByRate: { rateBp: number; baseMinor: number; taxMinor: number }[];
  taxMinor: number;
  totalMinor: number;
}

/**
 * The largest net one line may have (¥100 billion in fen): 200 such lines still total far inside 2^53, so every
 * amount reads back from a bigint column as an exact JS number. The input refuses a line above it.
 */
export const MAX_LINE_NET_MINOR = 10_000_000_000_000;

const BP = 10_000n;
const MILLI = 1_000n;

/** numerator / denominator rounded half up (both non-negative). */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

export function lineNetMinor(line: Omit<PricedLine, 'taxRateBp'>): number {
  const gross = BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor);
  return Number(divideHalfUp(gross * (BP - BigInt(line.discountBp)), MILLI * BP));
}

export function quoteTotals(lines: readonly PricedLine[], wholeDiscountBp: number): QuoteTotals {
  const lineNets = lines.map(lineNetMinor);
  const subtotal = lineNets.reduce((sum, net) => sum + BigInt(net), 0n);
  const whole = BigInt(wholeDiscountBp);
  const discount = divideHalfUp(subtotal * whole, BP);
  const bases = new Map<number, bigint>();
  lines.forEach((line, index) => {
    bases.set(line.taxRateBp, (bases.get(line.taxRateBp) ?? 0n) + BigInt(lineNets[index] ?? 0));
  });
  const taxByRate = [...bases.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rateBp, base]) => ({
      rateBp,
      baseMinor: Number(base),
      taxMinor: Number(divideHalfUp(base * (BP - whole) * BigInt(rateBp), BP * BP)),
    }));
  const tax = taxByRate.reduce((sum, rate) => sum + rate.taxMinor, 0);
  return {
    lineNets,
    subtotalMinor: Number(subtotal),
    discountMinor: Number(discount),
    taxByRate,
    taxMinor: tax,
    totalMinor: Number(subtotal - discount) + tax,
  };
}

/**
 * How far below its list price a line is really sold, after its own discount and the whole-quote discount, in
 * basis points of the list price (rounded up, so a discount is never understated to an approver). Null when the
 * line has no list price (free text). A price above list is a 0 discount.
 */
export function effectiveDiscountBp(
  line: { unitPriceMinor: number; discountBp: number; listPriceMinor: number | null },
  wholeDiscountBp: number,
): number | null {
  if (line.listPriceMinor === null || line.listPriceMinor <= 0) return null;
  const list = BigInt(line.listPriceMinor);
  // Effective unit price × BP² = price × (BP − line) × (BP − whole).
  const paid = BigInt(line.unitPriceMinor) * (BP - BigInt(line.discountBp)) * (BP - BigInt(wholeDiscountBp));
  const full = list * BP * BP;
  if (paid >= full) return 0;
  const off = full - paid;
  return Number((off * BP + full - 1n) / full);
}

/** The unit price a line is really sold at, after both discounts, in minor units rounded half up. */
export function effectiveUnitPriceMinor(
  line: { unitPriceMinor: number; discountBp: number },
  wholeDiscountBp: number,
): number {
  const paid = BigInt(line.unitPriceMinor) * (BP - BigInt(line.discountBp)) * (BP - BigInt(wholeDiscountBp));
  return Number(divideHalfUp(paid, BP * BP));
}

/** Below floor: the effective unit price is under the product's floor price (exact comparison, no rounding). */
export function isBelowFloor(
  line: { unitPriceMinor: number; discountBp: number; floorPriceMinor: number | null },
  wholeDiscountBp: number,
): boolean {
  if (line.floorPriceMinor === null) return false;
  const paid = BigInt(line.unitPriceMinor) * (BP - BigInt(line.discountBp)) * (BP - BigInt(wholeDiscountBp));
  return paid < BigInt(line.floorPriceMinor) * BP * BP;
}
