import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../../src/features/approvals/decisions.usecases.js';
import { listLedger } from '../../../src/features/ledger/contracts.usecases.js';
import { requestInvoice } from '../../../src/features/ledger/invoices.usecases.js';
import { reconciliationOf } from '../../../src/features/ledger/ledger-reports.usecases.js';
import {
  confirmPayment,
  recordPayment,
  rejectPayment,
  reversePayment,
} from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';
import { LedgerModel, type ModelPlan, shanghaiDate, shanghaiMonth } from './ledger-model.js';
import { type Op, ops as opsArbitrary, startInstant } from './ledger-ops.js';

/** Minor units as the text a user types, without the production formatter. */
const typed = (minor: number, currency: string) =>
  currency === 'JPY' ? String(minor) : `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe.each(DRIVERS)('the ledger adds up on %s', (driver) => {
  let database: TestDatabase;
  let run = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database?.destroy());

  async function scenario(start: Date, ops: Op[], lateCutoffDays: number | null): Promise<void> {
    const teamId = `TP${++run}`;
    const deps: TestLedgerDeps = ledgerDeps(database, start);
    const team: Team = await seedTeam(deps, teamId);
    const plan: ModelPlan = {
      baseRateBp: 300,
      tiers: [
        { fromMinor: 5_000_000, rateBp: 500 },
        { fromMinor: 20_000_000, rateBp: 800 },
      ],
      lateCutoffDays,
      currency: 'CNY',
    };
    await deps.financeSettings.savePlan(teamId, { ...plan, currency: null }, 0, 'U_ADMIN', deps.clock.now());
    const model = new LedgerModel(plan);
    for (const input of [
      { amount: '300000.37', currency: 'CNY', upfront: '33.33' },
      { amount: '2000003', currency: 'JPY', upfront: '0' },
    ]) {
      const contract = await approvedContract(deps, team, input);
      const installments = await deps.contracts.installments(teamId, contract.id);
      model.contracts.push({
        id: contract.id,
        currency: contract.currency,
        amount: contract.amountMinor,
        collected: 0,
        invoiced: 0,
        installments: installments.map((row) => ({
          seq: row.seq,
          dueOn: row.dueOn,
          amount: row.amountMinor,
          collected: 0,
        })),
      });
    }
    const as = (userId: string) => ({ ...deps, actor: { ...actor(userId, teamId) }, team });
    const pick = <T>(list: T[], index: number) => list[index % Math.max(1, list.length)];

    for (const step of ops) {
      const now = deps.clock.now();
      if (step.kind === 'advance') deps.clock.advance(step.ms);
      if (step.kind === 'record' || step.kind === 'report') {
        const contract = model.contracts[step.contract] as (typeof model.contracts)[number];
        const amount = Math.max(1, Math.floor((contract.amount * step.share) / 2000));
        const over = contract.collected + amount > contract.amount;
        const ref = { kind: 'id' as const, contractId: contract.id };
        let created: Awaited<ReturnType<typeof recordPayment>> | undefined;
        const code = await codeOf(
          recordPayment({
            ...as(step.kind === 'record' ? 'U_FIN' : 'U_REP'),
            ref,
            amount: typed(amount, contract.currency),
          }).then((r) => {
            created = r;
          }),
        );
        expect(code).toBe(over ? 'ledger_over_collection' : null);
        if (created) {
          const payment = {
            id: created.payment.id,
            contract: step.contract,
            amount,
            receivedOn: shanghaiDate(now),
            status: 'reported' as const,
            allocations: [],
          };
          model.payments.push(payment);
          if (step.kind === 'record') model.confirm(payment, now);
        }
      }
      if (step.kind === 'confirm' || step.kind === 'reject') {
        const payment = pick(
          model.payments.filter((p) => p.status === 'reported'),
          step.pick,
        );
        if (!payment) continue;
        const contract = model.contracts[payment.contract] as (typeof model.contracts)[number];
        if (step.kind === 'reject') {
          await rejectPayment({ ...as('U_FIN'), paymentId: payment.id, reason: 'not on the statement' });
          payment.status = 'rejected';
          continue;
        }
        const over = contract.collected + payment.amount > contract.amount;
        const code = await codeOf(confirmPayment({ ...as('U_FIN2'), paymentId: payment.id }));
        expect(code).toBe(over ? 'ledger_over_collection' : null);
        if (!over) model.confirm(payment, now);
      }
      if (step.kind === 'reverse') {
        const payment = pick(
          model.payments.filter((p) => p.status === 'confirmed'),
          step.pick,
        );
        if (!payment) continue;
        await reversePayment({ ...as('U_FIN'), paymentId: payment.id, reason: 'bank returned it' });
        model.reverse(payment, now);
      }
      if (step.kind === 'invoice') {
        const contract = model.contracts[step.contract] as (typeof model.contracts)[number];
        const amount = Math.max(1, Math.floor((contract.amount * step.share) / 1000));
        const expected = model.invoiceRefusal(step.contract, amount, 6000);
        let requestId = 0;
        const code = await codeOf(
          requestInvoice({
            ...as('U_REP'),
            ref: { kind: 'id', contractId: contract.id },
            amount: typed(amount, contract.currency),
          }).then((outcome) => {
            if (outcome.outcome === 'routed') requestId = outcome.request.id;
          }),
        );
        expect(code).toBe(expected);
        if (!expected) {
          contract.invoiced += amount;
          model.invoices.push({ requestId, contract: step.contract, amount, status: 'requested' });
        }
      }
      if (step.kind === 'decideInvoice') {
        const invoice = pick(
          model.invoices.filter((i) => i.status === 'requested'),
          step.pick,
        );
        if (!invoice) continue;
        await decide({
          ...as('U_FIN'),
          target: { requestId: invoice.requestId, revision: 1, step: 1 },
          decision: step.approve ? 'approve' : 'reject',
          comment: step.approve ? null : 'wrong title',
        });
        invoice.status = step.approve ? 'approved' : 'rejected';
        if (!step.approve)
          (model.contracts[invoice.contract] as (typeof model.contracts)[number]).invoiced -= invoice.amount;
      }
    }

    // Every contract: collected and invoiced as the model says, never above the amount, installments agree.
    expect(model.contracts).toHaveLength(2);
    for (const expected of model.contracts) {
      const contract = await deps.contracts.findById(teamId, expected.id);
      expect(contract).toMatchObject({
        collectedMinor: expected.collected,
        invoicedMinor: expected.invoiced,
      });
      expect(expected.collected).toBeLessThanOrEqual(expected.amount);
      expect(expected.invoiced).toBeLessThanOrEqual(expected.amount);
      const installments = await deps.contracts.installments(teamId, expected.id);
      expect(installments.map((row) => row.collectedMinor)).toEqual(
        expected.installments.map((row) => row.collected),
      );
    }
    // The ledger's totals equal the sum of its rows (and the model).
    const ledger = await listLedger({ ...as('U_FIN'), filter: { kind: 'team' }, limit: 100 });
    expect(ledger.totals.map((total) => total.currency).sort()).toEqual(['CNY', 'JPY']);
    for (const total of ledger.totals) {
      const rows = ledger.summaries.filter((row) => row.contract.currency === total.currency);
      expect(total.count).toBe(rows.length);
      expect(total.collectedMinor).toBe(rows.reduce((sum, row) => sum + row.contract.collectedMinor, 0));
      expect(total.outstandingMinor).toBe(rows.reduce((sum, row) => sum + row.outstandingMinor, 0));
      expect(total.invoicedMinor).toBe(rows.reduce((sum, row) => sum + row.contract.invoicedMinor, 0));
      expect(total.overdueMinor).toBe(rows.reduce((sum, row) => sum + row.overdueMinor, 0));
      const modelled = model.contracts.filter((c) => c.currency === total.currency);
      expect(total.collectedMinor).toBe(modelled.reduce((sum, c) => sum + c.collected, 0));
    }
    // Commission equals the plan applied to confirmed payments (and their reversals), month by month.
    const commission = model.commissionByMonth();
    const collected = model.collectedByMonth();
    const months = new Set([...commission.keys()].map((key) => key.slice(0, 7)));
    months.add(shanghaiMonth(deps.clock.now()));
    for (const month of months) {
      const statement = await deps.ledgerReports.statementTotals(teamId, month, 'all');
      // Every currency the model booked in this month has its row (the loop below cannot pass on no rows).
      const booked = [...commission.keys()]
        .filter((key) => key.startsWith(`${month}:`))
        .map((key) => key.slice(8));
      expect(statement.map((row) => row.currency).sort()).toEqual(expect.arrayContaining(booked.sort()));
      for (const row of statement) {
        expect(row.commissionMinor).toBe(commission.get(`${month}:${row.currency}`) ?? 0);
        expect(row.collectedMinor).toBe(collected.get(`${month}:${row.currency}`) ?? 0);
      }
      expect(statement.reduce((sum, row) => sum + row.commissionMinor, 0)).toBe(
        [...commission].filter(([key]) => key.startsWith(month)).reduce((sum, [, value]) => sum + value, 0),
      );
      // The reconciliation's totals are its rows' sums; its collected is the payments' own net of the month.
      const recon = await reconciliationOf({ ...deps, teamId, month, timeZone: 'Asia/Shanghai' });
      const moved = [...collected].filter(([key, minor]) => key.startsWith(`${month}:`) && minor !== 0);
      expect(recon.totals.map((total) => total.currency)).toEqual(
        expect.arrayContaining(moved.map(([key]) => key.slice(8))),
      );
      for (const total of recon.totals) {
        const rows = recon.rows.filter((row) => row.currency === total.currency);
        expect(total.collectedMinor).toBe(rows.reduce((sum, row) => sum + row.collectedMinor, 0));
        expect(total.commissionMinor).toBe(rows.reduce((sum, row) => sum + row.commissionMinor, 0));
        expect(total.outstandingMinor).toBe(rows.reduce((sum, row) => sum + row.outstandingMinor, 0));
        expect(total.collectedMinor).toBe(collected.get(`${month}:${total.currency}`) ?? 0);
        expect(total.commissionMinor).toBe(commission.get(`${month}:${total.currency}`) ?? 0);
      }
    }
    // The current month's reconciliation: outstanding at its end is what the ledger owes now.
    const now = await reconciliationOf({
      ...deps,
      teamId,
      month: shanghaiMonth(deps.clock.now()),
      timeZone: 'Asia/Shanghai',
    });
    expect(ledger.totals).not.toEqual([]);
    for (const total of ledger.totals)
      expect(now.totals.find((row) => row.currency === total.currency)?.outstandingMinor ?? 0).toBe(
        total.outstandingMinor,
      );
  }

  it('for any sequence of payments, reversals and invoices: collected and invoiced stay within the contract, totals are the sum of rows, commission is the plan applied to confirmed money', async () => {
    await fc.assert(fc.asyncProperty(startInstant, opsArbitrary, fc.constantFrom(null, 10), scenario), {
      numRuns: driver === 'pglite' ? 50 : 20,
    });
  }, 600_000);
});
