import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkInPlan,
  planForEditing,
  plansVersusDone,
  savePlan,
  usualPlan,
  validatePlanForm,
} from '../../../src/features/targets/daily-plan.usecases.js';
import type { DayCounts } from '../../../src/features/targets/targets.types.js';
import { setTarget } from '../../../src/features/targets/targets.usecases.js';
import type { Actor, Team } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { targetFixtures, targetRepos } from './target-fixtures.js';

const counts = (
  returnCalls: number,
  invitations: number,
  visits: number,
  newRecords: number,
  deals: number,
) => ({ returnCalls, invitations, visits, newRecords, deals }) satisfies DayCounts;

describe.each(DRIVERS)('the rep’s day plan (%s)', (driver) => {
  let database: TestDatabase;
  let repos: ReturnType<typeof targetRepos>;
  let team: Team;
  // Wednesday 16 December 2026, 12:00 in Shanghai.
  const clock = fixedClock(new Date('2026-12-16T04:00:00Z'));
  const rep = (userId: string): Actor => ({
    teamId: 'T1',
    userId,
    role: 'rep',
    isAdmin: false,
    locale: 'en',
    timezone: 'Asia/Shanghai',
  });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    repos = targetRepos(database.db, clock);
    await repos.teams.ensureTeam('T1');
    team = (await repos.teams.updateTeam('T1', { timezone: 'Asia/Shanghai', currency: 'CNY' })) as Team;
    const f = targetFixtures(database.db);
    for (const userId of ['U_PLANS', 'U_TARGET', 'U_HISTORY', 'U_NEW', 'U_EDIT'])
      await f.member({ userId, timezone: 'Asia/Shanghai' });
    await f.member({ userId: 'U_NY', timezone: 'America/New_York' });
  });
  afterAll(() => database?.destroy());

  it('prefills from the median of the rep’s last confirmed plans, ignoring mere suggestions', async () => {
    const history = [counts(10, 2, 1, 1, 0), counts(12, 3, 2, 0, 1), counts(20, 2, 3, 2, 0)];
    for (const [i, plan] of history.entries()) {
      await repos.dailyPlans.save({
        teamId: 'T1',
        userId: 'U_PLANS',
        date: `2026-12-1${i}`,
        counts: plan,
        expectedVersion: 0,
        at: clock.now(),
      });
    }
    await repos.dailyPlans.suggest('T1', 'U_PLANS', '2026-12-15', counts(99, 99, 99, 99, 99));
    expect(await usualPlan({ deps: repos, team, userId: 'U_PLANS', date: '2026-12-16' })).toEqual(
      counts(12, 2, 2, 1, 0),
    );
  });

  it('with no plan yet, prefills each count from its per-day target, else from what the rep usually does', async () => {
    const f = targetFixtures(database.db);
    const admin: Actor = { ...rep('U_ADMIN'), role: 'admin', isAdmin: true };
    await setTarget({
      deps: repos,
      actor: admin,
      team,
      subject: { kind: 'rep', userId: 'U_TARGET' },
      metric: 'returnCalls',
      period: 'day',
      value: '15',
    });
    // Visits on the last working days before Wednesday 16 December: Tue 15 ×3, Mon 14 ×1, Fri 11 ×2
    // (Saturday's doesn't count); the other seven of the last ten working days had none.
    const lead = await f.lead({ owner: 'U_TARGET', createdAt: '2026-11-01T00:00:00Z' });
    const visits = { '2026-12-15': 3, '2026-12-14': 1, '2026-12-12': 5, '2026-12-11': 2 };
    for (const [date, n] of Object.entries(visits))
      for (let i = 0; i < n; i++)
        await f.activity({ leadId: lead, actor: 'U_TARGET', kind: 'visit', at: `${date}T03:00:00Z` });
    const usual = await usualPlan({ deps: repos, team, userId: 'U_TARGET', date: '2026-12-16' });
    expect(usual.returnCalls).toBe(15);
    expect(usual.visits).toBe(0);
    // A visit on six more of those ten days (1 December is before them): the median becomes 1.
    for (const date of [
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
    ])
      await f.activity({ leadId: lead, actor: 'U_TARGET', kind: 'visit', at: `${date}T03:00:00Z` });
    expect((await usualPlan({ deps: repos, team, userId: 'U_TARGET', date: '2026-12-16' })).visits).toBe(1);
  });

  it('stores the morning’s suggestion once; a second check-in the same day finds the same plan', async () => {
    const first = await checkInPlan({ deps: repos, team, userId: 'U_NEW', date: '2026-12-16' });
    expect(first).toMatchObject({ source: 'suggested', version: 1, counts: counts(0, 0, 0, 0, 0) });
    const again = await checkInPlan({ deps: repos, team, userId: 'U_NEW', date: '2026-12-16' });
    expect(again).toEqual(first);
  });

  it('saves the rep’s edit only from the version the form showed; a stale form is refused', async () => {
    const opened = await planForEditing({ deps: repos, actor: rep('U_EDIT'), team, date: '2026-12-16' });
    expect(opened.version).toBe(0);
    const saved = await savePlan({
      deps: repos,
      actor: rep('U_EDIT'),
      date: '2026-12-16',
      counts: counts(8, 2, 2, 1, 1),
      expectedVersion: opened.version,
    });
    expect(saved).toMatchObject({ source: 'confirmed', version: 1 });
    // A second tab opened before the save still carries version 0.
    await expect(
      savePlan({
        deps: repos,
        actor: rep('U_EDIT'),
        date: '2026-12-16',
        counts: counts(1, 1, 1, 1, 1),
        expectedVersion: 0,
      }),
    ).rejects.toMatchObject({ code: 'plan_changed_meanwhile' });
    const edited = await savePlan({
      deps: repos,
      actor: rep('U_EDIT'),
      date: '2026-12-16',
      counts: counts(9, 2, 2, 1, 1),
      expectedVersion: 1,
    });
    expect(edited).toMatchObject({ version: 2, counts: counts(9, 2, 2, 1, 1) });
    // Yesterday is over; two weeks ahead is too far.
    for (const date of ['2026-12-15', '2026-12-30'])
      await expect(
        savePlan({
          deps: repos,
          actor: rep('U_EDIT'),
          date,
          counts: counts(1, 0, 0, 0, 0),
          expectedVersion: 0,
        }),
      ).rejects.toMatchObject({ code: 'plan_invalid_date' });
  });

  it('reads the modal’s counts as whole numbers, blanks as zero', () => {
    expect(validatePlanForm({ returnCalls: '12', visits: ' 3 ', deals: '' })).toEqual(counts(12, 0, 3, 0, 0));
    expect(() => validatePlanForm({ returnCalls: '-1' })).toThrow(
      expect.objectContaining({ code: 'plan_invalid_count' }),
    );
    expect(() => validatePlanForm({ visits: '2.5' })).toThrow(
      expect.objectContaining({ code: 'plan_invalid_count' }),
    );
    expect(() => validatePlanForm({ deals: '1000' })).toThrow(
      expect.objectContaining({ code: 'plan_invalid_count' }),
    );
  });

  it('compares each plan with the rep’s own local day, missing never below zero', async () => {
    const f = targetFixtures(database.db);
    await repos.dailyPlans.save({
      teamId: 'T1',
      userId: 'U_NY',
      date: '2026-12-15',
      counts: counts(3, 1, 1, 1, 0),
      expectedVersion: 0,
      at: clock.now(),
    });
    const lead = await f.lead({ owner: 'U_NY', createdAt: '2026-12-15T15:00:00Z' });
    // 15 December in New York is [05:00Z on the 15th, 05:00Z on the 16th).
    await f.activity({ leadId: lead, actor: 'U_NY', kind: 'call', at: '2026-12-15T04:59:00Z' });
    await f.activity({ leadId: lead, actor: 'U_NY', kind: 'call', at: '2026-12-15T05:00:00Z' });
    await f.activity({ leadId: lead, actor: 'U_NY', kind: 'visit', at: '2026-12-16T04:59:00Z' });
    await f.activity({ leadId: lead, actor: 'U_NY', kind: 'visit', at: '2026-12-16T05:00:00Z' });
    await f.activity({ leadId: lead, actor: 'U_NY', kind: 'meeting', at: '2026-12-15T20:00:00Z' });
    await f.activity({ leadId: lead, actor: 'U_NY', kind: 'demo', at: '2026-12-15T21:00:00Z' });
    const [row] = await plansVersusDone({ deps: repos, team, date: '2026-12-15', userIds: ['U_NY'] });
    expect(row).toEqual({
      userId: 'U_NY',
      date: '2026-12-15',
      plan: counts(3, 1, 1, 1, 0),
      done: counts(1, 2, 1, 1, 0),
      confirmed: true,
      missing: counts(2, 0, 0, 0, 0),
    });
  });
});
