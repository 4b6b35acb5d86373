import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLedger } from '../../../src/features/ledger/ledger-export.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, approvedContract, ledgerDeps, seedTeam, type TestLedgerDeps } from './ledger-fixtures.js';

describe.each(DRIVERS)('the ledger export on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestLedgerDeps;
  let team: Team;
  const numbers: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = ledgerDeps(database);
    team = await seedTeam(deps);
    for (const owner of ['U_REP', 'U_REP', 'U_REP', 'U_REP', 'U_REP', 'U_MGR'])
      numbers.push((await approvedContract(deps, team, { owner, amount: '1000' })).number);
  });
  afterAll(() => database?.destroy());

  const exported = (userId: string, limits: { pageSize?: number; maxRows?: number } = {}) =>
    exportLedger({ ...deps, actor: actor(userId), filter: { kind: 'team' }, ...limits });
  const numbersOf = (result: Awaited<ReturnType<typeof exported>>) =>
    result.summaries.map((row) => row.contract.number).sort();

  it('reads every page: the whole list the caller may see, each contract once', async () => {
    const all = await exported('U_FIN', { pageSize: 2 });
    expect(all.truncated).toBe(false);
    expect(numbersOf(all)).toEqual([...numbers].sort());
    const own = await exported('U_REP', { pageSize: 2 });
    expect(own.summaries).toHaveLength(5);
    expect(own.summaries.every((row) => row.contract.ownerUserId === 'U_REP')).toBe(true);
  });

  it('cuts at the limit and says so, but not when the list is exactly that long', async () => {
    const cut = await exported('U_FIN', { pageSize: 2, maxRows: 4 });
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.summaries).toHaveLength(4);
    const exact = await exported('U_FIN', { pageSize: 3, maxRows: 6 });
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.summaries).toHaveLength(6);
  });
});
