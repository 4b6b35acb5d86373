/**
 * An independent model of one rep's contracts, written without the production code: it says what collected,
 * invoiced, the installments and the commission must be after any sequence of payments, reversals and invoices.
 * Its commission uses the ramp form of marginal tiers (base × x + Σ (rate − previous rate) × max(0, x − from)),
 * not the band slices the production code sums, so the two agree only if both are right.
 */
export interface ModelPlan {
  baseRateBp: number;
  tiers: { fromMinor: number; rateBp: number }[];
  lateCutoffDays: number | null;
  currency: string;
}

export interface ModelInstallment {
  seq: number;
  dueOn: string;
  amount: number;
  collected: number;
}

export interface ModelContract {
  id: number;
  currency: string;
  amount: number;
  collected: number;
  invoiced: number;
  installments: ModelInstallment[];
}

export interface ModelPayment {
  id: number;
  contract: number;
  amount: number;
  receivedOn: string;
  status: 'reported' | 'confirmed' | 'rejected' | 'reversed';
  allocations: { seq: number; amount: number }[];
}

export interface ModelEntry {
  paymentId: number;
  month: string;
  currency: string;
  collected: number;
  basis: number;
  commission: number;
}

export interface ModelInvoice {
  requestId: number;
  contract: number;
  amount: number;
  status: 'requested' | 'approved' | 'rejected';
}

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Shanghai has no daylight saving: its month is UTC + 8 h. */
export const shanghaiMonth = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
export const shanghaiDate = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

function cumulativeNumerator(plan: ModelPlan, x: number): bigint {
  let total = BigInt(plan.baseRateBp) * BigInt(x);
  let previous = plan.baseRateBp;
  for (const tier of [...plan.tiers].sort((a, b) => a.fromMinor - b.fromMinor)) {
    total += BigInt(tier.rateBp - previous) * BigInt(Math.max(0, x - tier.fromMinor));
    previous = tier.rateBp;
  }
  return total;
}

const halfUp = (numerator: bigint) => Number((numerator + 5000n) / 10000n);

export class LedgerModel {
  contracts: ModelContract[] = [];
  payments: ModelPayment[] = [];
  entries: ModelEntry[] = [];
  invoices: ModelInvoice[] = [];

  constructor(readonly plan: ModelPlan) {}

  confirm(payment: ModelPayment, now: Date): void {
    const contract = this.contracts[payment.contract] as ModelContract;
    let rest = payment.amount;
    let basis = 0;
    payment.allocations = [];
    for (const installment of contract.installments) {
      const part = Math.min(installment.amount - installment.collected, rest);
      if (part <= 0) continue;
      installment.collected += part;
      rest -= part;
      payment.allocations.push({ seq: installment.seq, amount: part });
      const late = dayNumber(payment.receivedOn) - dayNumber(installment.dueOn);
      if (this.plan.lateCutoffDays === null || late <= this.plan.lateCutoffDays) basis += part;
    }
    contract.collected += payment.amount;
    payment.status = 'confirmed';
    const month = shanghaiMonth(now);
    const before = Math.max(
      0,
      this.entries
        .filter((entry) => entry.month === month && entry.currency === contract.currency)
        .reduce((sum, entry) => sum + entry.basis, 0),
    );
    const commission =
      contract.currency === this.plan.currency
        ? halfUp(cumulativeNumerator(this.plan, before + basis) - cumulativeNumerator(this.plan, before))
        : halfUp(BigInt(this.plan.baseRateBp) * BigInt(basis));
    this.entries.push({
      paymentId: payment.id,
      month,
      currency: contract.currency,
      collected: payment.amount,
      basis,
      commission,
    });
  }

  reverse(payment: ModelPayment, now: Date): void {
    const contract = this.contracts[payment.contract] as ModelContract;
    for (const allocation of payment.allocations) {
      const installment = contract.installments.find((row) => row.seq === allocation.seq) as ModelInstallment;
      installment.collected -= allocation.amount;
    }
    contract.collected -= payment.amount;
    payment.status = 'reversed';
    const accrued = this.entries.find((entry) => entry.paymentId === payment.id) as ModelEntry;
    this.entries.push({
      paymentId: payment.id,
      month: shanghaiMonth(now),
      currency: accrued.currency,
      collected: -accrued.collected,
      basis: -accrued.basis,
      commission: -accrued.commission,
    });
  }

  /** What the invoice rule says about asking for `amount` now: null = allowed. */
  invoiceRefusal(contractIndex: number, amount: number, thresholdBp: number): string | null {
    const contract = this.contracts[contractIndex] as ModelContract;
    if (contract.collected * 10_000 < contract.amount * thresholdBp) return 'ledger_invoice_threshold';
    if (contract.invoiced + amount > contract.amount) return 'ledger_over_invoice';
    return null;
  }

  commissionByMonth(): Map<string, number> {
    const totals = new Map<string, number>();
    for (const entry of this.entries)
      totals.set(
        `${entry.month}:${entry.currency}`,
        (totals.get(`${entry.month}:${entry.currency}`) ?? 0) + entry.commission,
      );
    return totals;
  }

  collectedByMonth(): Map<string, number> {
    const totals = new Map<string, number>();
    for (const entry of this.entries)
      totals.set(
        `${entry.month}:${entry.currency}`,
        (totals.get(`${entry.month}:${entry.currency}`) ?? 0) + entry.collected,
      );
    return totals;
  }
}
