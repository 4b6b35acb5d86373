import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  claimDueHomes,
  DEFAULT_REFRESH_POLICY,
  type HomeChange,
  markHomesDirty,
  recordHomeOpened,
  settleHomePublish,
} from '../../../src/features/home/home-refresh.usecases.js';
import { createHomeViewRepository } from '../../../src/features/home/home-views.repository.js';
import type { TeamRepository } from '../../../src/features/team/team.repository.js';
import type { Member, Role } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createLogger } from '../../../src/logger.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

const member = (userId: string, role: Role, managerUserId: string | null = null): Member => ({
  teamId: 'T1',
  userId,
  role,
  managerUserId,
  displayName: null,
  slackLocale: null,
  language: null,
  timezone: null,
  isWorkspaceAdmin: false,
  reminderTime: '09:00',
  vacationUntil: null,
  delegateUserId: null,
  delegateUntil: null,
  profileFetchedAt: null,
});

// A director over a manager over two reps, a rep elsewhere, finance, an admin and a workspace owner.
const members: Member[] = [
  member('U_DIR', 'director'),
  member('U_MGR', 'manager', 'U_DIR'),
  member('U_REP', 'rep', 'U_MGR'),
  member('U_PEER', 'rep', 'U_MGR'),
  member('U_LONE', 'rep'),
  member('U_FIN', 'finance'),
  member('U_ADMIN', 'admin'),
  { ...member('U_OWNER', 'rep'), isWorkspaceAdmin: true },
];

