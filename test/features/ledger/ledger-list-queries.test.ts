import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLedger } from '../../../scripts/bench/ledger-list-seed.js';
import {
  type ContractQuery,
  type ContractRepository,
  createContractRepository,
} from '../../../src/features/ledger/contracts.repository.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

const TEAM = 'T_LIST';
const OTHER_TEAM = 'T_OTHER';
const TODAY = '2026-03-02';
type Rows = { rows: Record<string, unknown>[] };

/**
 * The ledger's list and totals as they were computed before the one-pass rewrite (a correlated sum per contract),
 * kept here as the reference the new queries must match figure for figure.
 */
const OLD_OVERDUE = (today: string) => sql`coalesce((select sum(i.amount_minor - i.collected_minor)
  from contract_installments i where i.team_id = c.team_id and i.contract_id = c.id and i.due_on < ${today}
    and i.collected_minor < i.amount_minor and c.status not in ('cancelled', 'closed')), 0)`;

function oldFilter(query: ContractQuery) {
  const parts = [sql`c.team_id = ${TEAM}`];
  if (query.owners !== 'all')
    parts.push(
      sql`c.owner_user_id in (${sql.join(
        (query.owners.length ? query.owners : ['']).map((owner) => sql`${owner}`),
        sql`, `,
      )})`,
    );
  if (query.contractId !== undefined) parts.push(sql`c.id = ${query.contractId}`);
  if (query.leadId !== undefined) parts.push(sql`c.lead_id = ${query.leadId}`);
  if (query.leadId === undefined && query.contractId === undefined) parts.push(sql`c.status <> 'cancelled'`);
  if (query.overdueOnly) parts.push(sql`${OLD_OVERDUE(query.today)} > 0`);
  return sql.join(parts, sql` and `);
}

async function oldList(database: TestDatabase, query: ContractQuery) {
  const result = (await database.db.execute(sql`
    select c.number, ${OLD_OVERDUE(query.today)} as overdue,
      (select min(i.due_on)::text from contract_installments i where i.team_id = c.team_id and i.contract_id = c.id
        and i.due_on < ${query.today} and i.collected_minor < i.amount_minor and c.status not in ('cancelled', 'closed')) as oldest,
      coalesce((select sum(p.amount_minor) from contract_payments p where p.team_id = c.team_id
        and p.contract_id = c.id and p.status = 'reported'), 0) as reported
    from contracts c where ${oldFilter(query)} order by c.approved_at desc, c.id desc`)) as unknown as Rows;
  return result.rows.map((row) => ({
    number: String(row.number),
    overdueMinor: Number(row.overdue),
    oldestOverdueOn: (row.oldest as string | null) ?? null,
    reportedMinor: Number(row.reported),
  }));
}

async function oldTotals(database: TestDatabase, query: ContractQuery) {
  const result = (await database.db.execute(sql`
    select c.currency, count(*) as count, sum(c.amount_minor) as amount, sum(c.collected_minor) as collected,
      sum(case when c.status = 'cancelled' then 0 else c.amount_minor - c.collected_minor end) as outstanding,
      sum(c.invoiced_minor) as invoiced, sum(${OLD_OVERDUE(query.today)}) as overdue
    from contracts c where ${oldFilter(query)} group by c.currency order by c.currency`)) as unknown as Rows;
  return result.rows.map((row) => ({
    currency: String(row.currency),
    count: Number(row.count),
    amountMinor: Number(row.amount),
    collectedMinor: Number(row.collected),
    outstandingMinor: Number(row.outstanding),
    invoicedMinor: Number(row.invoiced),
    overdueMinor: Number(row.overdue),
  }));
}

/** Every page of the new list, in order, cut to the figures the old query gave. */
async function newList(contracts: ContractRepository, query: ContractQuery, pageSize: number) {
  const all = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await contracts.list(TEAM, { ...query, limit: pageSize, offset });
    all.push(...page);
    if (page.length < pageSize) break;
  }
  return all.map((row) => ({
    number: row.contract.number,
    overdueMinor: row.overdueMinor,
    oldestOverdueOn: row.oldestOverdueOn,
    reportedMinor: row.reportedMinor,
  }));
}

/*
 * 240 contracts in six statuses and two currencies, installments paid, partly paid and overdue, reported payments,
 * and a second team's contracts beside them: the ledger's page-by-page list and its totals give exactly what the
 * correlated sums gave, for every filter the command has.
 */
describe.each(DRIVERS)('the ledger list and totals after the one-pass rewrite (%s)', (driver) => {
  let database: TestDatabase;
  let contracts: ContractRepository;
  let someContractId = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedLedger(database.db, TEAM, 240);
    await seedLedger(database.db, OTHER_TEAM, 60);
    contracts = createContractRepository({ db: database.db });
    const found = (await database.db.execute(
      sql`select id from contracts where team_id = ${TEAM} and number = 'HT-2026-00031'`,
    )) as unknown as Rows;
    someContractId = Number(found.rows[0]?.id);
  }, 60_000);
  afterAll(() => database?.destroy());

  const queries: [string, () => ContractQuery][] = [
    ['the whole team', () => ({ owners: 'all', today: TODAY })],
    ['one rep', () => ({ owners: ['U2'], today: TODAY })],
    ['two reps, overdue only', () => ({ owners: ['U1', 'U3'], today: TODAY, overdueOnly: true })],
    ['the team, overdue only', () => ({ owners: 'all', today: TODAY, overdueOnly: true })],
    ['the team on an earlier day', () => ({ owners: 'all', today: '2025-12-01' })],
    ['one lead (a cancelled contract included)', () => ({ owners: 'all', today: TODAY, leadId: 3 })],
    ['one contract', () => ({ owners: 'all', today: TODAY, contractId: someContractId })],
    ['nobody', () => ({ owners: [], today: TODAY })],
  ];

  it.each(queries)(
    '%s: the same rows, in the same order, with the same overdue and reported money',
    async (_, make) => {
      const query = make();
      const expected = await oldList(database, query);
      expect(await newList(contracts, query, 37)).toEqual(expected);
    },
  );

  it.each(queries)('%s: the same totals per currency', async (_, make) => {
    const query = make();
    expect(await contracts.totals(TEAM, query)).toEqual(await oldTotals(database, query));
  });

  it('the fixture has what the comparison needs: overdue, closed, cancelled and reported contracts', async () => {
    const rows = await oldList(database, { owners: 'all', today: TODAY });
    expect(rows.filter((row) => row.overdueMinor > 0).length).toBeGreaterThan(50);
    expect(rows.filter((row) => row.reportedMinor > 0).length).toBeGreaterThan(10);
    const statuses = (await database.db.execute(
      sql`select count(distinct status) as n from contracts where team_id = ${TEAM}`,
    )) as unknown as Rows;
    expect(Number(statuses.rows[0]?.n)).toBe(6);
  });
});
