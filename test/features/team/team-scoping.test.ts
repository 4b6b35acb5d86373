import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamRepository, type TeamRepository } from '../../../src/features/team/team.repository.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

/**
 * Two Slack workspaces whose user ids collide (Slack user ids are unique per workspace only, and Enterprise Grid
 * or a test workspace reuses them). Every team query must read and write its own workspace's rows alone.
 *
 *   T_NORTH: U_A ← U_B ← U_C   (U_C reports to U_B, who reports to U_A); U_D is a rep with no manager
 *   T_SOUTH: U_D ← U_A,  U_B ← U_E  (other lines between the same ids); U_C is finance
 */
const FETCHED_AT = new Date('2026-03-02T02:00:00Z');

describe.each(DRIVERS)('team queries are scoped by workspace (%s)', (driver) => {
  let database: TestDatabase;
  let teams: TeamRepository;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    teams = createTeamRepository({ db: database.db });
    await teams.ensureTeam('T_NORTH');
    await teams.ensureTeam('T_SOUTH');
    await teams.updateTeam('T_NORTH', { timezone: 'Asia/Shanghai', currency: 'CNY' });
    await teams.updateTeam('T_SOUTH', { timezone: 'Europe/Berlin', currency: 'EUR' });
    for (const [userId, role, manager] of [
      ['U_A', 'director', null],
      ['U_B', 'manager', 'U_A'],
      ['U_C', 'rep', 'U_B'],
      ['U_D', 'rep', null],
    ] as const)
      await teams.updateMember('T_NORTH', userId, { role, managerUserId: manager, language: 'en' });
    for (const [userId, role, manager] of [
      ['U_A', 'rep', 'U_D'],
      ['U_B', 'director', null],
      ['U_C', 'finance', null],
      ['U_D', 'manager', null],
      ['U_E', 'rep', 'U_B'],
    ] as const)
      await teams.updateMember('T_SOUTH', userId, { role, managerUserId: manager, language: 'zh-CN' });
  });
  afterAll(() => database?.destroy());

  it('each workspace keeps its own settings', async () => {
    expect(await teams.ensureTeam('T_NORTH')).toMatchObject({ timezone: 'Asia/Shanghai', currency: 'CNY' });
    expect(await teams.ensureTeam('T_SOUTH')).toMatchObject({ timezone: 'Europe/Berlin', currency: 'EUR' });
  });

  it('the same user id is a different member in each workspace', async () => {
    expect(await teams.findMember('T_NORTH', 'U_A')).toMatchObject({ role: 'director', managerUserId: null });
    expect(await teams.findMember('T_SOUTH', 'U_A')).toMatchObject({ role: 'rep', managerUserId: 'U_D' });
    expect(await teams.findMember('T_NORTH', 'U_E')).toBeUndefined();
    const north = await teams.listMembers('T_NORTH');
    expect(north.map((m) => [m.teamId, m.userId, m.role])).toEqual([
      ['T_NORTH', 'U_A', 'director'],
      ['T_NORTH', 'U_B', 'manager'],
      ['T_NORTH', 'U_C', 'rep'],
      ['T_NORTH', 'U_D', 'rep'],
    ]);
    expect((await teams.listByRole('T_NORTH', 'rep')).map((m) => m.userId).sort()).toEqual(['U_C', 'U_D']);
    expect((await teams.listByRole('T_SOUTH', 'rep')).map((m) => m.userId).sort()).toEqual(['U_A', 'U_E']);
    expect(await teams.listByRole('T_NORTH', 'finance')).toEqual([]);
  });

  it('reports are followed within the workspace only, directly and through other managers', async () => {
    expect((await teams.listReportIds('T_NORTH', 'U_A')).sort()).toEqual(['U_B', 'U_C']);
    // In T_SOUTH U_A reports to U_D; U_B manages U_E. Neither line may leak into T_NORTH, nor the reverse.
    expect((await teams.listReportIds('T_NORTH', 'U_D')).sort()).toEqual([]);
    expect((await teams.listReportIds('T_SOUTH', 'U_D')).sort()).toEqual(['U_A']);
    expect((await teams.listReportIds('T_SOUTH', 'U_B')).sort()).toEqual(['U_E']);
    expect((await teams.listReportIds('T_SOUTH', 'U_A')).sort()).toEqual([]);
  });

  it('a loop is judged on the workspace’s own lines: another workspace’s chain neither refuses nor allows', async () => {
    // U_C → U_B → U_A in T_NORTH only: in T_SOUTH, U_A may report to U_C…
    expect(await teams.setManagerUnlessCycle('T_SOUTH', 'U_A', 'U_C')).toBe(true);
    // …while in T_NORTH the same line closes a loop and is refused, the row unchanged.
    expect(await teams.setManagerUnlessCycle('T_NORTH', 'U_A', 'U_C')).toBe(false);
    expect((await teams.findMember('T_NORTH', 'U_A'))?.managerUserId).toBeNull();
    expect((await teams.findMember('T_SOUTH', 'U_A'))?.managerUserId).toBe('U_C');
    // Put T_SOUTH back for the other tests.
    expect(await teams.setManagerUnlessCycle('T_SOUTH', 'U_A', 'U_D')).toBe(true);
  });

  it('writes touch one workspace: settings, roles, profiles', async () => {
    await teams.updateTeam('T_SOUTH', { currency: 'USD' });
    expect((await teams.ensureTeam('T_NORTH')).currency).toBe('CNY');
    await teams.updateMember('T_SOUTH', 'U_B', { role: 'admin' });
    expect((await teams.findMember('T_NORTH', 'U_B'))?.role).toBe('manager');
    await teams.saveProfile(
      'T_NORTH',
      'U_C',
      { displayName: 'North C', locale: 'en-US', timezone: 'Asia/Shanghai', isWorkspaceAdmin: false },
      FETCHED_AT,
    );
    expect(await teams.findMember('T_NORTH', 'U_C')).toMatchObject({ displayName: 'North C', role: 'rep' });
    expect((await teams.findMember('T_SOUTH', 'U_C'))?.displayName).not.toBe('North C');
    expect((await teams.findMember('T_SOUTH', 'U_C'))?.role).toBe('finance');
    await teams.updateTeam('T_SOUTH', { currency: 'EUR' });
    await teams.updateMember('T_SOUTH', 'U_B', { role: 'director' });
  });
});
