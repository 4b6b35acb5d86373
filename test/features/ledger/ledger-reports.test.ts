import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApprovalReminderRepository } from '../../../src/features/approvals/approval-reminders.repository.js';
import { decide } from '../../../src/features/approvals/decisions.usecases.js';
import {
  commissionStatement,
  submitCommissionSheet,
} from '../../../src/features/ledger/commission.usecases.js';
import { listLedger } from '../../../src/features/ledger/contracts.usecases.js';
import { updateCommissionPlan } from '../../../src/features/ledger/finance-settings.usecases.js';
import { requestInvoice } from '../../../src/features/ledger/invoices.usecases.js';
import { ledgerCsv, reconciliationCsv } from '../../../src/features/ledger/ledger-csv.js';
import {
  collectedAmountsFromLedger,
  collectedByRep,
  managerOverdueNotices,
  overdueForRep,
  receivablesAging,
  reconciliation,
} from '../../../src/features/ledger/ledger-reports.usecases.js';
import { recordPayment, reversePayment } from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { translator } from '../../../src/i18n/index.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

describe.each(DRIVERS)('ledger reports on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;
  let team: Team;
  const as = (userId: string) => ({ ...deps, actor: actor(userId), team });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    // 2026-02-10 10:00 in Shanghai.
    deps = ledgerDeps(database, new Date('2026-02-10T02:00:00Z'));
    team = await seedTeam(deps);
    await updateCommissionPlan({
      ...as('U_ADMIN'),
      expectedVersion: 0,
      form: { baseRatePercent: '2', tiers: '5万 4%', lateCutoffDays: '30' },
    });
  });
  afterAll(() => database?.destroy());

  it('overdue installments go to the rep, to the manager after N days, and into the aging buckets', async () => {
    // Upfront ¥30,000 due 2026-02-17, balance ¥70,000 due 2026-03-12 (30 days after approval).
    const a = await approvedContract(deps, team, { amount: '100000', company: 'Aging A' });
    await deps.teams.updateMember('T1', 'U_REP2', { managerUserId: 'U_DIR' });
    const b = await approvedContract(deps, team, {
      owner: 'U_REP2',
      amount: '20000',
      upfront: '0',
      company: 'Aging B',
    });
    expect(await overdueForRep({ ...deps, teamId: 'T1', userId: 'U_REP', date: '2026-02-17' })).toEqual([]);
    const lines = await overdueForRep({ ...deps, teamId: 'T1', userId: 'U_REP', date: '2026-02-20' });
    expect(lines).toEqual([
      expect.objectContaining({ contractNumber: a.number, daysOverdue: 3, overdueMinor: 3_000_000 }),
    ]);
    expect(await managerOverdueNotices({ ...deps, teamId: 'T1', date: '2026-02-20' })).toEqual([]);
    const notices = await managerOverdueNotices({ ...deps, teamId: 'T1', date: '2026-02-24' });
    expect(notices).toEqual([
      { managerUserId: 'U_MGR', days: 7, lines: [expect.objectContaining({ contractNumber: a.number })] },
    ]);
    const aging = await receivablesAging({ ...deps, teamId: 'T1', owners: 'all', today: '2026-05-01' });
    // A: upfront 73 days late, balance 50 days; B: 50 days.
    expect(aging.buckets).toEqual([
      { currency: 'CNY', days0to30: 0, days31to60: 9_000_000, days61to90: 3_000_000, over90: 0 },
    ]);
    expect(aging.largest.map((row) => [row.number, row.overdueMinor])).toEqual([
      [a.number, 10_000_000],
      [b.number, 2_000_000],
    ]);
    deps.clock.set(new Date('2026-02-20T02:00:00Z'));
    const overdueList = await listLedger({ ...as('U_MGR'), filter: { kind: 'overdue' } });
    expect(
      overdueList.summaries.map((row) => [row.contract.number, row.overdueMinor, row.oldestOverdueOn]),
    ).toEqual([[a.number, 3_000_000, '2026-02-17']]);
    expect(overdueList.totals).toEqual([expect.objectContaining({ count: 1, overdueMinor: 3_000_000 })]);
    deps.clock.set(new Date('2026-02-10T02:00:00Z'));
  });

  it('commission accrues per confirmed payment with marginal tiers and nothing on very late money; a reversal gives it back', async () => {
    const c = await approvedContract(deps, team, {
      amount: '200000',
      upfront: '50',
      company: 'Commission Co',
    });
    const ref = { kind: 'id' as const, contractId: c.id };
    // ¥60,000 on time: ¥50,000 at 2 % + ¥10,000 at 4 % = ¥1,400 (the month already holds nothing else).
    await recordPayment({ ...as('U_FIN'), ref, amount: '6万' });
    deps.clock.set(new Date('2026-04-01T02:00:00Z'));
    // ¥40,000 fills the upfront (due 2026-02-17, 43 days late: no commission) — nothing earns.
    const late = await recordPayment({ ...as('U_FIN'), ref, amount: '40000', receivedOn: '2026-04-01' });
    const feb = await commissionStatement({ ...as('U_REP'), month: '2026-02' });
    expect(feb.totals).toEqual([
      {
        repUserId: 'U_REP',
        currency: 'CNY',
        collectedMinor: 6_000_000,
        basisMinor: 6_000_000,
        commissionMinor: 140_000,
        heldMinor: 0,
        releasedMinor: 0,
        payableMinor: 140_000,
      },
    ]);
    const april = await commissionStatement({ ...as('U_REP'), month: '4月' });
    expect(april.totals[0]).toMatchObject({ collectedMinor: 4_000_000, basisMinor: 0, commissionMinor: 0 });
    await reversePayment({ ...as('U_FIN'), paymentId: late.payment.id, reason: 'wrong contract' });
    expect((await commissionStatement({ ...as('U_REP'), month: '2026-04' })).totals[0]).toMatchObject({
      collectedMinor: 0,
    });
    const hidden = await commissionStatement({ ...as('U_REP2'), month: '2026-02', repUserId: 'U_REP' });
    const nobody = await commissionStatement({ ...as('U_REP2'), month: '2026-02', repUserId: 'U_NOBODY' });
    expect(hidden.totals).toEqual(nobody.totals);
    expect(
      (await commissionStatement({ ...as('U_MGR'), month: '2026-02' })).totals.map((row) => row.repUserId),
    ).toEqual(['U_REP']);
  });

  it('the month-end reconciliation adds up per rep and in total, and collected money per rep matches it', async () => {
    await expect(reconciliation({ ...as('U_REP'), month: '2026-02' })).rejects.toMatchObject({
      code: 'ledger_finance_only',
    });
    const feb = await reconciliation({ ...as('U_FIN'), month: '2026-02' });
    expect(feb.totals).toHaveLength(1);
    expect(feb.totals[0]).toMatchObject({
      repUserId: null,
      currency: 'CNY',
      collectedMinor: 6_000_000,
      commissionMinor: 140_000,
    });
    expect(feb.totals[0]?.outstandingMinor).toBe(
      feb.rows.reduce((sum, row) => sum + row.outstandingMinor, 0),
    );
    // Outstanding at February's end: A ¥100,000 + B ¥20,000 + Commission Co ¥200,000 − ¥60,000.
    expect(feb.totals[0]?.outstandingMinor).toBe(26_000_000);
    const collected = await collectedByRep({
      ...deps,
      teamId: 'T1',
      from: new Date('2026-01-31T16:00:00Z'),
      to: new Date('2026-02-28T16:00:00Z'),
    });
    expect(collected).toEqual([{ repUserId: 'U_REP', currency: 'CNY', collectedMinor: 6_000_000 }]);
    // The same money, as the targets feature reads it: per rep, in the team's currency.
    const forTargets = collectedAmountsFromLedger(deps);
    expect(
      await forTargets.byRep('T1', new Date('2026-01-31T16:00:00Z'), new Date('2026-02-28T16:00:00Z')),
    ).toEqual(new Map([['U_REP', 6_000_000]]));
    const april = await reconciliation({ ...as('U_ADMIN'), month: '2026-04' });
    expect(april.rows.find((row) => row.repUserId === 'U_REP')).toMatchObject({
      collectedMinor: 0,
      commissionMinor: 0,
    });
  });

  it('the month’s commission sheet goes to finance then a director, once', async () => {
    const sheet = await submitCommissionSheet({ ...deps, team, month: '2026-02', now: deps.clock.now() });
    if (sheet.outcome !== 'routed') throw new Error(`sheet ${sheet.outcome}`);
    expect(sheet.request).toMatchObject({
      kind: 'commission_sheet',
      leadId: null,
      requesterUserId: 'salesflow',
    });
    expect(sheet.steps.map((step) => [step.role, step.approverUserId])).toEqual([
      ['finance', 'U_FIN'],
      ['director', 'U_DIR'],
    ]);
    expect(await submitCommissionSheet({ ...deps, team, month: '2026-02', now: deps.clock.now() })).toEqual({
      outcome: 'exists',
      requestId: sheet.request.id,
    });
    expect(await submitCommissionSheet({ ...deps, team, month: '2025-12', now: deps.clock.now() })).toEqual({
      outcome: 'nothing',
    });
    for (const [userId, step] of [
      ['U_FIN', 1],
      ['U_DIR', 2],
    ] as const)
      await decide({
        ...as(userId),
        target: { requestId: sheet.request.id, revision: 1, step },
        decision: 'approve',
      });
    expect((await deps.ledgerReports.findSheet('T1', '2026-02'))?.status).toBe('approved');
  });

  it('an invoice asked after the win is not cancelled as a request of a closed lead', async () => {
    const c = await approvedContract(deps, team, { amount: '1000', company: 'Won Co' });
    await recordPayment({ ...as('U_FIN'), ref: { kind: 'id', contractId: c.id }, amount: '1000' });
    const asked = await requestInvoice({ ...as('U_REP'), ref: { kind: 'id', contractId: c.id } });
    if (asked.outcome !== 'routed') throw new Error('not routed');
    await deps.leads.update('T1', c.leadId, { stage: 'won' }, { actorUserId: 'U_REP', kind: 'won' });
    const open = await createApprovalReminderRepository(database).openRequestsOfClosedLeads();
    expect(open.map((row) => row.requestId)).not.toContain(asked.request.id);
  });

  it('exports open in Excel: a BOM, the reader’s language, formulas kept as text', async () => {
    const rows = (await listLedger({ ...as('U_FIN'), filter: { kind: 'team' }, limit: 100 })).summaries;
    const csv = ledgerCsv(rows, translator('zh-CN'), {
      names: new Map([['U_REP', '=cmd|calc']]),
      timeZone: 'Asia/Shanghai',
    });
    expect(csv.startsWith('\uFEFF合同编号,客户,销售,状态')).toBe(true);
    expect(csv).toContain(",'=cmd|calc,");
    expect(csv).toContain('100000.00');
    const recon = reconciliationCsv(
      await reconciliation({ ...as('U_FIN'), month: '2026-02' }),
      translator('en'),
      {
        names: new Map(),
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(recon.split('\r\n').at(-2)).toMatch(/^Total,CNY,/);
  });
});
