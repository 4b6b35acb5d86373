import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contractDetail,
  dispatchDelivery,
  listLedger,
  markSigned,
} from '../../../src/features/ledger/contracts.usecases.js';
import { requestInvoice } from '../../../src/features/ledger/invoices.usecases.js';
import { confirmPayment, recordPayment } from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

describe.each(DRIVERS)('the contract ledger on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;
  let team: Team;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database);
    team = await seedTeam(deps);
  });
  afterAll(() => database?.destroy());

  it('a finally approved contract request is entered in the ledger with its number, amount in fen and schedule', async () => {
    const contract = await approvedContract(deps, team, { amount: '300000.10', upfront: '30' });
    expect(contract).toMatchObject({
      number: 'HT-2026-0001',
      amountMinor: 30_000_010,
      currency: 'CNY',
      upfrontBp: 3000,
      status: 'approved',
      ownerUserId: 'U_REP',
    });
    const detail = await contractDetail({
      ...deps,
      actor: actor('U_REP'),
      ref: { kind: 'number', number: 'ht-2026-0001' },
    });
    expect(detail.installments.map((row) => [row.amountMinor, row.isUpfront])).toEqual([
      [9_000_003, true],
      [21_000_007, false],
    ]);
  });

  it('a reported payment counts only once finance confirms it; delivery waits for it', async () => {
    const contract = await approvedContract(deps, team, { amount: '100000' });
    await markSigned({
      ...deps,
      actor: actor('U_REP'),
      ref: { kind: 'id', contractId: contract.id },
      signedLink: 'https://x.example/signed.pdf',
    });
    await expect(
      dispatchDelivery({ ...deps, actor: actor('U_REP'), ref: { kind: 'id', contractId: contract.id } }),
    ).rejects.toMatchObject({
      code: 'ledger_delivery_not_allowed',
    });
    const reported = await recordPayment({
      ...deps,
      actor: actor('U_REP'),
      team,
      ref: { kind: 'number', number: contract.number },
      amount: '4万',
    });
    expect(reported.kind).toBe('reported');
    expect((await deps.contracts.findById('T1', contract.id))?.collectedMinor).toBe(0);
    await expect(
      requestInvoice({ ...deps, actor: actor('U_REP'), team, ref: { kind: 'id', contractId: contract.id } }),
    ).rejects.toMatchObject({ code: 'ledger_invoice_threshold' });
    const confirmed = await confirmPayment({
      ...deps,
      actor: actor('U_FIN'),
      team,
      paymentId: reported.payment.id,
    });
    expect(confirmed.contract.collectedMinor).toBe(4_000_000);
    await expect(
      requestInvoice({ ...deps, actor: actor('U_REP'), team, ref: { kind: 'id', contractId: contract.id } }),
    ).rejects.toMatchObject({
      code: 'ledger_invoice_threshold',
      params: { needed: '¥20,000.00', collected: 40, threshold: 60 },
    });
    const delivering = await dispatchDelivery({
      ...deps,
      actor: actor('U_REP'),
      ref: { kind: 'id', contractId: contract.id },
    });
    expect(delivering.status).toBe('delivering');
    await recordPayment({
      ...deps,
      actor: actor('U_FIN'),
      team,
      ref: { kind: 'id', contractId: contract.id },
      amount: '¥20,000',
    });
    const invoice = await requestInvoice({
      ...deps,
      actor: actor('U_REP'),
      team,
      ref: { kind: 'id', contractId: contract.id },
    });
    expect(invoice.outcome).toBe('routed');
    if (invoice.outcome !== 'routed') return;
    expect(invoice.steps.map((step) => step.approverUserId)).toEqual(['U_FIN']);
    expect(invoice.contract.invoicedMinor).toBe(10_000_000);
    const ledger = await listLedger({ ...deps, actor: actor('U_MGR'), filter: { kind: 'team' } });
    expect(ledger.totals).toEqual([
      expect.objectContaining({
        currency: 'CNY',
        count: 2,
        collectedMinor: 6_000_000,
        invoicedMinor: 10_000_000,
      }),
    ]);
  });
});
