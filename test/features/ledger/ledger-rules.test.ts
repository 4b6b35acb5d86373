import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../../src/features/approvals/decisions.usecases.js';
import {
  adjustSchedule,
  cancelContract,
  contractDetail,
  dispatchDelivery,
  listLedger,
  markDelivered,
  markSigned,
} from '../../../src/features/ledger/contracts.usecases.js';
import { updateFinancePolicy, winContext } from '../../../src/features/ledger/finance-settings.usecases.js';
import { issueInvoice, requestInvoice } from '../../../src/features/ledger/invoices.usecases.js';
import type { Contract } from '../../../src/features/ledger/ledger.types.js';
import {
  confirmPayment,
  recordPayment,
  reversePayment,
} from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

describe.each(DRIVERS)('ledger rules on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;
  let team: Team;
  let contract: Contract;
  const byId = () => ({ kind: 'id' as const, contractId: contract.id });
  const as = (userId: string, teamId = 'T1') => ({ ...deps, actor: actor(userId, teamId), team });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database);
    team = await seedTeam(deps);
    await seedTeam(deps, 'T2');
    contract = await approvedContract(deps, team, { amount: '100000', company: 'Visible Co' });
  });
  afterAll(() => database?.destroy());

  it('a rep sees their own contracts, their manager and finance too; another rep or team reads “not found”', async () => {
    const ref = { kind: 'number' as const, number: contract.number };
    for (const userId of ['U_REP', 'U_MGR', 'U_DIR', 'U_FIN', 'U_ADMIN'])
      expect((await contractDetail({ ...as(userId), ref })).summary.contract.id).toBe(contract.id);
    const missing = { kind: 'number' as const, number: 'HT-2026-9999' };
    const notFound = async (userId: string, teamId: string, r: typeof ref) =>
      contractDetail({ ...as(userId, teamId), ref: r }).catch((error) => [error.code, error.messageKey]);
    expect(await notFound('U_REP2', 'T1', ref)).toEqual(await notFound('U_REP2', 'T1', missing));
    expect(await notFound('U_REP', 'T2', ref)).toEqual(await notFound('U_REP', 'T2', missing));
    expect((await listLedger({ ...as('U_REP2'), filter: { kind: 'team' } })).summaries).toEqual([]);
  });

  it('only finance or an admin confirms or reverses money; someone who cannot see it reads “not found”', async () => {
    const reported = await recordPayment({
      ...as('U_REP'),
      ref: byId(),
      amount: '10000',
      note: '=HYPERLINK("x")',
    });
    expect(reported.kind).toBe('reported');
    if (reported.kind === 'reported') expect(reported.notifyUserIds.sort()).toEqual(['U_FIN', 'U_FIN2']);
    await expect(confirmPayment({ ...as('U_MGR'), paymentId: reported.payment.id })).rejects.toMatchObject({
      code: 'ledger_finance_only',
    });
    const hidden = await confirmPayment({ ...as('U_REP2'), paymentId: reported.payment.id }).catch(
      (e) => e.code,
    );
    const missing = await confirmPayment({ ...as('U_REP2'), paymentId: 99_999_999 }).catch((e) => e.code);
    expect(hidden).toBe(missing);
    expect((await deps.contracts.findById('T1', contract.id))?.collectedMinor).toBe(0);
    await confirmPayment({ ...as('U_FIN'), paymentId: reported.payment.id });
    await expect(
      reversePayment({ ...as('U_FIN'), paymentId: reported.payment.id, reason: ' ' }),
    ).rejects.toMatchObject({
      code: 'ledger_reason_required',
    });
    const reversed = await reversePayment({
      ...as('U_FIN'),
      paymentId: reported.payment.id,
      reason: 'bounced',
    });
    expect(reversed.contract.collectedMinor).toBe(0);
    expect(reversed.payment).toMatchObject({
      status: 'reversed',
      reverseReason: 'bounced',
      reversedByUserId: 'U_FIN',
    });
    const history = (await deps.contracts.history('T1', contract.id)).map((event) => event.kind);
    expect(history).toEqual([
      'contract_entered',
      'payment_reported',
      'payment_confirmed',
      'payment_reversed',
    ]);
    const commission = await deps.ledgerReports.statementLines('T1', '2026-03', 'U_REP');
    expect(
      commission.filter((line) => line.contractNumber === contract.number).map((l) => l.collectedMinor),
    ).toEqual([1_000_000, -1_000_000]);
  });

  it('the rep adjusts the schedule before signing; signing needs a link and a fresh card', async () => {
    const own = await approvedContract(deps, team, { amount: '1000', company: 'Schedule Co' });
    const ref = { kind: 'id' as const, contractId: own.id };
    await expect(
      adjustSchedule({
        ...as('U_REP'),
        ref,
        expectedVersion: own.version,
        rows: [{ dueOn: '2026-04-01', amount: '900' }],
      }),
    ).rejects.toMatchObject({ code: 'ledger_schedule_sum' });
    const adjusted = await adjustSchedule({
      ...as('U_REP'),
      ref,
      expectedVersion: own.version,
      rows: [
        { dueOn: '2026-03-20', amount: '400' },
        { dueOn: '2026-04-20', amount: '300' },
        { dueOn: '2026-05-20', amount: '300' },
      ],
    });
    expect(adjusted.installments.map((row) => row.amountMinor)).toEqual([40_000, 30_000, 30_000]);
    await expect(
      markSigned({ ...as('U_MGR'), ref, signedLink: 'https://x.example/s' }),
    ).rejects.toMatchObject({
      code: 'ledger_owner_only',
    });
    await expect(
      markSigned({ ...as('U_REP'), ref, signedLink: 'javascript:alert(1)' }),
    ).rejects.toMatchObject({
      code: 'ledger_signed_required',
    });
    await expect(
      markSigned({ ...as('U_REP'), ref, signedLink: 'https://x.example/s', expectedVersion: own.version }),
    ).rejects.toMatchObject({ code: 'ledger_contract_changed' });
    const signed = await markSigned({
      ...as('U_REP'),
      ref,
      signedLink: 'https://x.example/s',
      expectedVersion: adjusted.contract.version,
    });
    expect(signed).toMatchObject({ status: 'signed', signedLink: 'https://x.example/s' });
    await expect(
      adjustSchedule({
        ...as('U_REP'),
        ref,
        expectedVersion: signed.version,
        rows: [{ dueOn: '2026-04-01', amount: '1000' }],
      }),
    ).rejects.toMatchObject({ code: 'ledger_schedule_locked' });
  });

  it('with the upfront rule, delivery waits for the whole upfront share; delivered and fully paid, it closes', async () => {
    await updateFinancePolicy({
      ...as('U_ADMIN'),
      expectedVersion: 0,
      form: { invoiceThresholdPercent: '60', deliveryRule: 'upfront', overdueManagerDays: '7' },
    });
    const own = await approvedContract(deps, team, { amount: '1000', upfront: '50', company: 'Upfront Co' });
    const ref = { kind: 'id' as const, contractId: own.id };
    await markSigned({ ...as('U_REP'), ref, signedLink: 'https://x.example/s' });
    await recordPayment({ ...as('U_FIN'), ref, amount: '100' });
    await expect(dispatchDelivery({ ...as('U_REP'), ref })).rejects.toMatchObject({
      code: 'ledger_delivery_not_allowed',
      params: { needed: '¥400.00' },
    });
    await recordPayment({ ...as('U_FIN'), ref, amount: '400' });
    expect((await dispatchDelivery({ ...as('U_REP'), ref })).status).toBe('delivering');
    await expect(markDelivered({ ...as('U_REP'), ref, acceptance: '' })).rejects.toMatchObject({
      code: 'ledger_acceptance_required',
    });
    expect((await markDelivered({ ...as('U_REP'), ref, acceptance: 'signed acceptance form' })).status).toBe(
      'delivered',
    );
    const last = await recordPayment({ ...as('U_FIN'), ref, amount: '500' });
    expect(last.contract.status).toBe('closed');
    const reversed = await reversePayment({
      ...as('U_ADMIN'),
      paymentId: last.payment.id,
      reason: 'duplicate',
    });
    expect(reversed.contract.status).toBe('delivered');
    await updateFinancePolicy({
      ...as('U_ADMIN'),
      expectedVersion: 1,
      form: { invoiceThresholdPercent: '60', deliveryRule: 'first_payment', overdueManagerDays: '7' },
    });
  });

  it('finance cancels with a reason, never while money is collected or invoiced', async () => {
    const own = await approvedContract(deps, team, { amount: '1000', company: 'Cancel Co' });
    const ref = { kind: 'id' as const, contractId: own.id };
    await expect(cancelContract({ ...as('U_REP'), ref, reason: 'x' })).rejects.toMatchObject({
      code: 'ledger_finance_only',
    });
    const payment = await recordPayment({ ...as('U_FIN'), ref, amount: '10' });
    await expect(cancelContract({ ...as('U_FIN'), ref, reason: 'customer withdrew' })).rejects.toMatchObject({
      code: 'ledger_cancel_not_allowed',
    });
    await reversePayment({ ...as('U_FIN'), paymentId: payment.payment.id, reason: 'refunded' });
    const cancelled = await cancelContract({ ...as('U_FIN'), ref, reason: 'customer withdrew' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'customer withdrew' });
    await expect(recordPayment({ ...as('U_FIN'), ref, amount: '10' })).rejects.toMatchObject({
      code: 'ledger_contract_status',
    });
  });

  it('an approved invoice is issued by finance with a unique number; a lower amount gives the rest back', async () => {
    const own = await approvedContract(deps, team, { amount: '1000', company: 'Invoice Co' });
    const ref = { kind: 'id' as const, contractId: own.id };
    await recordPayment({ ...as('U_FIN'), ref, amount: '600' });
    const asked = await requestInvoice({ ...as('U_REP'), ref });
    if (asked.outcome !== 'routed') throw new Error('not routed');
    expect(asked.invoice.amountMinor).toBe(100_000);
    await expect(
      issueInvoice({ ...as('U_FIN'), invoiceId: asked.invoice.id, number: 'FP-1' }),
    ).rejects.toMatchObject({
      code: 'ledger_invoice_status',
    });
    await expect(
      decide({
        ...as('U_FIN'),
        target: { requestId: asked.request.id, revision: 1, step: 1 },
        decision: 'changes',
        comment: 'x',
      }),
    ).rejects.toMatchObject({ code: 'approval_changes_not_available' });
    await decide({
      ...as('U_FIN'),
      target: { requestId: asked.request.id, revision: 1, step: 1 },
      decision: 'approve',
    });
    await expect(
      issueInvoice({ ...as('U_REP'), invoiceId: asked.invoice.id, number: 'FP-1' }),
    ).rejects.toMatchObject({
      code: 'ledger_finance_only',
    });
    const issued = await issueInvoice({
      ...as('U_FIN'),
      invoiceId: asked.invoice.id,
      number: 'FP-1',
      issuedOn: '2026-03-02',
      amount: '800',
    });
    expect(issued.invoice).toMatchObject({ status: 'issued', invoiceNumber: 'FP-1', amountMinor: 80_000 });
    expect(issued.contract.invoicedMinor).toBe(80_000);
    const again = await requestInvoice({ ...as('U_REP'), ref });
    if (again.outcome !== 'routed') throw new Error('not routed');
    await decide({
      ...as('U_FIN'),
      target: { requestId: again.request.id, revision: 1, step: 1 },
      decision: 'approve',
    });
    await expect(
      issueInvoice({ ...as('U_FIN'), invoiceId: again.invoice.id, number: 'FP-1' }),
    ).rejects.toMatchObject({
      code: 'ledger_invoice_number_taken',
    });
  });

  it('a team may require an approved contract before a lead is won', async () => {
    const lead = (await deps.leads.findById('T1', contract.leadId)) as NonNullable<
      Awaited<ReturnType<typeof deps.leads.findById>>
    >;
    expect((await winContext({ ...as('U_REP'), leadId: lead.id })).offerContract).toBe(false);
    const saved = await deps.financeSettings.findPolicy('T1');
    await updateFinancePolicy({
      ...as('U_ADMIN'),
      expectedVersion: saved?.version ?? 0,
      form: { invoiceThresholdPercent: '60', overdueManagerDays: '7', wonRequiresContract: 'yes' },
    });
    const bare = await deps.leads.create(
      'T1',
      'U_REP',
      {
        kind: 'company',
        companyName: 'No Contract',
        contactName: 'X',
        contactTitle: null,
        phone: null,
        email: null,
        industry: null,
        companySize: null,
        source: null,
        estimatedValue: null,
        currency: null,
        expectedCloseDate: null,
        intent: null,
        nextFollowUpOn: null,
        notes: null,
      },
      { actorUserId: 'U_REP', kind: 'created' },
    );
    await expect(winContext({ ...as('U_REP'), leadId: bare.id })).rejects.toMatchObject({
      code: 'ledger_won_requires_contract',
    });
    await expect(
      updateFinancePolicy({
        ...as('U_ADMIN'),
        expectedVersion: saved?.version ?? 0,
        form: { invoiceThresholdPercent: '50', overdueManagerDays: '7' },
      }),
    ).rejects.toMatchObject({ code: 'ledger_settings_changed' });
    await expect(
      updateFinancePolicy({
        ...as('U_FIN'),
        expectedVersion: 9,
        form: { invoiceThresholdPercent: '50', overdueManagerDays: '7' },
      }),
    ).rejects.toMatchObject({ code: 'ledger_admin_only' });
  });
});
