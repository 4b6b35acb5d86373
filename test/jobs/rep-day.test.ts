import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { dmsTo, instance, lead, member, textOf } from './rep-day-helpers.js';

/*
 * Team T_DAY works Monday–Friday; its reps live in Shanghai (UTC+8) unless said otherwise. Wednesday 16 December
 * 2026: the morning DM goes at 09:00 there (01:00Z), the end-of-day DM at 18:00 (10:00Z).
 */
describe.each(DRIVERS)('the rep’s day through the scheduler and the outbox (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-14T00:00:00Z'));
  const T = 'T_DAY';
  let one: ReturnType<typeof instance>;
  const dms = (userId: string) => dmsTo(app, userId);

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    one = instance(app, clock, 'day');
    const shanghai = { teamId: T, timezone: 'Asia/Shanghai' };
    await member(app.deps, { ...shanghai, userId: 'U_BOSS', role: 'manager' });
    for (const userId of ['U_CALM', 'U_BUSY', 'U_OUT', 'U_AWAY'])
      await member(app.deps, { ...shanghai, userId, manager: 'U_BOSS' });
    await member(app.deps, { ...shanghai, userId: 'U_ZH', language: 'zh-CN' });
    await member(app.deps, { teamId: T, userId: 'U_NYC', timezone: 'America/New_York' });
    const monday = new Date('2026-12-14T02:00:00Z');
    await lead(app.deps, T, 'U_CALM', '2026-12-28', monday);
    await lead(app.deps, T, 'U_BUSY', '2026-12-16', monday);
    await app.deps.dailyPlans.setCheckInOptOut(T, 'U_OUT', true, monday);
    await app.deps.teams.updateMember(T, 'U_AWAY', { vacationUntil: '2026-12-16' });
    for (const [metric, value] of [
      ['returnCalls', 3],
      ['visits', 1],
    ] as const)
      await app.deps.targets.upsert({
        teamId: T,
        subject: { kind: 'rep', userId: 'U_CALM' },
        metric,
        period: 'day',
        value,
        currency: null,
        setByUserId: 'U_BOSS',
        at: monday,
      });
  }, 60_000);
  afterAll(() => app?.stop());

  it('with the check-in off (the default), a rep with nothing due gets no morning DM', async () => {
    await one.at('2026-12-15T01:00:00Z');
    expect(dms('U_CALM')).toHaveLength(0);
    expect(dms('U_BUSY')).toHaveLength(0);
  });

  it('with it on, each rep gets one morning DM with today’s plan, follow-ups included, in their language', async () => {
    await app.deps.targetSettings.update(T, { checkInEnabled: true }, 'U_ADMIN', clock.now());
    await one.at('2026-12-16T00:59:00Z');
    expect(dms('U_CALM')).toHaveLength(0);
    await one.at('2026-12-16T01:00:00Z');
    await one.at('2026-12-16T01:01:00Z');
    await one.at('2026-12-16T05:00:00Z');
    expect(dms('U_CALM')).toHaveLength(1);
    expect(textOf(dms('U_CALM')[0])).toContain('Today’s plan');
    // Prefilled from the per-day targets: 3 return calls, 1 visit.
    expect((await app.deps.dailyPlans.find(T, 'U_CALM', '2026-12-16'))?.counts).toEqual({
      returnCalls: 3,
      invitations: 0,
      visits: 1,
      newRecords: 0,
      deals: 0,
    });
    // The follow-up reminder and the plan are one message.
    expect(dms('U_BUSY')).toHaveLength(1);
    expect(textOf(dms('U_BUSY')[0])).toContain('Today’s plan');
    expect(textOf(dms('U_BUSY')[0])).toContain('Follow-ups for 2026-12-16');
    expect(textOf(dms('U_ZH')[0])).toContain('今日计划');
    expect(dms('U_ZH')).toHaveLength(1);
  });

  it('skips the rep who opted out, managers, and a rep on vacation', async () => {
    expect(dms('U_OUT')).toHaveLength(0);
    expect(dms('U_BOSS')).toHaveLength(0);
    expect(dms('U_AWAY')).toHaveLength(0);
    expect(await app.deps.dailyPlans.find(T, 'U_AWAY', '2026-12-16')).toBeUndefined();
  });

  it('sends the end-of-day DM at 18:00 in the rep’s zone, once, comparing the plan with what was logged', async () => {
    const [calmLead] = (await app.deps.leads.query(T, { owners: ['U_CALM'], limit: 1 })).leads;
    await app.deps.leads.addActivity(T, calmLead?.id ?? 0, {
      actorUserId: 'U_CALM',
      kind: 'call',
      occurredAt: new Date('2026-12-16T06:00:00Z'),
    });
    await one.at('2026-12-16T09:59:00Z');
    expect(dms('U_CALM')).toHaveLength(1);
    await one.at('2026-12-16T10:00:00Z');
    await one.at('2026-12-16T12:00:00Z');
    expect(dms('U_CALM')).toHaveLength(2);
    const summary = textOf(dms('U_CALM')[1]);
    expect(summary).toContain('Return calls: 1 of 3');
    expect(summary).toContain('Visits: 0 of 1');
    expect(summary).toContain(`Log on #${calmLead?.id}`);
    // Every rep with a plan today gets one; without a plan (opted out, on vacation) none.
    expect(dms('U_BUSY')).toHaveLength(2);
    expect(textOf(dms('U_ZH')[1])).toContain('今日计划与完成');
    expect(dms('U_OUT')).toHaveLength(0);
    expect(dms('U_AWAY')).toHaveLength(0);
  });

  it('follows the team’s end-of-day time, and a New Yorker’s own evening', async () => {
    await app.deps.targetSettings.update(T, { endOfDayTime: '17:30' }, 'U_ADMIN', clock.now());
    // Thursday 17 December: 09:00 in New York is 14:00Z, 17:30 is 22:30Z.
    await one.at('2026-12-17T14:00:00Z');
    expect(dms('U_NYC')).toHaveLength(1);
    await one.at('2026-12-17T22:29:00Z');
    expect(dms('U_NYC')).toHaveLength(1);
    await one.at('2026-12-17T22:30:00Z');
    expect(dms('U_NYC')).toHaveLength(2);
    // At 14:00Z it was 22:00 in Shanghai, past the end of the working day: no late check-in there, so no plan
    // and no summary either.
    expect(dms('U_CALM')).toHaveLength(2);
    expect(await app.deps.dailyPlans.find(T, 'U_CALM', '2026-12-17')).toBeUndefined();
  });

  it('sends nothing on the weekend, not even to a rep who made a plan for Saturday', async () => {
    await app.deps.dailyPlans.save({
      teamId: T,
      userId: 'U_CALM',
      date: '2026-12-19',
      counts: { returnCalls: 1, invitations: 0, visits: 0, newRecords: 0, deals: 0 },
      expectedVersion: 0,
      at: clock.now(),
    });
    const before = dms('U_CALM').length;
    await one.at('2026-12-19T01:00:00Z');
    await one.at('2026-12-19T10:00:00Z');
    expect(dms('U_CALM')).toHaveLength(before);
  });
});
