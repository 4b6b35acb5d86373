import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitRequest } from '../../../src/features/approvals/requests.usecases.js';
import { customerCredit, setCreditLimit } from '../../../src/features/customers/credit.usecases.js';
import { createLead } from '../../../src/features/leads/leads.usecases.js';
import { updateFinancePolicy } from '../../../src/features/ledger/finance-settings.usecases.js';
import { recordPayment } from '../../../src/features/ledger/payments.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, seedTeam } from '../ledger/ledger-fixtures.js';
import { type CreditTestDeps, creditDeps, customerContract, newCustomer } from './credit-fixtures.js';

const START = new Date('2026-03-02T02:00:00Z');
const at = (date: string) => new Date(`${date}T02:00:00Z`);

describe.each(DRIVERS)('customer credit on %s', (driver) => {
  let database: TestDatabase;
  let deps: CreditTestDeps;
  let team: Team;
  let customerId: number;

  const credit = async (userId = 'U_FIN') => {
    const customer = await deps.customers.findById(team.teamId, customerId);
    if (!customer) throw new Error('no customer');
    return customerCredit({ ...deps, actor: actor(userId), customer });
  };
  const contractRequest = async (amount: string) => {
    const lead = await createLead({
      ...deps,
      actor: actor('U_REP'),
      form: { companyName: 'Repeat order', contactName: 'Li' },
    });
    if (!lead.ok) throw new Error('lead');
    await deps.customers.linkLead(team.teamId, lead.lead.id, customerId);
    const submitted = await submitRequest({
      ...deps,
      actor: actor('U_REP'),
      team,
      leadId: lead.lead.id,
      request: { kind: 'contract', form: { amount, currency: 'CNY', upfrontPercent: '30' } },
    });
    if (!submitted.ok || submitted.outcome !== 'routed') throw new Error(JSON.stringify(submitted));
    return submitted;
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = creditDeps(database, START);
    team = await seedTeam(deps);
    customerId = await newCustomer(database, team.teamId, '远航科技');
    // 100,000.00 with 30 % upfront: 30,000.00 due 2026-03-09, 70,000.00 due 2026-04-01.
    await customerContract(deps, team, customerId, { amount: '100000', upfront: '30' });
  });
  afterAll(() => database?.destroy());

  it('a customer whose instalments are not due yet is unrated, and a request for it adds no finance step', async () => {
    expect((await credit()).rating).toMatchObject({ grade: null, reason: { code: 'no_history' } });
    const submitted = await contractRequest('10000');
    expect(submitted.steps.map((s) => s.role)).toEqual(['manager']);
    expect(submitted.request.details).not.toHaveProperty('credit');
  });

  it('the upfront paid on time and the balance 49 days overdue: grade D, and a request gets finance with the days', async () => {
    deps.clock.set(at('2026-03-08'));
    await recordPayment({
      ...deps,
      actor: actor('U_FIN'),
      team,
      ref: { kind: 'text', text: 'Customer' },
      amount: '30000',
    });
    expect((await credit()).rating.grade).toBe('A');
    deps.clock.set(at('2026-05-20'));
    const now = await credit();
    expect(now.history).toMatchObject({
      settledInstallments: 2,
      onTimeInstallments: 1,
      worstOpenDaysOverdue: 49,
    });
    expect(now.rating).toMatchObject({
      grade: 'D',
      reason: { code: 'overdue_share', overdueSharePercent: 100 },
    });
    const submitted = await contractRequest('10000');
    expect(submitted.steps.map((s) => s.role)).toEqual(['manager', 'finance']);
    expect(submitted.request.details).toMatchObject({
      credit: {
        grade: 'D',
        overdue: { days: 49, maxDays: 30, amounts: [{ currency: 'CNY', overdueMinor: 7_000_000 }] },
        overLimit: null,
      },
    });
  });

  it('finance sets a limit (audited, conditional on the version); a request over it gets finance with the amounts', async () => {
    // The admin's finance policy: contracts of customers overdue more than 60 days (not 30) go to finance.
    const policy = await updateFinancePolicy({
      ...deps,
      actor: actor('U_ADMIN'),
      team,
      form: { invoiceThresholdPercent: '60', overdueManagerDays: '7', creditOverdueDays: '60' },
      expectedVersion: 0,
    });
    expect(policy).toMatchObject({ ok: true, value: { creditOverdueDays: 60 } });
    expect(await deps.credit.policy(team.teamId)).toEqual({
      overdueDays: 60,
      interestBp: null,
      holdDays: null,
    });
    const before = await credit();
    const { limit } = await setCreditLimit({
      ...deps,
      actor: actor('U_FIN'),
      team,
      customerId,
      amountText: '10万',
      expectedVersion: before.limit.version,
    });
    expect(limit).toMatchObject({
      limitMinor: 10_000_000,
      currency: 'CNY',
      version: before.limit.version + 1,
    });
    // The same form saved twice: the second is refused, nothing overwritten.
    await expect(
      setCreditLimit({
        ...deps,
        actor: actor('U_FIN'),
        team,
        customerId,
        amountText: '1',
        expectedVersion: before.limit.version,
      }),
    ).rejects.toMatchObject({ code: 'credit_limit_changed' });
    // A rep or a manager cannot set it.
    for (const userId of ['U_REP', 'U_MGR'])
      await expect(
        setCreditLimit({
          ...deps,
          actor: actor(userId),
          team,
          customerId,
          amountText: '1',
          expectedVersion: limit.version,
        }),
      ).rejects.toMatchObject({ code: 'credit_finance_only' });
    const { rows } = (await database.db.execute(sql`
      select actor_user_id, amount_minor, details from ledger_events where kind = 'credit_limit_set'`)) as unknown as {
      rows: { actor_user_id: string; amount_minor: number | string; details: unknown }[];
    };
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_user_id: 'U_FIN' });
    expect(Number(rows[0]?.amount_minor)).toBe(10_000_000);
    // Outstanding 70,000.00 + 20,000.00 is within 100,000.00; + 40,000.00 is not. (49 days is within 60 now.)
    expect((await contractRequest('20000')).steps.map((s) => s.role)).toEqual(['manager']);
    const over = await contractRequest('40000');
    expect(over.steps.map((s) => s.role)).toEqual(['manager', 'finance']);
    expect(over.request.details).toMatchObject({
      credit: {
        overLimit: {
          currency: 'CNY',
          outstandingMinor: 7_000_000,
          amountMinor: 4_000_000,
          limitMinor: 10_000_000,
        },
        overdue: null,
      },
    });
  });

  it('the balance paid 49 days late: nothing open now, half paid on time: grade C', async () => {
    await recordPayment({
      ...deps,
      actor: actor('U_FIN'),
      team,
      ref: { kind: 'text', text: 'Customer' },
      amount: '70000',
    });
    const after = await credit('U_REP');
    expect(after.history).toMatchObject({ worstOpenDaysOverdue: 0, worstPastDaysLate: 49 });
    expect(after.rating).toMatchObject({ grade: 'C', reason: { code: 'on_time_share', onTimePercent: 50 } });
    expect(after.canSetLimit).toBe(false);
  });
});
