import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMilestones, recordMilestones } from '../../../src/features/targets/milestones.usecases.js';
import type { TargetSubject } from '../../../src/features/targets/targets.types.js';
import { setTarget, targetsOverview } from '../../../src/features/targets/targets.usecases.js';
import type { Actor, Role, Team } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { inMemoryCollected, targetFixtures, targetRepos } from './target-fixtures.js';

const actor = (userId: string, role: Role, isAdmin = false): Actor => ({
  teamId: 'T1',
  userId,
  role,
  isAdmin,
  locale: 'en',
  timezone: 'Asia/Shanghai',
});
const PEOPLE = {
  rep: actor('U_REP', 'rep'),
  otherRep: actor('U_PEER', 'rep'),
  manager: actor('U_MGR', 'manager'),
  otherManager: actor('U_OTHERMGR', 'manager'),
  director: actor('U_DIR', 'director'),
  finance: actor('U_FIN', 'finance'),
  admin: actor('U_ADMIN', 'admin', true),
};
type Person = keyof typeof PEOPLE;
const REP: TargetSubject = { kind: 'rep', userId: 'U_REP' };
const TEAM: TargetSubject = { kind: 'team' };

describe.each(DRIVERS)('setting and reading targets (%s)', (driver) => {
  let database: TestDatabase;
  let repos: ReturnType<typeof targetRepos>;
  let team: Team;
  const clock = fixedClock(new Date('2026-12-16T04:00:00Z'));
  const collected = inMemoryCollected();

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    repos = targetRepos(database.db, clock, collected);
    await repos.teams.ensureTeam('T1');
    team = (await repos.teams.updateTeam('T1', {
      timezone: 'Asia/Shanghai',
      currency: 'CNY',
      salesChannelId: 'C_SALES',
    })) as Team;
    const f = targetFixtures(database.db);
    await f.member({ userId: 'U_DIR', role: 'director' });
    await f.member({ userId: 'U_MGR', role: 'manager', manager: 'U_DIR' });
    await f.member({ userId: 'U_REP', manager: 'U_MGR' });
    await f.member({ userId: 'U_PEER', manager: 'U_OTHERMGR' });
    await f.member({ userId: 'U_OTHERMGR', role: 'manager' });
  });
  afterAll(() => database?.destroy());

  const set = (who: Person, subject: TargetSubject, value = '10000', metric = 'won' as const) =>
    setTarget({ deps: repos, actor: PEOPLE[who], team, subject, metric, period: 'month', value });

  // Who may set a rep's and the team's monthly target: the rep's manager (and up the line), directors, admins.
  const SETTING: [Person, TargetSubject, boolean][] = [
    ['rep', REP, false],
    ['otherRep', REP, false],
    ['manager', REP, true],
    ['otherManager', REP, false],
    ['director', REP, true],
    ['finance', REP, false],
    ['admin', REP, true],
    ['manager', { kind: 'rep', userId: 'U_MGR' }, false],
    ['manager', TEAM, false],
    ['director', TEAM, true],
    ['admin', TEAM, true],
  ];
  it.each(SETTING)('%s setting the target of %o: allowed = %s', async (who, subject, allowed) => {
    const attempt = set(who, subject, '12345');
    if (allowed) await expect(attempt).resolves.toMatchObject({ kind: 'set' });
    else await expect(attempt).rejects.toMatchObject({ code: 'target_not_allowed' });
  });

  const READING: [Person, TargetSubject, boolean][] = [
    ['rep', REP, true],
    ['otherRep', REP, false],
    ['manager', REP, true],
    ['otherManager', REP, false],
    ['director', REP, true],
    ['finance', REP, false],
    ['admin', REP, true],
    ['otherRep', TEAM, true],
  ];
  it.each(READING)('%s reading the targets of %o: allowed = %s', async (who, subject, allowed) => {
    const attempt = targetsOverview({ deps: repos, actor: PEOPLE[who], team, subject });
    if (allowed) await expect(attempt).resolves.toMatchObject({ subject });
    else await expect(attempt).rejects.toMatchObject({ code: 'targets_not_visible' });
  });

  it('setting a target again replaces it, 0 removes it, and a rep sees theirs with the team’s', async () => {
    const first = await set('manager', REP, '¥20万');
    const second = await set('manager', REP, '300,000.50');
    if (first.kind !== 'set' || second.kind !== 'set') throw new Error('expected targets to be set');
    expect(first.progress.target.value).toBe(20_000_000);
    expect(second.progress.target).toMatchObject({
      id: first.progress.target.id,
      value: 30_000_050,
      version: first.progress.target.version + 1,
    });
    await set('director', TEAM, '1m');
    const overview = await targetsOverview({ deps: repos, actor: PEOPLE.rep, team });
    expect(overview.own.map((row) => row.target.value)).toEqual([30_000_050]);
    expect(overview.team.map((row) => row.target.value)).toEqual([100_000_000]);
    const removed = await set('manager', REP, '0');
    expect(removed).toMatchObject({ kind: 'removed', existed: true });
    expect((await targetsOverview({ deps: repos, actor: PEOPLE.rep, team })).own).toEqual([]);
  });

  it('refuses amounts it cannot read exactly and periods a metric does not take', async () => {
    await expect(set('admin', REP, '12.345')).rejects.toMatchObject({ code: 'target_invalid_amount' });
    await expect(set('admin', REP, '$500')).rejects.toMatchObject({
      code: 'target_invalid_amount',
      messageKey: 'targets.error.amount.currency',
    });
    await expect(
      setTarget({
        deps: repos,
        actor: PEOPLE.admin,
        team,
        subject: REP,
        metric: 'visits',
        period: 'month',
        value: '5',
      }),
    ).rejects.toMatchObject({ code: 'target_invalid_period' });
    await expect(
      setTarget({
        deps: repos,
        actor: PEOPLE.admin,
        team,
        subject: REP,
        metric: 'visits',
        period: 'day',
        value: '2.5',
      }),
    ).rejects.toMatchObject({ code: 'target_invalid_amount' });
    const visits = await setTarget({
      deps: repos,
      actor: PEOPLE.admin,
      team,
      subject: REP,
      metric: 'visits',
      period: 'week',
      value: '12',
    });
    expect(visits).toMatchObject({ kind: 'set', progress: { target: { value: 12, currency: null } } });
  });

  it('announces 50 % and 100 % of a monthly target once each, and only the highest when both pass at once', async () => {
    const f = targetFixtures(database.db);
    await f.member({ teamId: 'T_MS', userId: 'U_MS' });
    await f.member({ teamId: 'T_MS', userId: 'U_JUMP' });
    const msTeam = { ...team, teamId: 'T_MS' };
    const admin = { ...PEOPLE.admin, teamId: 'T_MS' };
    for (const userId of ['U_MS', 'U_JUMP'])
      await setTarget({
        deps: repos,
        actor: admin,
        team: msTeam,
        subject: { kind: 'rep', userId },
        metric: 'won',
        period: 'month',
        value: '1000',
      });
    const check = async () => {
      const found = await newMilestones({ deps: repos, team: msTeam, today: '2026-12-16' });
      await recordMilestones({ targets: repos.targets, team: msTeam, announcements: found, at: clock.now() });
      return found.map((a) => [a.progress.target.subject, a.percent, a.reached]);
    };
    await f.won({ teamId: 'T_MS', owner: 'U_MS', at: '2026-12-02T02:00:00Z', amount: 600 });
    await f.won({ teamId: 'T_MS', owner: 'U_JUMP', at: '2026-12-02T02:00:00Z', amount: 1200 });
    expect(await check()).toEqual([
      [{ kind: 'rep', userId: 'U_MS' }, 50, [50]],
      [{ kind: 'rep', userId: 'U_JUMP' }, 100, [50, 100]],
    ]);
    expect(await check()).toEqual([]);
    await f.won({ teamId: 'T_MS', owner: 'U_MS', at: '2026-12-03T02:00:00Z', amount: 400 });
    expect(await check()).toEqual([[{ kind: 'rep', userId: 'U_MS' }, 100, [100]]]);
    expect(await check()).toEqual([]);
    // January is a new month: its milestones are its own.
    await f.won({ teamId: 'T_MS', owner: 'U_MS', at: '2027-01-05T02:00:00Z', amount: 500 });
    const january = await newMilestones({ deps: repos, team: msTeam, today: '2027-01-05' });
    expect(january.map((a) => [a.periodStart, a.percent])).toEqual([['2027-01-01', 50]]);
  });
});
