import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateFinancePolicy } from '../../../src/features/ledger/finance-settings.usecases.js';
import { requestInvoice } from '../../../src/features/ledger/invoices.usecases.js';
import { recordPayment } from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

/**
 * The share that must be collected before an invoice is the team's policy, never the 60 % default: one team
 * asks 70 %, another 50 %, and each is held to its own number exactly at the boundary (one fen short is refused).
 */
describe.each(DRIVERS)('the invoice threshold is the team policy (%s)', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;
  const teams: Record<string, Team> = {};
  const as = (userId: string, teamId: string) => ({
    ...deps,
    actor: actor(userId, teamId),
    team: teams[teamId] as Team,
  });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database);
    for (const [teamId, percent] of [
      ['T70', '70'],
      ['T50', '50'],
    ] as const) {
      teams[teamId] = await seedTeam(deps, teamId);
      const saved = await updateFinancePolicy({
        ...as('U_ADMIN', teamId),
        expectedVersion: 0,
        form: { invoiceThresholdPercent: percent, overdueManagerDays: '7' },
      });
      expect(saved.ok && saved.value.invoiceThresholdBp).toBe(Number(percent) * 100);
    }
  });
  afterAll(() => database?.destroy());

  it.each([
    ['T70', '699.99', '0.01', 70],
    ['T50', '499.99', '0.01', 50],
  ])(
    '%s: ¥%s of ¥1,000 collected is refused, naming the ¥%s still needed; at the threshold it is routed',
    async (teamId, short, missing, threshold) => {
      const contract = await approvedContract(deps, teams[teamId] as Team, {
        amount: '1000',
        company: `Threshold ${teamId}`,
      });
      const ref = { kind: 'id' as const, contractId: contract.id };
      await recordPayment({ ...as('U_FIN', teamId), ref, amount: short });

      await expect(requestInvoice({ ...as('U_REP', teamId), ref, amount: '100' })).rejects.toMatchObject({
        code: 'ledger_invoice_threshold',
        params: { needed: `¥${missing}`, threshold },
      });
      expect((await deps.contracts.findById(teamId, contract.id))?.invoicedMinor).toBe(0);

      await recordPayment({ ...as('U_FIN', teamId), ref, amount: missing });
      const asked = await requestInvoice({ ...as('U_REP', teamId), ref, amount: '100' });
      expect(asked.outcome).toBe('routed');
      if (asked.outcome === 'routed') expect(asked.invoice.amountMinor).toBe(10_000);
    },
  );
});