describe.each(DRIVERS)('the debounced Home refresh (%s)', (driver) => {
  let database: TestDatabase;
  const clock = fixedClock(new Date('2026-06-01T09:00:00Z'));
  let homeViews: ReturnType<typeof createHomeViewRepository>;
  const teams = { listMembers: async () => members } as unknown as TeamRepository;
  const logger = createLogger('silent');
  const policy = { ...DEFAULT_REFRESH_POLICY, debounceMs: 30_000, perMinute: 80, batchSize: 10 };
  const deps = () => ({ homeViews, teams, clock, logger });
  const claim = () => claimDueHomes({ ...deps(), now: clock.now(), policy });
  const claimedUsers = async () => (await claim()).map((home) => home.userId).sort();
  const change = (ownerUserId: string) =>
    markHomesDirty({ ...deps(), teamId: 'T1', change: { kind: 'payment', ownerUserId } });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    homeViews = createHomeViewRepository({ db: database.db });
    for (const m of [...members, member('U_A', 'manager', 'U_B'), member('U_B', 'manager', 'U_A')])
      await database.db.execute(sql`
        insert into members (team_id, user_id, role, manager_user_id, is_workspace_admin)
        values (${m.teamId}, ${m.userId}, ${m.role}, ${m.managerUserId}, ${m.isWorkspaceAdmin})`);
  });
  afterAll(() => database?.destroy());
  beforeEach(async () => {
    clock.advance(3600_000);
    await database.db.execute('delete from home_views');
  });

  /** Everyone has opened Home; `what` changes; whose Homes are then stale. */
  const markedBy = async (what: HomeChange) => {
    const everyone = [...members.map((m) => m.userId), 'U_A', 'U_B'];
    for (const user of everyone) await recordHomeOpened({ ...deps(), teamId: 'T1', userId: user });
    await markHomesDirty({ ...deps(), teamId: 'T1', change: what });
    const rows = (await database.db.execute(
      sql`select user_id from home_views where team_id = 'T1' and dirty_since is not null order by user_id`,
    )) as unknown as { rows: { user_id: string }[] };
    return rows.rows.map((row) => row.user_id);
  };

  it('a lead of a rep shows on her Home, her manager chain’s and the admins’, not on finance’s or a peer’s', async () => {
    expect(await markedBy({ kind: 'lead', ownerUserId: 'U_REP' })).toEqual(
      ['U_ADMIN', 'U_DIR', 'U_MGR', 'U_OWNER', 'U_REP'].sort(),
    );
  });

  it('a payment also shows on finance’s Home', async () => {
    expect(await markedBy({ kind: 'payment', ownerUserId: 'U_LONE' })).toEqual(
      ['U_ADMIN', 'U_FIN', 'U_LONE', 'U_OWNER'].sort(),
    );
  });

  it('a team-wide target shows on everyone’s Home', async () => {
    expect(await markedBy({ kind: 'teamTarget' })).toHaveLength(members.length + 2);
  });

  it('a manager chain that loops in bad data ends', async () => {
    expect(await markedBy({ kind: 'followUp', ownerUserId: 'U_A' })).toEqual(
      ['U_A', 'U_ADMIN', 'U_B', 'U_OWNER'].sort(),
    );
  });

  it('nobody who never opened Home is marked or published', async () => {
    await change('U_REP');
    clock.advance(60_000);
    expect(await claim()).toEqual([]);
  });

  it('a change is published once the debounce has passed, not before, and once only', async () => {
    for (const user of ['U_FIN', 'U_REP', 'U_PEER'])
      await recordHomeOpened({ ...deps(), teamId: 'T1', userId: user });
    clock.advance(31_000);
    await change('U_REP');
    clock.advance(29_000);
    expect(await claim()).toEqual([]);
    clock.advance(1_000);
    expect(await claimedUsers()).toEqual(['U_FIN', 'U_REP']);
    expect(await claim()).toEqual([]);
  });

  it('fifty changes in a burst make one publish per person', async () => {
    for (const user of ['U_FIN', 'U_MGR']) await recordHomeOpened({ ...deps(), teamId: 'T1', userId: user });
    clock.advance(31_000);
    for (let i = 0; i < 50; i += 1) {
      await change('U_REP');
      clock.advance(500);
    }
    clock.advance(30_000);
    expect(await claimedUsers()).toEqual(['U_FIN', 'U_MGR']);
    clock.advance(60_000);
    expect(await claim()).toEqual([]);
  });

  it('a Home is published at most once per debounce, however often it changes', async () => {
    await recordHomeOpened({ ...deps(), teamId: 'T1', userId: 'U_FIN' });
    clock.advance(40_000);
    await change('U_REP');
    clock.advance(30_000);
    const [first] = await claim();
    expect(first?.userId).toBe('U_FIN');
    if (first) await settleHomePublish({ ...deps(), home: first, outcome: { kind: 'published' }, policy });
    await change('U_REP');
    clock.advance(29_000);
    expect(await claim()).toEqual([]);
    clock.advance(1_000);
    expect(await claimedUsers()).toEqual(['U_FIN']);
  });

  it('opening Home shows everything so far: the changes before it are not published again', async () => {
    await recordHomeOpened({ ...deps(), teamId: 'T1', userId: 'U_FIN' });
    clock.advance(40_000);
    await change('U_REP');
    await recordHomeOpened({ ...deps(), teamId: 'T1', userId: 'U_FIN' });
    clock.advance(60_000);
    expect(await claim()).toEqual([]);
  });

  it('two refreshers claiming at once take each Home once', async () => {
    for (const user of ['U_FIN', 'U_REP', 'U_ADMIN', 'U_MGR'])
      await recordHomeOpened({ ...deps(), teamId: 'T1', userId: user });
    clock.advance(31_000);
    await change('U_REP');
    clock.advance(31_000);
    const [a, b] = await Promise.all([claim(), claim()]);
    const users = [...(a ?? []), ...(b ?? [])].map((home) => home.userId).sort();
    expect(users).toEqual(['U_ADMIN', 'U_FIN', 'U_MGR', 'U_REP']);
  });

  it('a rate-limited publish is due again at Retry-After, a refresher that died gives its Homes back after the lease', async () => {
    for (const user of ['U_FIN', 'U_REP']) await recordHomeOpened({ ...deps(), teamId: 'T1', userId: user });
    clock.advance(31_000);
    await change('U_REP');
    clock.advance(31_000);
    const homes = await claim();
    expect(homes).toHaveLength(2);
    const [limited, abandoned] = homes;
    if (!limited || !abandoned) throw new Error('two Homes expected');
    const retryAt = new Date(clock.now().getTime() + 7_000);
    await settleHomePublish({ ...deps(), home: limited, outcome: { kind: 'rateLimited', retryAt }, policy });
    clock.advance(6_000);
    expect(await claim()).toEqual([]);
    clock.advance(1_000);
    expect(await claimedUsers()).toEqual([limited.userId]);
    clock.advance(policy.leaseMs);
    expect((await claimedUsers()).includes(abandoned.userId)).toBe(true);
  });

  it('no more Homes are claimed in a minute than the views.publish allowance left', async () => {
    const users = Array.from({ length: 12 }, (_, i) => `U_X${String(i).padStart(2, '0')}`);
    for (const user of users) await recordHomeOpened({ ...deps(), teamId: 'T1', userId: user });
    clock.advance(61_000);
    await markHomesDirty({ ...deps(), teamId: 'T1', change: { kind: 'teamTarget' } });
    clock.advance(31_000);
    const tight = { ...policy, perMinute: 5, batchSize: 10 };
    expect(await claimDueHomes({ ...deps(), now: clock.now(), policy: tight })).toHaveLength(5);
    expect(await claimDueHomes({ ...deps(), now: clock.now(), policy: tight })).toHaveLength(0);
    clock.advance(61_000);
    expect(await claimDueHomes({ ...deps(), now: clock.now(), policy: tight })).toHaveLength(5);
  });
});
