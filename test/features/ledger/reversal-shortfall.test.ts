import { describe, expect, it } from 'vitest';
import type { Contract, Installment, Invoice } from '../../../src/features/ledger/ledger.types.js';
import { DEFAULT_FINANCE_POLICY } from '../../../src/features/ledger/ledger.types.js';
import { shortfallOf } from '../../../src/features/ledger/reversal-shortfall.js';

// A ¥100,000 contract whose schedule asks ¥30,000 upfront; only the fields the rule reads matter.
const contract = (status: Contract['status'], collectedMinor: number) =>
  ({ status, collectedMinor, amountMinor: 10_000_000, currency: 'CNY' }) as Contract;
const installments = [
  { seq: 1, amountMinor: 3_000_000, isUpfront: true },
  { seq: 2, amountMinor: 7_000_000, isUpfront: false },
] as Installment[];
const invoice = (status: Invoice['status']) => ({ id: 1, status, amountMinor: 6_000_000 }) as Invoice;
const policy = { ...DEFAULT_FINANCE_POLICY, invoiceThresholdBp: 6000 };

describe('what stands on less money after a reversal', () => {
  it('an approved or issued invoice is short while the collected share is below the threshold', () => {
    for (const status of ['approved', 'issued'] as const)
      expect(
        shortfallOf({
          contract: contract('signed', 4_000_000),
          invoices: [invoice(status)],
          installments,
          policy,
        }),
      ).toMatchObject({ invoice: { shortMinor: 2_000_000, thresholdPercent: 60 }, delivery: null });
    // A requested or rejected invoice relied on nothing yet; at the threshold nothing is short.
    for (const invoices of [[invoice('requested')], [invoice('rejected')]])
      expect(shortfallOf({ contract: contract('signed', 0), invoices, installments, policy })).toBeNull();
    expect(
      shortfallOf({
        contract: contract('signed', 6_000_000),
        invoices: [invoice('issued')],
        installments,
        policy,
      }),
    ).toBeNull();
  });

  it('a dispatched delivery is short with no money in, or below the upfront share when the policy asks for it', () => {
    expect(
      shortfallOf({ contract: contract('delivering', 0), invoices: [], installments, policy }),
    ).toMatchObject({
      invoice: null,
      delivery: { rule: 'first_payment' },
    });
    expect(
      shortfallOf({ contract: contract('delivered', 1), invoices: [], installments, policy }),
    ).toBeNull();
    expect(shortfallOf({ contract: contract('signed', 0), invoices: [], installments, policy })).toBeNull();
    const upfront = { ...policy, deliveryRule: 'upfront' as const };
    expect(
      shortfallOf({
        contract: contract('delivering', 1_000_000),
        invoices: [],
        installments,
        policy: upfront,
      }),
    ).toMatchObject({ delivery: { rule: 'upfront', shortMinor: 2_000_000 } });
  });
});
