import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../../src/features/approvals/decisions.usecases.js';
import { submitRequest } from '../../../src/features/approvals/requests.usecases.js';
import { createLead } from '../../../src/features/leads/leads.usecases.js';
import { applyApprovalOutcome } from '../../../src/features/ledger/approval-outcomes.writes.js';
import { requestInvoice } from '../../../src/features/ledger/invoices.usecases.js';
import { confirmPayment, recordPayment } from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

const settle = (promises: Promise<unknown>[]) =>
  Promise.allSettled(promises).then((results) =>
    results.map((r) =>
      r.status === 'fulfilled' ? 'ok' : ((r.reason as { code?: string }).code ?? String(r.reason)),
    ),
  );

describe.each(DRIVERS)('ledger races on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;
  let team: Team;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database);
    team = await seedTeam(deps);
  });
  afterAll(() => database?.destroy());

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('contracts approved at the same moment get unique, gap-free numbers', async () => {
    const raceTeam = await seedTeam(deps, 'T_NUM');
    const requests = [];
    for (let i = 0; i < 8; i++) {
      const lead = await createLead({
        ...deps,
        actor: actor('U_REP', 'T_NUM'),
        form: { companyName: `Race ${i}`, contactName: 'X' },
      });
      if (!lead.ok) throw new Error('lead');
      const submitted = await submitRequest({
        ...deps,
        actor: actor('U_REP', 'T_NUM'),
        team: raceTeam,
        leadId: lead.lead.id,
        request: { kind: 'contract', form: { amount: '50000', upfrontPercent: '30', currency: 'CNY' } },
      });
      if (!submitted.ok || submitted.outcome !== 'routed') throw new Error('not routed');
      requests.push(submitted.request.id);
    }
    const outcomes = await settle(
      requests.map((requestId) =>
        decide({
          ...deps,
          actor: actor('U_MGR', 'T_NUM'),
          target: { requestId, revision: 1, step: 1 },
          decision: 'approve',
        }),
      ),
    );
    expect(outcomes).toEqual(Array(8).fill('ok'));
    const numbers = (await deps.contracts.list('T_NUM', { owners: 'all', today: '2026-03-02', limit: 50 }))
      .map((row) => row.contract.number)
      .sort();
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => `HT-2026-${String(i + 1).padStart(4, '0')}`));
  });

  it('an entry that rolls back gives its number back, so the next contract takes it', async () => {
    const raceTeam = await seedTeam(deps, 'T_GAP');
    const first = await approvedContract(deps, raceTeam, { amount: '1000' });
    expect(first.number).toBe('HT-2026-0001');
    const lead = await deps.leads.findById('T_GAP', first.leadId);
    await expect(
      database.db.transaction(async (tx) => {
        await applyApprovalOutcome(tx, {
          request: {
            id: 999_999,
            teamId: 'T_GAP',
            leadId: lead?.id ?? 0,
            details: {
              kind: 'contract',
              amount: 5,
              currency: 'CNY',
              upfrontPercent: 0,
              paymentTerms: null,
              deliveryDate: null,
              specialTerms: null,
              draftLink: null,
            },
          },
          outcome: 'approved',
          actorUserId: 'U_MGR',
          now: deps.clock.now(),
        });
        throw new Error('the decision failed after the entry');
      }),
    ).rejects.toThrow('the decision failed');
    const second = await approvedContract(deps, raceTeam, { amount: '2000' });
    expect(second.number).toBe('HT-2026-0002');
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('two finance users confirming the same payment at once land it once', async () => {
    const contract = await approvedContract(deps, team, { amount: '100000' });
    const reported = await recordPayment({
      ...deps,
      actor: actor('U_REP'),
      team,
      ref: { kind: 'id', contractId: contract.id },
      amount: '30000',
    });
    const outcomes = await settle(
      ['U_FIN', 'U_FIN2'].map((userId) =>
        confirmPayment({ ...deps, actor: actor(userId), team, paymentId: reported.payment.id }),
      ),
    );
    expect(outcomes.sort()).toEqual(['ledger_payment_decided', 'ok']);
    expect((await deps.contracts.findById('T1', contract.id))?.collectedMinor).toBe(3_000_000);
    const entries = await deps.ledgerReports.statementTotals('T1', '2026-03', ['U_REP']);
    expect(entries.reduce((sum, row) => sum + row.collectedMinor, 0)).toBe(3_000_000);
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('two confirmations that together pass the contract amount: one lands, the other is refused', async () => {
    const contract = await approvedContract(deps, team, { amount: '100000' });
    const ref = { kind: 'id' as const, contractId: contract.id };
    const a = await recordPayment({ ...deps, actor: actor('U_REP'), team, ref, amount: '60000' });
    const b = await recordPayment({ ...deps, actor: actor('U_REP'), team, ref, amount: '60000' });
    const outcomes = await settle([
      confirmPayment({ ...deps, actor: actor('U_FIN'), team, paymentId: a.payment.id }),
      confirmPayment({ ...deps, actor: actor('U_FIN2'), team, paymentId: b.payment.id }),
    ]);
    expect(outcomes.sort()).toEqual(['ledger_over_collection', 'ok']);
    expect((await deps.contracts.findById('T1', contract.id))?.collectedMinor).toBe(6_000_000);
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('two invoices asked at once cannot together invoice more than the contract', async () => {
    const contract = await approvedContract(deps, team, { amount: '100000' });
    const ref = { kind: 'id' as const, contractId: contract.id };
    await recordPayment({ ...deps, actor: actor('U_FIN'), team, ref, amount: '70000' });
    const outcomes = await settle([
      requestInvoice({ ...deps, actor: actor('U_REP'), team, ref, amount: '60000' }),
      requestInvoice({ ...deps, actor: actor('U_MGR'), team, ref, amount: '60000' }),
    ]);
    expect(outcomes.sort()).toEqual(['ledger_over_invoice', 'ok']);
    expect((await deps.contracts.findById('T1', contract.id))?.invoicedMinor).toBe(6_000_000);
    const requests = await deps.contracts.invoices('T1', contract.id);
    expect(requests).toHaveLength(1);
  });
});
