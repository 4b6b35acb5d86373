import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { dmsTo, instance, lead, member, textOf } from './rep-day-helpers.js';

/** Wednesday 16 December 2026 is one of the team's own days off; the day after is a normal working day. */
const HOLIDAY = '2026-12-16';

describe.each(DRIVERS)('the rep’s day on a holiday (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-14T00:00:00Z'));
  const T = 'T_HOL';

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await member(app.deps, { teamId: T, userId: 'U_REST', timezone: 'Asia/Shanghai' });
    await member(app.deps, { teamId: T, userId: 'U_DUE', timezone: 'Asia/Shanghai' });
    await lead(app.deps, T, 'U_DUE', '2026-12-15', new Date('2026-12-14T02:00:00Z'));
    await app.deps.targetSettings.update(T, { checkInEnabled: true }, 'U_ADMIN', clock.now());
    await app.deps.teams.updateTeam(T, { holidays: [HOLIDAY] });
    // A plan the rep made ahead for the holiday does not bring the end-of-day DM either.
    await app.deps.dailyPlans.save({
      teamId: T,
      userId: 'U_REST',
      date: HOLIDAY,
      counts: { returnCalls: 2, invitations: 0, visits: 0, newRecords: 0, deals: 0 },
      expectedVersion: 0,
      at: clock.now(),
    });
  }, 60_000);
  afterAll(() => app?.stop());

  it('sends no check-in and no end-of-day DM on the holiday, and both again the day after', async () => {
    const one = instance(app, clock, 'holiday');
    await one.at('2026-12-16T01:00:00Z');
    await one.at('2026-12-16T10:00:00Z');
    expect(dmsTo(app, 'U_REST')).toHaveLength(0);
    // The follow-up reminder follows the same calendar: nothing goes out on the team's day off.
    expect(dmsTo(app, 'U_DUE')).toHaveLength(0);
    expect(await app.deps.dailyPlans.find(T, 'U_DUE', HOLIDAY)).toBeUndefined();
    await one.at('2026-12-17T01:00:00Z');
    await one.at('2026-12-17T10:00:00Z');
    expect(dmsTo(app, 'U_REST').map((call) => textOf(call).includes('Today’s plan'))).toEqual([true, false]);
    expect(textOf(dmsTo(app, 'U_REST')[1])).toContain('Your day, planned and done (2026-12-17)');
  });
});
