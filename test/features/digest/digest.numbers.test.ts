import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestRepository } from '../../../src/features/digest/digest.repository.js';
import { pipelineNumbers, teamDigest, weeklySummary } from '../../../src/features/digest/digest.usecases.js';
import { localWindow } from '../../../src/features/digest/digest-calendar.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { fixtures } from './digest-fixtures.js';

/**
 * Hand-computed fixture. Team T1 works Monday–Friday in Asia/Shanghai (UTC+8). Friday 2026-11-27's digest
 * covers Thursday 2026-11-26 local, i.e. [2026-11-25T16:00Z, 2026-11-26T16:00Z).
 */
describe.each(DRIVERS)('the digest numbers on %s', (driver) => {
  let database: TestDatabase;
  let digest: ReturnType<typeof createDigestRepository>;
  let team: Team;
  const ids: Record<string, number> = {};
  const thursday = localWindow('2026-11-26', '2026-11-27', 'Asia/Shanghai');

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    digest = createDigestRepository(database);
    const teams = createTeamRepository(database);
    await teams.ensureTeam('T1');
    team = (await teams.updateTeam('T1', { timezone: 'Asia/Shanghai', currency: 'CNY' })) as Team;
    const f = fixtures(database.db);
    const recent = '2026-11-26T00:00:00Z';
    // New leads: L1 and L3 fall inside Thursday; L2 a minute before it, L4 right at its end.
    ids.L1 = await f.lead({
      owner: 'U_A',
      company: 'L1',
      stage: 'contacted',
      value: 100_000,
      createdAt: '2026-11-26T02:00:00Z',
      nextFollowUpOn: '2026-11-20',
    });
    ids.L2 = await f.lead({
      owner: 'U_B',
      company: 'L2',
      value: 50_000,
      createdAt: '2026-11-25T15:59:00Z',
      lastActivityAt: recent,
      nextFollowUpOn: '2026-11-26',
    });
    ids.L3 = await f.lead({ owner: 'U_A', company: 'L3', createdAt: '2026-11-26T15:59:59Z' });
    ids.L4 = await f.lead({ owner: 'U_B', company: 'L4', value: 7_000, createdAt: '2026-11-26T16:00:00Z' });
    // Won: L5 and L6 on Thursday; L7 on Wednesday (outside the digest, inside the week).
    ids.L5 = await f.lead({
      owner: 'U_A',
      company: 'L5',
      stage: 'won',
      value: 90_000,
      wonAmount: 80_000,
      createdAt: '2026-11-16T00:00:00Z',
      lastActivityAt: recent,
    });
    ids.L6 = await f.lead({
      owner: 'U_B',
      company: 'L6',
      stage: 'won',
      value: 20_000,
      createdAt: '2026-11-20T00:00:00Z',
      lastActivityAt: recent,
    });
    ids.L7 = await f.lead({
      owner: 'U_A',
      company: 'L7',
      stage: 'won',
      wonAmount: 5_000,
      createdAt: '2026-11-20T00:00:00Z',
      lastActivityAt: recent,
    });
    await f.activity({ leadId: ids.L5, actor: 'U_A', kind: 'won', at: '2026-11-26T03:00:00Z' });
    await f.activity({ leadId: ids.L6, actor: 'U_B', kind: 'won', at: '2026-11-26T05:00:00Z' });
    await f.activity({ leadId: ids.L7, actor: 'U_A', kind: 'won', at: '2026-11-25T10:00:00Z' });
    // Lost on Thursday: L8, L9 (price), L10 (competitor); L11 was lost then reopened, so it does not count.
    ids.L8 = await f.lead({
      owner: 'U_B',
      company: 'L8',
      stage: 'lost',
      value: 30_000,
      lostReason: 'price',
      createdAt: '2026-11-10T00:00:00Z',
      lastActivityAt: recent,
      nextFollowUpOn: '2026-11-01',
    });
    ids.L9 = await f.lead({
      owner: 'U_A',
      company: 'L9',
      stage: 'lost',
      value: 10_000,
      lostReason: 'price',
      createdAt: '2026-11-10T00:00:00Z',
      lastActivityAt: recent,
    });
    ids.L10 = await f.lead({
      owner: 'U_A',
      company: 'L10',
      stage: 'lost',
      lostReason: 'competitor',
      createdAt: '2026-11-10T00:00:00Z',
      lastActivityAt: recent,
    });
    ids.L11 = await f.lead({
      owner: 'U_B',
      company: 'L11',
      stage: 'negotiation',
      value: 60_000,
      lostReason: 'timing',
      createdAt: '2026-11-10T00:00:00Z',
      lastActivityAt: recent,
    });
    for (const [lead, actor] of [
      ['L8', 'U_B'],
      ['L9', 'U_A'],
      ['L10', 'U_A'],
      ['L11', 'U_B'],
    ] as const) {
      await f.activity({ leadId: ids[lead] as number, actor, kind: 'lost', at: '2026-11-26T07:00:00Z' });
    }
    // Stale: L12 untouched since 2026-11-10; L13 past its expected close date.
    ids.L12 = await f.lead({
      owner: 'U_A',
      company: 'L12',
      stage: 'proposal',
      value: 200_000,
      createdAt: '2026-11-01T00:00:00Z',
      lastActivityAt: '2026-11-10T00:00:00Z',
    });
    ids.L13 = await f.lead({
      owner: 'U_B',
      company: 'L13',
      stage: 'presentation',
      value: 40_000,
      createdAt: '2026-11-01T00:00:00Z',
      lastActivityAt: recent,
      expectedCloseDate: '2026-11-20',
      nextFollowUpOn: '2026-11-27',
    });
    // Stage moves: four on Thursday, one on Wednesday evening (local).
    await f.activity({
      leadId: ids.L1,
      actor: 'U_A',
      kind: 'stage_changed',
      from: 'new',
      to: 'contacted',
      at: '2026-11-26T04:00:00Z',
    });
    await f.activity({
      leadId: ids.L12,
      actor: 'U_A',
      kind: 'stage_changed',
      from: 'presentation',
      to: 'proposal',
      at: '2026-11-26T06:00:00Z',
    });
    await f.activity({
      leadId: ids.L13,
      actor: 'U_B',
      kind: 'stage_changed',
      from: 'contacted',
      to: 'presentation',
      at: '2026-11-25T12:00:00Z',
    });
    await f.activity({
      leadId: ids.L11,
      actor: 'U_B',
      kind: 'stage_changed',
      from: 'lost',
      to: 'negotiation',
      at: '2026-11-26T08:00:00Z',
    });
    await f.activity({
      leadId: ids.L2,
      actor: 'U_B',
      kind: 'stage_changed',
      from: 'contacted',
      to: 'new',
      at: '2026-11-26T09:00:00Z',
    });
    // The reps' Thursday (besides the created / won activities above).
    for (const kind of ['call', 'email', 'meeting', 'needs_updated', 'note'] as const) {
      await f.activity({ leadId: ids.L1, actor: 'U_A', kind, at: '2026-11-26T05:00:00Z' });
    }
    for (const kind of ['visit', 'demo', 'quote_sent'] as const) {
      await f.activity({ leadId: ids.L12, actor: 'U_A', kind, at: '2026-11-26T06:30:00Z' });
    }
    await f.activity({ leadId: ids.L2, actor: 'U_B', kind: 'call', at: '2026-11-25T16:00:00Z' });
    await f.activity({ leadId: ids.L2, actor: 'U_B', kind: 'demo', at: '2026-11-26T16:00:00Z' });
    await f.activity({ leadId: ids.L2, actor: 'U_C', kind: 'note', at: '2026-11-26T10:00:00Z' });
    // Another team's busy Thursday must not leak in.
    const other = await f.lead({
      teamId: 'T2',
      owner: 'U_A',
      stage: 'won',
      value: 1_000_000,
      createdAt: '2026-11-26T02:00:00Z',
    });
    await f.activity({ teamId: 'T2', leadId: other, actor: 'U_A', kind: 'won', at: '2026-11-26T03:00:00Z' });
    await f.activity({ teamId: 'T2', leadId: other, actor: 'U_A', kind: 'call', at: '2026-11-26T03:00:00Z' });
    // Approvals: one waiting on U_M since Thursday 00:00Z, one approved, one at its second step (U_D).
    await f.approval({
      leadId: ids.L12,
      requester: 'U_A',
      current: 1,
      createdAt: '2026-11-25T00:00:00Z',
      steps: [{ approver: 'U_M', status: 'pending', activatedAt: '2026-11-26T00:00:00Z' }],
    });
    await f.approval({
      leadId: ids.L13,
      requester: 'U_B',
      status: 'approved',
      current: 0,
      createdAt: '2026-11-25T00:00:00Z',
      steps: [{ approver: 'U_M', status: 'approved', activatedAt: '2026-11-25T00:00:00Z' }],
    });
    await f.approval({
      leadId: ids.L11,
      requester: 'U_B',
      current: 2,
      createdAt: '2026-11-24T00:00:00Z',
      steps: [
        { approver: 'U_M', status: 'approved', activatedAt: '2026-11-24T00:00:00Z' },
        { approver: 'U_D', status: 'pending', activatedAt: '2026-11-25T12:00:00Z' },
      ],
    });
  });
  afterAll(() => database?.destroy());

  it('counts the leads created during the local day, boundaries included at the start only', async () => {
    const all = await digest.newLeads('T1', 'all', thursday, 5);
    expect(all).toMatchObject({ count: 2, value: 100_000 });
    expect(all.leads.map((lead) => lead.companyName)).toEqual(['L1', 'L3']);
    expect((await digest.newLeads('T1', ['U_B'], thursday, 5)).count).toBe(0);
  });

  it('groups the stage moves of the day, and scopes them by the lead owner', async () => {
    expect(await digest.stageMoves('T1', 'all', thursday)).toEqual([
      { fromStage: 'contacted', toStage: 'new', count: 1 },
      { fromStage: 'lost', toStage: 'negotiation', count: 1 },
      { fromStage: 'new', toStage: 'contacted', count: 1 },
      { fromStage: 'presentation', toStage: 'proposal', count: 1 },
    ]);
    expect(await digest.stageMoves('T1', ['U_B'], thursday)).toEqual([
      { fromStage: 'contacted', toStage: 'new', count: 1 },
      { fromStage: 'lost', toStage: 'negotiation', count: 1 },
    ]);
  });

  it('sums won deals at the won amount (or the estimate), lost deals at the estimate, with their reasons', async () => {
    const won = await digest.closedSection('T1', 'all', 'won', thursday, 5);
    expect(won).toMatchObject({ count: 2, value: 100_000 });
    expect(won.leads.map((lead) => [lead.companyName, lead.value])).toEqual([
      ['L5', 80_000],
      ['L6', 20_000],
    ]);
    const lost = await digest.closedSection('T1', 'all', 'lost', thursday, 5);
    expect(lost).toMatchObject({ count: 3, value: 40_000 });
    expect(await digest.lostReasons('T1', 'all', thursday, 5)).toEqual([
      { reason: 'price', count: 2, value: 40_000 },
      { reason: 'competitor', count: 1, value: 0 },
    ]);
  });

  it('weighs the open pipeline by stage with the default probabilities, or the team’s own', async () => {
    const numbers = await pipelineNumbers({ digest, team, owners: 'all', window: thursday });
    const byStage = Object.fromEntries(
      numbers.pipeline.map((row) => [row.stage, [row.count, row.value, row.weighted]]),
    );
    expect(byStage).toEqual({
      new: [3, 57_000, 2_850],
      contacted: [1, 100_000, 10_000],
      needs_analysis: [0, 0, 0],
      presentation: [1, 40_000, 14_000],
      proposal: [1, 200_000, 100_000],
      negotiation: [1, 60_000, 42_000],
      contract: [0, 0, 0],
    });
    expect(numbers.pipelineTotal).toEqual({ count: 7, value: 457_000, weighted: 168_850 });
    const custom = await pipelineNumbers({
      digest,
      team: { ...team, stageProbabilities: { proposal: 40 } },
      owners: 'all',
      window: thursday,
    });
    expect(custom.pipeline.find((row) => row.stage === 'proposal')?.weighted).toBe(80_000);
    expect(custom.pipelineTotal.weighted).toBe(148_850);
  });

  it('flags open leads untouched for seven days or past their expected close date as stale', async () => {
    const numbers = await pipelineNumbers({ digest, team, owners: 'all', window: thursday });
    expect(numbers.stale).toMatchObject({ count: 2, value: 240_000 });
    expect(numbers.stale.leads.map((lead) => lead.companyName)).toEqual(['L12', 'L13']);
  });

  it('tallies each rep’s day: prospects, contacts, needs analyses, demos, quotes and wins', async () => {
    expect(await digest.repActivity('T1', 'all', thursday)).toEqual([
      { userId: 'U_A', newProspects: 2, contacts: 4, needsAnalyses: 1, demos: 1, quotes: 1, won: 1 },
      { userId: 'U_B', newProspects: 0, contacts: 1, needsAnalyses: 0, demos: 0, quotes: 0, won: 1 },
    ]);
    expect(await digest.repActivity('T1', ['U_B'], thursday)).toHaveLength(1);
  });

  it('lists overdue follow-ups of open leads per rep, oldest first', async () => {
    const overdue = await digest.overdueFollowUps('T1', ['U_A', 'U_B'], '2026-11-27', 5);
    expect(overdue.total).toBe(2);
    expect(overdue.byRep).toEqual([
      { userId: 'U_A', count: 1 },
      { userId: 'U_B', count: 1 },
    ]);
    expect(overdue.leads.map((lead) => lead.companyName)).toEqual(['L1', 'L2']);
    expect((await digest.overdueFollowUps('T1', ['U_A'], '2026-11-27', 5)).total).toBe(1);
  });

  it('builds Friday’s team digest with the approvals waiting and their age', async () => {
    const friday = await teamDigest({
      digest,
      team,
      date: '2026-11-27',
      now: new Date('2026-11-27T00:30:00Z'),
    });
    expect(friday.window.from.toISOString()).toBe('2026-11-25T16:00:00.000Z');
    expect(friday.newLeads.count).toBe(2);
    expect(friday.approvals.map((a) => [a.companyName, a.approverUserId, a.ageHours])).toEqual([
      ['L11', 'U_D', 36],
      ['L12', 'U_M', 24],
    ]);
    expect((await digest.pendingApprovals('T1', 'U_M')).map((a) => a.leadId)).toEqual([ids.L12]);
  });

  it('Monday’s digest covers Friday and the weekend', async () => {
    const monday = await teamDigest({
      digest,
      team,
      date: '2026-11-30',
      now: new Date('2026-11-30T00:30:00Z'),
    });
    expect([monday.window.fromDate, monday.window.toDate]).toEqual(['2026-11-27', '2026-11-30']);
    expect(monday.newLeads.leads.map((lead) => lead.companyName)).toEqual(['L4']);
  });

  it('summarises the week: win rate, cycle time, stage-to-stage conversion and top lost reasons', async () => {
    const week = await weeklySummary({ digest, team, monday: '2026-11-30' });
    expect(week.won).toEqual({ count: 3, value: 105_000 });
    expect(week.lost).toEqual({ count: 3, value: 40_000 });
    expect(week.winRate).toBe(50);
    // (10 d 3 h + 6 d 5 h + 5 d 10 h) / 3 = 7.25 days.
    expect(week.averageCycleDays).toBe(7.3);
    expect(week.conversions).toEqual([
      { fromStage: 'new', movedOut: 1, advanced: 1, rate: 100 },
      { fromStage: 'contacted', movedOut: 2, advanced: 1, rate: 50 },
      { fromStage: 'presentation', movedOut: 1, advanced: 1, rate: 100 },
    ]);
    expect(week.topLostReasons[0]).toEqual({ reason: 'price', count: 2, value: 40_000 });
  });
});
