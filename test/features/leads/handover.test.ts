import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandoverRepository } from '../../../src/features/leads/handover.repository.js';
import { handOver, previewHandover, reassignLead } from '../../../src/features/leads/handover.usecases.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { fixtures } from '../digest/digest-fixtures.js';

const NOW = new Date('2026-12-01T02:00:00Z');
let teamSequence = 0;

describe.each(DRIVERS)('handing leads over on %s', (driver) => {
  let database: TestDatabase;
  let deps: {
    leads: ReturnType<typeof createLeadRepository>;
    handovers: ReturnType<typeof createHandoverRepository>;
    teams: ReturnType<typeof createTeamRepository>;
    clock: ReturnType<typeof fixedClock>;
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const { db } = database;
    deps = {
      leads: createLeadRepository({ db }),
      handovers: createHandoverRepository({ db }),
      teams: createTeamRepository({ db }),
      clock: fixedClock(NOW),
    };
  });
  afterAll(() => database?.destroy());

  /**
   * A team: admin; director ← manager ← reps A and B; another manager ← rep C. Rep A owns an open lead with a
   * follow-up and a pending discount request that manager approves, and a won lead.
   */
  async function team() {
    const teamId = `T_H${++teamSequence}`;
    const f = fixtures(database.db);
    await deps.teams.ensureTeam(teamId);
    await f.member({ teamId, userId: 'U_ADMIN', role: 'admin' });
    await f.member({ teamId, userId: 'U_DIR', role: 'director' });
    await f.member({ teamId, userId: 'U_MGR', role: 'manager', manager: 'U_DIR' });
    await f.member({ teamId, userId: 'U_A', manager: 'U_MGR' });
    await f.member({ teamId, userId: 'U_B', manager: 'U_MGR' });
    await f.member({ teamId, userId: 'U_OTHERMGR', role: 'manager' });
    await f.member({ teamId, userId: 'U_C', manager: 'U_OTHERMGR' });
    const open = await f.lead({
      teamId,
      owner: 'U_A',
      company: 'Open Co',
      createdAt: '2026-11-01T00:00:00Z',
      nextFollowUpOn: '2026-12-03',
    });
    const second = await f.lead({
      teamId,
      owner: 'U_A',
      company: 'Second Co',
      createdAt: '2026-11-02T00:00:00Z',
    });
    const won = await f.lead({
      teamId,
      owner: 'U_A',
      company: 'Won Co',
      stage: 'won',
      createdAt: '2026-10-01T00:00:00Z',
    });
    const request = await f.approval({
      teamId,
      leadId: open,
      requester: 'U_A',
      current: 1,
      steps: [{ approver: 'U_MGR', status: 'pending', activatedAt: '2026-11-30T00:00:00Z' }],
      createdAt: '2026-11-30T00:00:00Z',
    });
    const as = (userId: string, role: Actor['role'] = 'rep'): Actor => ({
      teamId,
      userId,
      role,
      isAdmin: role === 'admin',
      locale: 'en',
      timezone: 'Asia/Shanghai',
    });
    return { teamId, open, second, won, request, as };
  }

  const row = async (teamId: string, leadId: number) => {
    const result = (await database.db.execute(
      sql`select owner_user_id, version from leads where team_id = ${teamId} and id = ${leadId}`,
    )) as unknown as { rows: { owner_user_id: string; version: number }[] };
    return result.rows[0];
  };
  const requester = async (teamId: string, requestId: number) => {
    const result = (await database.db.execute(
      sql`select requester_user_id from approval_requests where team_id = ${teamId} and id = ${requestId}`,
    )) as unknown as { rows: { requester_user_id: string }[] };
    return result.rows[0]?.requester_user_id;
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'allowed',
      (error: { code?: string }) => error.code,
    );

  it('the owner’s manager gives a lead to another of their reps: owner, version, audit and its pending request move', async () => {
    const t = await team();
    const result = await reassignLead({
      ...deps,
      actor: t.as('U_MGR', 'manager'),
      leadId: t.open,
      toUserId: 'U_B',
    });
    expect(result).toMatchObject({ fromUserId: 'U_A', toUserId: 'U_B', movedRequests: 1 });
    expect(await row(t.teamId, t.open)).toEqual({ owner_user_id: 'U_B', version: 2 });
    expect(await requester(t.teamId, t.request)).toBe('U_B');
    const [activity] = await deps.leads.recentActivities(t.teamId, t.open, 1);
    expect(activity).toMatchObject({ kind: 'reassigned', actorUserId: 'U_MGR' });
    const events = (await database.db.execute(
      sql`select kind, actor_user_id, subject_user_id from approval_events where team_id = ${t.teamId}`,
    )) as unknown as { rows: unknown[] };
    expect(events.rows).toEqual([
      { kind: 'requester_changed', actor_user_id: 'U_MGR', subject_user_id: 'U_B' },
    ]);
  });

  it('who may hand a lead over follows the reporting lines', async () => {
    const t = await team();
    const give = (actor: Actor, toUserId: string) =>
      refusal(reassignLead({ ...deps, actor, leadId: t.second, toUserId }));
    expect(await give(t.as('U_A'), 'U_B')).toBe('handover_not_allowed'); // a rep, even their own lead
    expect(await give(t.as('U_B'), 'U_A')).toBe('lead_not_found'); // another rep cannot even see it
    expect(await give(t.as('U_OTHERMGR', 'manager'), 'U_C')).toBe('lead_not_found'); // not their report
    expect(await give(t.as('U_MGR', 'manager'), 'U_C')).toBe('handover_not_allowed'); // outside their people
    expect(await give(t.as('U_MGR', 'manager'), 'U_A')).toBe('handover_same_owner');
    expect(await give(t.as('U_DIR', 'director'), 'U_MGR')).toBe('allowed'); // a director above, to a report
    expect(await give(t.as('U_ADMIN', 'admin'), 'U_C')).toBe('allowed'); // an admin, to anyone
    expect(await row(t.teamId, t.second)).toEqual({ owner_user_id: 'U_C', version: 3 });
    expect(
      await refusal(
        reassignLead({ ...deps, actor: t.as('U_ADMIN', 'admin'), leadId: t.won, toUserId: 'U_B' }),
      ),
    ).toBe('lead_closed');
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('three people handing over the same version of a lead at once: one wins, the others are told, the version moves once', async () => {
    const t = await team();
    const outcomes = await Promise.all(
      ['U_B', 'U_MGR', 'U_DIR'].map((toUserId) =>
        refusal(
          reassignLead({
            ...deps,
            actor: t.as('U_ADMIN', 'admin'),
            leadId: t.second,
            toUserId,
            expectedVersion: 1,
          }),
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'allowed')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'handover_conflict')).toHaveLength(2);
    expect((await row(t.teamId, t.second))?.version).toBe(2);
    const activities = await deps.leads.recentActivities(t.teamId, t.second, 10);
    expect(activities.filter((activity) => activity.kind === 'reassigned')).toHaveLength(1);
  });

  it('a form built from an older version is refused', async () => {
    const t = await team();
    const stale = refusal(
      reassignLead({
        ...deps,
        actor: t.as('U_ADMIN', 'admin'),
        leadId: t.second,
        toUserId: 'U_B',
        expectedVersion: 7,
      }),
    );
    expect(await stale).toBe('handover_conflict');
    expect(await row(t.teamId, t.second)).toEqual({ owner_user_id: 'U_A', version: 1 });
  });

  it('the preview counts what a leaving rep’s handover moves, and what it cannot', async () => {
    const t = await team();
    const toB = await previewHandover({
      ...deps,
      actor: t.as('U_MGR', 'manager'),
      fromUserId: 'U_A',
      toUserId: 'U_B',
    });
    expect(toB.counts).toEqual({
      openLeads: 2,
      followUps: 1,
      pendingRequests: 1,
      blockedRequests: 0,
      approvalsWaitingOnFrom: 0,
    });
    // Handing to the manager who approves the request: it stays with the rep (nobody approves their own).
    const toManager = await previewHandover({
      ...deps,
      actor: t.as('U_DIR', 'director'),
      fromUserId: 'U_A',
      toUserId: 'U_MGR',
    });
    expect(toManager.counts).toMatchObject({ pendingRequests: 0, blockedRequests: 1 });
    // The manager's own desk: one approval waits on them, which a handover does not move.
    const manager = await previewHandover({
      ...deps,
      actor: t.as('U_ADMIN', 'admin'),
      fromUserId: 'U_MGR',
      toUserId: 'U_DIR',
    });
    expect(manager.counts.approvalsWaitingOnFrom).toBe(1);
    expect(
      await refusal(previewHandover({ ...deps, actor: t.as('U_B'), fromUserId: 'U_A', toUserId: 'U_B' })),
    ).toBe('handover_not_allowed');
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('the confirmed handover moves every open lead and request in one transaction, and nothing twice', async () => {
    const t = await team();
    const actor = t.as('U_MGR', 'manager');
    const notified: number[][] = [];
    const [first, second] = await Promise.all([
      handOver({
        ...deps,
        actor,
        fromUserId: 'U_A',
        toUserId: 'U_B',
        afterHandover: async (_tx, moved) => void notified.push(moved.leads.map((lead) => lead.id)),
      }),
      handOver({
        ...deps,
        actor,
        fromUserId: 'U_A',
        toUserId: 'U_B',
        afterHandover: async (_tx, moved) => void notified.push(moved.leads.map((lead) => lead.id)),
      }),
    ]);
    const moved = [...(first?.leads ?? []), ...(second?.leads ?? [])].map((lead) => lead.id).sort();
    expect(moved).toEqual([t.open, t.second].sort());
    expect((first?.movedRequests ?? 0) + (second?.movedRequests ?? 0)).toBe(1);
    expect(await row(t.teamId, t.open)).toEqual({ owner_user_id: 'U_B', version: 2 });
    expect(await row(t.teamId, t.won)).toEqual({ owner_user_id: 'U_A', version: 1 });
    expect(await requester(t.teamId, t.request)).toBe('U_B');
    expect(notified.flat().sort()).toEqual([t.open, t.second].sort());
  });

  it('when the notifications cannot be stored, nothing moves', async () => {
    const t = await team();
    const failing = handOver({
      ...deps,
      actor: t.as('U_ADMIN', 'admin'),
      fromUserId: 'U_A',
      toUserId: 'U_B',
      afterHandover: async () => {
        throw new Error('outbox unavailable');
      },
    });
    await expect(failing).rejects.toThrow('outbox unavailable');
    expect(await row(t.teamId, t.open)).toEqual({ owner_user_id: 'U_A', version: 1 });
    expect(await requester(t.teamId, t.request)).toBe('U_A');
  });
});
