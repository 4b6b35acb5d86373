import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamRepository, type TeamRepository } from '../../../src/features/team/team.repository.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

describe.each(DRIVERS)('reporting lines in the database (%s)', (driver) => {
  let database: TestDatabase;
  let teams: TeamRepository;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    teams = createTeamRepository({ db: database.db });
  });
  afterAll(() => database?.destroy());

  it('sets a manager for someone with no member row yet, and moves and clears it', async () => {
    expect(await teams.setManagerUnlessCycle('T1', 'U_REP', 'U_MGR')).toBe(true);
    expect((await teams.findMember('T1', 'U_REP'))?.managerUserId).toBe('U_MGR');
    expect(await teams.setManagerUnlessCycle('T1', 'U_REP', 'U_MGR2')).toBe(true);
    expect(await teams.setManagerUnlessCycle('T1', 'U_REP', null)).toBe(true);
    expect((await teams.findMember('T1', 'U_REP'))?.managerUserId).toBeNull();
  });

  it('refuses a line that closes a loop through several managers, leaving the rows unchanged', async () => {
    expect(await teams.setManagerUnlessCycle('T2', 'A', 'B')).toBe(true);
    expect(await teams.setManagerUnlessCycle('T2', 'B', 'C')).toBe(true);
    expect(await teams.setManagerUnlessCycle('T2', 'C', 'D')).toBe(true);
    expect(await teams.setManagerUnlessCycle('T2', 'D', 'A')).toBe(false);
    expect(await teams.setManagerUnlessCycle('T2', 'C', 'A')).toBe(false);
    expect(await teams.findMember('T2', 'D')).toBeUndefined();
    expect((await teams.findMember('T2', 'C'))?.managerUserId).toBe('D');
    expect(await teams.listReportIds('T2', 'D')).toEqual(expect.arrayContaining(['A', 'B', 'C']));
  });

  it('another team’s reporting lines never count as a loop', async () => {
    expect(await teams.setManagerUnlessCycle('T3', 'X', 'Y')).toBe(true);
    expect(await teams.setManagerUnlessCycle('T4', 'Y', 'X')).toBe(true);
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('two opposite lines set at the same moment cannot both win', async () => {
    for (let round = 0; round < 10; round++) {
      const team = `TRACE${round}`;
      const results = await Promise.all([
        teams.setManagerUnlessCycle(team, 'P', 'Q'),
        teams.setManagerUnlessCycle(team, 'Q', 'P'),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });
});
