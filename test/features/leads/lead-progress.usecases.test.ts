import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomerLinkRepository } from '../../../src/features/customers/customer-links.repository.js';
import { homeOverview } from '../../../src/features/leads/lead-home.usecases.js';
import {
  changeStage,
  logActivity,
  markLost,
  markWon,
  setFollowUp,
} from '../../../src/features/leads/lead-progress.usecases.js';
import { zonedInstant } from '../../../src/features/leads/lead-progress-input.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import type { Lead } from '../../../src/features/leads/leads.types.js';
import { createLead, editLead } from '../../../src/features/leads/leads.usecases.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';

const actor = (userId: string, overrides: Partial<Actor> = {}): Actor => ({
  teamId: 'T1',
  userId,
  role: 'rep',
  isAdmin: false,
  locale: 'en',
  timezone: 'Asia/Shanghai',
  ...overrides,
});
const rep = actor('U_A');
const otherRep = actor('U_B');
const manager = actor('U_M', { role: 'manager' });
// 2026-11-27 10:00 in Shanghai.
const NOW = new Date('2026-11-27T02:00:00Z');

describe('zonedInstant', () => {
  it('reads a wall-clock time in the rep’s time zone, across daylight saving', () => {
    expect(zonedInstant('2026-11-27', '10:00', 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-27T02:00:00.000Z',
    );
    expect(zonedInstant('2026-07-01', '09:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-07-01T07:30:00.000Z',
    );
    expect(zonedInstant('2026-01-15', '09:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-01-15T08:30:00.000Z',
    );
  });
});

describe.each(DRIVERS)('moving leads through the pipeline on %s', (driver) => {
  let database: TestDatabase;
  let deps: {
    leads: ReturnType<typeof createLeadRepository>;
    teams: ReturnType<typeof createTeamRepository>;
    clock: ReturnType<typeof fixedClock>;
    customerLinks: ReturnType<typeof createCustomerLinkRepository>;
  };
  let lead: Lead;

  const activities = (leadId = lead.id) => deps.leads.recentActivities('T1', leadId, 20);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = {
      leads: createLeadRepository(database),
      teams: createTeamRepository(database),
      clock: fixedClock(NOW),
      customerLinks: createCustomerLinkRepository(database),
    };
    await deps.teams.updateMember('T1', 'U_A', { managerUserId: 'U_M' });
    await deps.teams.updateMember('T1', 'U_M', { role: 'manager' });
  });
  afterAll(() => database?.destroy());

  beforeEach(async () => {
    deps.clock.set(NOW);
    const created = await createLead({
      ...deps,
      actor: rep,
      form: { companyName: 'Acme', contactName: 'Li Lei', estimatedValue: '1000', currency: 'CNY' },
    });
    if (!created.ok) throw new Error('could not create the lead');
    lead = created.lead;
  });

  it('a rep moves a lead forwards and back, and each move is recorded with who and from where', async () => {
    const forward = await changeStage({ ...deps, actor: rep, leadId: lead.id, stage: 'proposal' });
    expect(forward).toMatchObject({ changed: true, change: { kind: 'stage', from: 'new', to: 'proposal' } });
    deps.clock.advance(60_000);
    const back = await changeStage({ ...deps, actor: rep, leadId: lead.id, stage: 'contacted' });
    expect(back.lead.stage).toBe('contacted');
    const moves = (await activities()).filter((a) => a.kind === 'stage_changed');
    expect(moves.map((a) => [a.fromStage, a.toStage, a.actorUserId])).toEqual([
      ['proposal', 'contacted', 'U_A'],
      ['new', 'proposal', 'U_A'],
    ]);
  });

  it('choosing the current stage again records nothing', async () => {
    const same = await changeStage({ ...deps, actor: rep, leadId: lead.id, stage: 'new' });
    expect(same.changed).toBe(false);
    expect((await activities()).map((a) => a.kind)).toEqual(['created']);
  });

  it('won and lost cannot be chosen as a stage; they need an amount or a reason', async () => {
    for (const stage of ['won', 'lost', 'nonsense'])
      await expect(changeStage({ ...deps, actor: rep, leadId: lead.id, stage })).rejects.toMatchObject({
        code: 'stage_not_allowed',
      });
    expect((await deps.leads.findById('T1', lead.id))?.stage).toBe('new');
  });

  it('a rep cannot see or change another rep’s lead: it does not exist for them', async () => {
    const attempts = [
      () => changeStage({ ...deps, actor: otherRep, leadId: lead.id, stage: 'proposal' }),
      () => markWon({ ...deps, actor: otherRep, leadId: lead.id, form: { amount: '5' } }),
      () => markLost({ ...deps, actor: otherRep, leadId: lead.id, form: { reason: 'price' } }),
      () => setFollowUp({ ...deps, actor: otherRep, leadId: lead.id, form: { date: '2026-12-01' } }),
      () => logActivity({ ...deps, actor: otherRep, leadId: lead.id, form: { kind: 'call', note: 'x' } }),
      () =>
        changeStage({ ...deps, actor: actor('U_A', { teamId: 'T2' }), leadId: lead.id, stage: 'proposal' }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'lead_not_found' });
    expect(await deps.leads.findById('T1', lead.id)).toMatchObject({ stage: 'new', nextFollowUpOn: null });
    expect(await activities()).toHaveLength(1);
  });

  it('a manager can change a report’s lead, and the move is recorded as theirs', async () => {
    await changeStage({ ...deps, actor: manager, leadId: lead.id, stage: 'negotiation' });
    expect((await activities())[0]).toMatchObject({ actorUserId: 'U_M', toStage: 'negotiation' });
  });

  it('logging a call with the next follow-up saves both, at the time the rep gave', async () => {
    const result = await logActivity({
      ...deps,
      actor: rep,
      leadId: lead.id,
      form: {
        kind: 'call',
        note: 'Asked for a quote <!channel>',
        date: '2026-11-26',
        time: '16:30',
        nextFollowUpOn: '2026-12-01',
        nextFollowUpTime: '09:00',
      },
    });
    expect(result.ok).toBe(true);
    const saved = await deps.leads.findById('T1', lead.id);
    expect(saved).toMatchObject({ nextFollowUpOn: '2026-12-01', nextFollowUpTime: '09:00' });
    const recorded = await activities();
    const call = recorded.find((a) => a.kind === 'call');
    const followUp = recorded.find((a) => a.kind === 'follow_up_set');
    expect(call).toMatchObject({ kind: 'call', note: 'Asked for a quote <!channel>' });
    expect(call?.occurredAt.toISOString()).toBe('2026-11-26T08:30:00.000Z');
    expect(followUp).toMatchObject({ kind: 'follow_up_set', note: '2026-12-01 09:00' });
    // A call logged for yesterday does not make the lead look less recently active.
    expect(saved?.lastActivityAt.getTime()).toBeGreaterThanOrEqual(lead.lastActivityAt.getTime());
  });

  it('an activity needs a kind and a note, and cannot be in the future', async () => {
    const result = await logActivity({
      ...deps,
      actor: rep,
      leadId: lead.id,
      form: { kind: 'gossip', note: ' ', date: '2026-11-28', time: '10:00', nextFollowUpOn: '2026-11-20' },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        kind: 'leads.error.required',
        note: 'leads.error.required',
        date: 'leads.progress.error.future',
        nextFollowUpOn: 'leads.error.pastDate',
      },
    });
    expect(await activities()).toHaveLength(1);
  });

  it('a follow-up cannot be set in the past, by date or by time today', async () => {
    const yesterday = await setFollowUp({
      ...deps,
      actor: rep,
      leadId: lead.id,
      form: { date: '2026-11-26' },
    });
    expect(yesterday).toEqual({ ok: false, errors: { date: 'leads.error.pastDate' } });
    const earlierToday = await setFollowUp({
      ...deps,
      actor: rep,
      leadId: lead.id,
      form: { date: '2026-11-27', time: '09:00' },
    });
    expect(earlierToday).toEqual({ ok: false, errors: { time: 'leads.progress.error.pastTime' } });
    const missing = await setFollowUp({ ...deps, actor: rep, leadId: lead.id, form: {} });
    expect(missing).toEqual({ ok: false, errors: { date: 'leads.error.required' } });
    expect((await deps.leads.findById('T1', lead.id))?.nextFollowUpOn).toBeNull();
  });

  it('a follow-up later today with a note is saved and recorded', async () => {
    const result = await setFollowUp({
      ...deps,
      actor: rep,
      leadId: lead.id,
      form: { date: '2026-11-27', time: '15:00', note: 'send the brochure' },
    });
    expect(result).toMatchObject({
      ok: true,
      lead: { nextFollowUpOn: '2026-11-27', nextFollowUpTime: '15:00' },
    });
    const [activity] = await activities();
    expect(activity).toMatchObject({ kind: 'follow_up_set', note: '2026-11-27 15:00' });
  });

  it('marking a lead won asks for a positive final amount', async () => {
    for (const amount of ['', '0', '-5', 'lots'])
      expect((await markWon({ ...deps, actor: rep, leadId: lead.id, form: { amount } })).ok).toBe(false);
    const won = await markWon({ ...deps, actor: rep, leadId: lead.id, form: { amount: '12,500.50' } });
    expect(won).toMatchObject({ ok: true, lead: { stage: 'won', wonAmount: 12500.5 } });
    expect((await activities())[0]).toMatchObject({ kind: 'won', fromStage: 'new', toStage: 'won' });
    if (won.ok) expect(won.lead.closedAt).not.toBeNull();
  });

  it('every lost lead carries a reason from the list; “other” needs a note', async () => {
    expect(await markLost({ ...deps, actor: rep, leadId: lead.id, form: { note: 'gone' } })).toEqual({
      ok: false,
      errors: { reason: 'leads.error.required' },
    });
    expect(await markLost({ ...deps, actor: rep, leadId: lead.id, form: { reason: 'other' } })).toEqual({
      ok: false,
      errors: { note: 'leads.error.required' },
    });
    const lost = await markLost({
      ...deps,
      actor: rep,
      leadId: lead.id,
      form: { reason: 'competitor', note: 'went with Beta' },
    });
    expect(lost).toMatchObject({
      ok: true,
      lead: { stage: 'lost', lostReason: 'competitor', lostNote: 'went with Beta' },
    });
    expect((await activities())[0]).toMatchObject({ kind: 'lost', note: 'went with Beta', toStage: 'lost' });
  });

  it('a closed lead cannot be closed again, but choosing an open stage reopens it and is recorded', async () => {
    await markLost({ ...deps, actor: rep, leadId: lead.id, form: { reason: 'price' } });
    await expect(
      markWon({ ...deps, actor: rep, leadId: lead.id, form: { amount: '10' } }),
    ).rejects.toMatchObject({
      code: 'lead_closed',
    });
    await expect(
      setFollowUp({ ...deps, actor: rep, leadId: lead.id, form: { date: '2026-12-01' } }),
    ).rejects.toMatchObject({ code: 'lead_closed' });
    const reopened = await changeStage({ ...deps, actor: rep, leadId: lead.id, stage: 'negotiation' });
    expect(reopened.lead).toMatchObject({ stage: 'negotiation', closedAt: null, lostReason: null });
    expect((await activities())[0]).toMatchObject({ kind: 'stage_changed', fromStage: 'lost' });
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('two people closing the same lead at once: only one close is recorded', async () => {
    const results = await Promise.allSettled([
      markWon({ ...deps, actor: rep, leadId: lead.id, form: { amount: '10' } }),
      markLost({ ...deps, actor: manager, leadId: lead.id, form: { reason: 'price' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const closes = (await activities()).filter((a) => a.kind === 'won' || a.kind === 'lost');
    expect(closes).toHaveLength(1);
  });

  it('editing a lead with an overdue follow-up keeps that date instead of refusing the edit', async () => {
    await setFollowUp({ ...deps, actor: rep, leadId: lead.id, form: { date: '2026-11-28' } });
    deps.clock.set(new Date('2026-12-05T02:00:00Z'));
    const current = await deps.leads.findById('T1', lead.id);
    const edited = await editLead({
      ...deps,
      actor: rep,
      leadId: lead.id,
      form: { companyName: 'Acme Group', contactName: 'Li Lei', nextFollowUpOn: current?.nextFollowUpOn },
    });
    expect(edited).toMatchObject({
      ok: true,
      lead: { companyName: 'Acme Group', nextFollowUpOn: '2026-11-28' },
    });
  });

  it('the App Home overview shows the rep’s own pipeline, due and overdue follow-ups', async () => {
    deps.clock.set(new Date('2027-01-04T02:00:00Z'));
    await setFollowUp({ ...deps, actor: rep, leadId: lead.id, form: { date: '2027-01-04' } });
    const overview = await homeOverview({ ...deps, actor: rep });
    expect(overview.today).toBe('2027-01-04');
    expect(overview.dueToday.map((l) => l.id)).toEqual([lead.id]);
    const newStage = overview.pipeline.find((row) => row.stage === 'new');
    expect(newStage?.count).toBeGreaterThan(0);
    expect(newStage?.values[0]).toMatchObject({ currency: 'CNY' });
    expect(overview.recent[0]?.id).toBe(lead.id);
    deps.clock.set(new Date('2027-01-06T02:00:00Z'));
    const later = await homeOverview({ ...deps, actor: rep });
    expect(later.overdue.map((l) => l.id)).toContain(lead.id);
    expect(later.dueToday).toEqual([]);
    expect((await homeOverview({ ...deps, actor: otherRep })).recent).toEqual([]);
  });
});
