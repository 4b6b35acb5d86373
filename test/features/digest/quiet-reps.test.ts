import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestRepository } from '../../../src/features/digest/digest.repository.js';
import { managerMornings, quietReps } from '../../../src/features/digest/digest.usecases.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { fixtures } from './digest-fixtures.js';

/**
 * The handbook rule, Asia/Shanghai, Monday–Friday. On Monday 2026-11-30 the last three working days are
 * Wed 25, Thu 26 and Fri 27: the period runs from 2026-11-24T16:00Z to Monday 00:00 local (2026-11-29T16:00Z).
 */
describe.each(DRIVERS)('the three-working-day high-intent rule on %s', (driver) => {
  let database: TestDatabase;
  let digest: ReturnType<typeof createDigestRepository>;
  let teams: ReturnType<typeof createTeamRepository>;
  let team: Team;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    digest = createDigestRepository(database);
    teams = createTeamRepository(database);
    await teams.ensureTeam('T1');
    team = (await teams.updateTeam('T1', { timezone: 'Asia/Shanghai' })) as Team;
    const f = fixtures(database.db);
    await f.member({ userId: 'U_M', role: 'manager' });
    for (const rep of ['R_TUESDAY', 'R_SATURDAY', 'R_MEDIUM', 'R_RAISED', 'R_WEDNESDAY', 'R_LOWERED'])
      await f.member({ userId: rep, manager: 'U_M' });
    await f.member({ userId: 'R_NEW', manager: 'U_M', since: '2026-11-26T02:00:00Z' });
    await f.member({ userId: 'R_VACATION', manager: 'U_M', vacationUntil: '2026-11-26' });
    await f.member({ userId: 'R_NO_MANAGER' });
    await f.member({ userId: 'R_TUESDAY', teamId: 'T2', manager: 'U_M' });

    // Found on Tuesday 10:00 local: before the period.
    await f.lead({ owner: 'R_TUESDAY', intent: 'high', createdAt: '2026-11-24T02:00:00Z' });
    // …while in another team the same user id found one on Thursday: not this team's.
    await f.lead({ teamId: 'T2', owner: 'R_TUESDAY', intent: 'high', createdAt: '2026-11-26T02:00:00Z' });
    // Found on Saturday: a weekend find counts.
    await f.lead({ owner: 'R_SATURDAY', intent: 'high', createdAt: '2026-11-28T03:00:00Z' });
    // Only a medium-intent lead on Thursday.
    await f.lead({ owner: 'R_MEDIUM', intent: 'medium', createdAt: '2026-11-26T03:00:00Z' });
    // Created on Tuesday as medium, raised to high on Friday.
    const raised = await f.lead({ owner: 'R_RAISED', intent: 'high', createdAt: '2026-11-24T03:00:00Z' });
    await f.activity({
      leadId: raised,
      actor: 'R_RAISED',
      kind: 'edited',
      at: '2026-11-27T03:00:00Z',
      details: { fields: ['intent', 'notes'] },
    });
    // Found at the very first instant of Wednesday.
    await f.lead({ owner: 'R_WEDNESDAY', intent: 'high', createdAt: '2026-11-24T16:00:00Z' });
    // Created high on Thursday, lowered since: no longer a high-intent lead.
    await f.lead({ owner: 'R_LOWERED', intent: 'low', createdAt: '2026-11-26T03:00:00Z' });
  });
  afterAll(() => database?.destroy());

  it('on Monday, flags reps with no high-intent lead since last Wednesday, sparing newcomers and vacations', async () => {
    const quiet = await quietReps({ digest, team, today: '2026-11-30' });
    expect(quiet.map((rep) => rep.userId)).toEqual(['R_LOWERED', 'R_MEDIUM', 'R_TUESDAY']);
    expect(quiet.every((rep) => rep.managerUserId === 'U_M')).toBe(true);
  });

  it('on Tuesday the window moves past Wednesday, so Wednesday’s find no longer counts', async () => {
    const quiet = await quietReps({ digest, team, today: '2026-12-01' });
    expect(quiet.map((rep) => rep.userId)).toContain('R_WEDNESDAY');
    expect(quiet.map((rep) => rep.userId)).not.toContain('R_SATURDAY');
  });

  it('the manager’s morning DM names the quiet reps', async () => {
    const mornings = await managerMornings({
      digest,
      teams,
      team,
      date: '2026-11-30',
      now: new Date('2026-11-30T01:00:00Z'),
    });
    expect(mornings).toHaveLength(1);
    expect(mornings[0]).toMatchObject({
      managerUserId: 'U_M',
      quietReps: ['R_LOWERED', 'R_MEDIUM', 'R_TUESDAY'],
    });
  });
});
