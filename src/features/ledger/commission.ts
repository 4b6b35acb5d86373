import type { CommissionPlan, CommissionTier } from './ledger.types.js';

/** One band of a computed commission: this slice of the month's collected money, at this rate. */
export interface CommissionBand {
  fromMinor: number;
  toMinor: number;
  rateBp: number;
}

export interface CommissionComputation {
  commissionMinor: number;
  bands: CommissionBand[];
}

/** The plan's bands in ascending order, the base rate from zero. Tiers are marginal, like tax brackets. */
export function bandsOf(plan: Pick<CommissionPlan, 'baseRateBp' | 'tiers'>): CommissionTier[] {
  const tiers = [...plan.tiers]
    .filter((tier) => tier.fromMinor > 0)
    .sort((a, b) => a.fromMinor - b.fromMinor);
  return [{ fromMinor: 0, rateBp: plan.baseRateBp }, ...tiers];
}

/**
 * Commission on `basisMinor` of eligible money confirmed after `monthBasisBefore` of the same rep's month (same
 * currency). In the plan's currency the tiers apply to the slice of the month it fills; other currencies earn
 * the base rate. Integer arithmetic, rounded half up once per payment.
 */
export function commissionFor(input: {
  plan: Pick<CommissionPlan, 'baseRateBp' | 'tiers'>;
  planCurrency: string;
  currency: string;
  monthBasisBefore: number;
  basisMinor: number;
}): CommissionComputation {
  const { basisMinor } = input;
  if (basisMinor <= 0) return { commissionMinor: 0, bands: [] };
  const start = Math.max(0, input.monthBasisBefore);
  const end = start + basisMinor;
  const tiers =
    input.currency === input.planCurrency
      ? bandsOf(input.plan)
      : [{ fromMinor: 0, rateBp: input.plan.baseRateBp }];
  let numerator = 0n;
  const bands: CommissionBand[] = [];
  for (const [index, tier] of tiers.entries()) {
    const upper = tiers[index + 1]?.fromMinor ?? Number.POSITIVE_INFINITY;
    const from = Math.max(start, tier.fromMinor);
    const to = Math.min(end, upper);
    if (to <= from) continue;
    numerator += BigInt(to - from) * BigInt(tier.rateBp);
    bands.push({ fromMinor: from, toMinor: to, rateBp: tier.rateBp });
  }
  return { commissionMinor: Number((numerator + 5000n) / 10000n), bands };
}

/** The part of a payment's allocations that earns commission under the plan's lateness rule. */
export function eligibleBasis(
  allocations: { amountMinor: number; daysLate: number }[],
  lateCutoffDays: number | null,
): number {
  return allocations
    .filter((allocation) => lateCutoffDays === null || allocation.daysLate <= lateCutoffDays)
    .reduce((sum, allocation) => sum + allocation.amountMinor, 0);
}
