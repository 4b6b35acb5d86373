import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readTargetSettings,
  setCheckInOptOut,
  updateTargetSettings,
} from '../../../src/features/targets/target-settings.usecases.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { targetRepos } from './target-fixtures.js';

const actor = (userId: string, isAdmin: boolean): Actor => ({
  teamId: 'T1',
  userId,
  role: isAdmin ? 'admin' : 'rep',
  isAdmin,
  locale: 'en',
  timezone: 'UTC',
});

describe.each(DRIVERS)('the targets settings (%s)', (driver) => {
  let database: TestDatabase;
  let repos: ReturnType<typeof targetRepos>;
  const clock = fixedClock(new Date('2026-12-16T04:00:00Z'));

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    repos = targetRepos(database.db, clock);
  });
  afterAll(() => database?.destroy());

  it('start with the check-in, milestones and the leaderboard off and the day ending at 18:00', async () => {
    expect(await readTargetSettings({ ...repos, actor: actor('U_REP', false) })).toEqual({
      teamId: 'T1',
      checkInEnabled: false,
      endOfDayTime: '18:00',
      milestonesEnabled: false,
      weeklyLeaderboardEnabled: false,
      version: 0,
    });
  });

  it('are changed by admins only, one setting at a time, keeping the others', async () => {
    await expect(
      updateTargetSettings({ ...repos, actor: actor('U_REP', false), changes: { checkInEnabled: true } }),
    ).rejects.toMatchObject({ code: 'target_settings_admin_only' });
    const admin = actor('U_ADMIN', true);
    await updateTargetSettings({ ...repos, actor: admin, changes: { checkInEnabled: true } });
    const after = await updateTargetSettings({ ...repos, actor: admin, changes: { endOfDayTime: '7:45' } });
    expect(after).toMatchObject({ checkInEnabled: true, endOfDayTime: '07:45', version: 2 });
    await expect(
      updateTargetSettings({ ...repos, actor: admin, changes: { endOfDayTime: '25:00' } }),
    ).rejects.toMatchObject({ code: 'target_invalid_end_of_day' });
  });

  it('let each rep opt out of the check-in, and back in, for themselves only', async () => {
    await setCheckInOptOut({ ...repos, actor: actor('U_REP', false), optOut: true });
    expect(await repos.dailyPlans.isCheckInOptOut('T1', 'U_REP')).toBe(true);
    expect(await repos.dailyPlans.isCheckInOptOut('T1', 'U_OTHER')).toBe(false);
    await setCheckInOptOut({ ...repos, actor: actor('U_REP', false), optOut: false });
    expect(await repos.dailyPlans.isCheckInOptOut('T1', 'U_REP')).toBe(false);
  });
});
