import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodWindow } from '../../../src/features/targets/target-calendar.js';
import { progressOfTargets } from '../../../src/features/targets/target-progress.usecases.js';
import type { Target } from '../../../src/features/targets/targets.types.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { inMemoryCollected, targetFixtures, targetRepos } from './target-fixtures.js';

/**
 * Hand-computed fixture. Team T1 works Monday–Friday in Asia/Shanghai (UTC+8) and counts in CNY. December 2026
 * there is [2026-11-30T16:00Z, 2026-12-31T16:00Z). U_A lives in Shanghai, U_B in New York (UTC−5 in December).
 */
describe.each(DRIVERS)('what reps did, counted for targets (%s)', (driver) => {
  let database: TestDatabase;
  let repos: ReturnType<typeof targetRepos>;
  let team: Team;
  const collected = inMemoryCollected([
    { userId: 'U_A', at: '2026-12-02T02:00:00Z', minor: 300_000 },
    // 23:00 on 30 November in Shanghai: November's money.
    { userId: 'U_A', at: '2026-11-30T15:00:00Z', minor: 100_000 },
    { userId: 'U_B', at: '2026-12-20T02:00:00Z', minor: 45_000 },
  ]);
  const december = periodWindow('month', '2026-12-16', 'Asia/Shanghai');

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    repos = targetRepos(database.db, fixedClock(new Date('2026-12-16T04:00:00Z')), collected);
    await repos.teams.ensureTeam('T1');
    team = (await repos.teams.updateTeam('T1', { timezone: 'Asia/Shanghai', currency: 'CNY' })) as Team;
    const f = targetFixtures(database.db);
    await f.member({ userId: 'U_A', timezone: 'Asia/Shanghai' });
    await f.member({ userId: 'U_B', timezone: 'America/New_York' });
    // Won a minute before December in Shanghai, and right at its start.
    await f.won({ owner: 'U_A', at: '2026-11-30T15:59:00Z', amount: 1000.5 });
    await f.won({ owner: 'U_A', at: '2026-11-30T16:00:00Z', amount: 2000 });
    // No amount entered: the estimate counts.
    await f.won({ owner: 'U_B', at: '2026-12-15T03:00:00Z', amount: null, value: 300.25 });
    // In dollars: a deal, but no yuan.
    await f.won({ owner: 'U_B', at: '2026-12-16T03:00:00Z', amount: 5000, currency: 'USD' });
    // No currency on the lead: the team's.
    await f.won({ owner: 'U_A', at: '2026-12-31T15:59:59Z', amount: 0.01, currency: null });
    // The first second of 2027 in Shanghai.
    await f.won({ owner: 'U_A', at: '2026-12-31T16:00:00Z', amount: 7 });
    // Won by the manager on U_B's lead: the amount is U_B's.
    await f.won({ owner: 'U_B', at: '2026-12-03T03:00:00Z', amount: 100, actor: 'U_M' });

    // U_A's 1 December in Shanghai: every kind once (plus the win above, at its first second).
    const lead = await f.lead({ owner: 'U_A', createdAt: '2026-12-01T01:00:00Z' });
    for (const kind of ['call', 'email', 'meeting', 'demo', 'visit', 'quote_sent', 'note'] as const)
      await f.activity({ leadId: lead, actor: 'U_A', kind, at: '2026-12-01T02:00:00Z' });
    // U_B's calls around midnight in New York: 23:59 on 30 November, then 00:00 on 1 December.
    const other = await f.lead({ owner: 'U_B', createdAt: '2026-11-20T00:00:00Z' });
    await f.activity({ leadId: other, actor: 'U_B', kind: 'call', at: '2026-12-01T04:59:00Z' });
    await f.activity({ leadId: other, actor: 'U_B', kind: 'call', at: '2026-12-01T05:00:00Z' });
    await f.activity({ leadId: other, actor: 'U_B', kind: 'visit', at: '2026-12-15T05:00:00Z' });
  });
  afterAll(() => database?.destroy());

  it('adds up December’s wins per owner in fen, in SQL, leaving dollars out of the yuan', async () => {
    const won = await repos.repNumbers.wonByOwner('T1', 'CNY', december.from, december.to);
    expect(Object.fromEntries(won.byOwner)).toEqual({
      U_A: { amount: 200_001, deals: 2 },
      U_B: { amount: 30_025 + 10_000, deals: 3 },
    });
    expect(won.total).toEqual({ amount: 200_001 + 40_025, deals: 5 });
    expect(won.otherCurrencyDeals).toBe(1);
  });

  it('a reopened deal no longer counts as won', async () => {
    const f = targetFixtures(database.db);
    const leadId = await f.won({ teamId: 'T_RE', owner: 'U_R', at: '2026-12-10T00:00:00Z', amount: 50 });
    const window = periodWindow('month', '2026-12-10', 'UTC');
    expect((await repos.repNumbers.wonByOwner('T_RE', 'CNY', window.from, window.to)).byOwner.size).toBe(1);
    const { leads } = await import('../../../src/db/schema/index.js');
    const { eq } = await import('drizzle-orm');
    await database.db.update(leads).set({ stage: 'negotiation', closedAt: null }).where(eq(leads.id, leadId));
    expect((await repos.repNumbers.wonByOwner('T_RE', 'CNY', window.from, window.to)).byOwner.size).toBe(0);
  });

  it('counts a yen deal in whole yen', async () => {
    const f = targetFixtures(database.db);
    await f.won({ teamId: 'T_JP', owner: 'U_J', at: '2026-12-10T00:00:00Z', amount: 1500, currency: 'JPY' });
    const window = periodWindow('month', '2026-12-10', 'Asia/Tokyo');
    const won = await repos.repNumbers.wonByOwner('T_JP', 'JPY', window.from, window.to);
    expect(won.byOwner.get('U_J')).toEqual({ amount: 1500, deals: 1 });
  });

  it('maps activity kinds to the five counts, each rep over their own local day', async () => {
    const day = (date: string, zone: string) => periodWindow('day', date, zone);
    const tallies = await repos.repNumbers.tallies('T1', [
      { key: 'a', userId: 'U_A', ...day('2026-12-01', 'Asia/Shanghai') },
      { key: 'b', userId: 'U_B', ...day('2026-12-01', 'America/New_York') },
      { key: 'team', userId: null, ...day('2026-12-01', 'Asia/Shanghai') },
      { key: 'empty', userId: 'U_NOBODY', ...day('2026-12-01', 'Asia/Shanghai') },
    ]);
    expect(tallies.get('a')).toEqual({
      returnCalls: 2,
      invitations: 2,
      visits: 1,
      newRecords: 1,
      deals: 1,
      activities: 6,
    });
    // Only the call at 00:00 New York time falls on U_B's 1 December.
    expect(tallies.get('b')).toMatchObject({ returnCalls: 1, visits: 0, activities: 1 });
    // Shanghai's 1 December holds both of U_B's calls (12:59 and 13:00 there).
    expect(tallies.get('team')).toMatchObject({ returnCalls: 4, newRecords: 1, deals: 1 });
    expect(tallies.get('empty')).toEqual({
      returnCalls: 0,
      invitations: 0,
      visits: 0,
      newRecords: 0,
      deals: 0,
      activities: 0,
    });
  });

  it('computes each target’s progress and pace on 16 December', async () => {
    const target = (over: Partial<Target> & Pick<Target, 'id' | 'metric' | 'period' | 'value'>): Target => ({
      teamId: 'T1',
      subject: { kind: 'rep', userId: 'U_A' },
      currency: 'CNY',
      setByUserId: 'U_M',
      updatedAt: new Date('2026-03-02T02:00:00Z'),
      version: 1,
      ...over,
    });
    const results = await progressOfTargets({
      deps: repos,
      team,
      today: '2026-12-16',
      targets: [
        target({ id: 1, metric: 'won', period: 'month', value: 1_000_000 }),
        target({ id: 2, metric: 'won', period: 'month', value: 500_000, subject: { kind: 'team' } }),
        target({ id: 3, metric: 'collected', period: 'month', value: 500_000 }),
        target({ id: 4, metric: 'collected', period: 'month', value: 1_000_000, subject: { kind: 'team' } }),
        target({
          id: 5,
          metric: 'visits',
          period: 'week',
          value: 4,
          subject: { kind: 'rep', userId: 'U_B' },
        }),
        target({ id: 6, metric: 'won', period: 'year', value: 1_000_000 }),
      ],
    });
    const byId = new Map(results.map((result) => [result.target.id, result.progress]));
    // December: 23 weekdays; from Wednesday the 16th, 12 are left (16–18, 21–25, 28–31).
    expect(byId.get(1)).toEqual({
      done: 200_001,
      target: 1_000_000,
      percent: 20,
      workingDays: 23,
      workingDaysLeft: 12,
      pacePerDay: 66_667,
      onTrack: false,
    });
    expect(byId.get(2)).toMatchObject({ done: 240_026, percent: 48 });
    expect(byId.get(3)).toMatchObject({ done: 300_000, percent: 60, pacePerDay: 16_667, onTrack: true });
    expect(byId.get(4)).toMatchObject({ done: 345_000, percent: 34 });
    // The week of 14–20 December (Shanghai): U_B's visit at 13:00 on the 15th; 3 more over Wed–Fri.
    expect(byId.get(5)).toMatchObject({ done: 1, workingDaysLeft: 3, pacePerDay: 1 });
    // 2026 in Shanghai also holds the win of 30 November (¥1,000.50): ¥3,000.51 in all.
    expect(byId.get(6)).toMatchObject({ done: 300_051, percent: 30 });
  });
});
