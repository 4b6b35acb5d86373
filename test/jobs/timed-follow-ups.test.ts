import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { fixtures } from '../features/digest/digest-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { twoInstances } from '../helpers/two-instances.js';

describe.each(DRIVERS)('a follow-up set for a time of day (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-01T00:00:00Z'));
  let at: (iso: string) => Promise<void>;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    ({ at } = twoInstances(app, clock));
  });
  afterAll(() => app?.stop());

  async function rep(teamId: string, userId: string, timezone: string, holidayCountry: string | null = null) {
    await app.deps.teams.ensureTeam(teamId);
    await app.deps.teams.updateTeam(teamId, { timezone: 'Asia/Shanghai', holidayCountry });
    await fixtures(app.deps.db).member({ teamId, userId });
    await app.deps.teams.saveProfile(
      teamId,
      userId,
      { displayName: userId, locale: 'en-US', timezone, isWorkspaceAdmin: false },
      clock.now(),
    );
  }
  async function followUp(teamId: string, owner: string, company: string, date: string, time: string | null) {
    const id = await fixtures(app.deps.db).lead({
      teamId,
      owner,
      company,
      createdAt: '2026-11-01T00:00:00Z',
    });
    await app.deps.leads.update(teamId, id, { nextFollowUpOn: date, nextFollowUpTime: time }, null);
    return id;
  }
  const timedDms = (userId: string) =>
    app.slack
      .callsTo('chat.postMessage')
      .filter(
        (call) => call.args.channel === userId && String(call.args.text).startsWith('Time to follow up'),
      );

  it('comes at that time in the rep’s zone, once, even with two instances ticking, besides the morning list', async () => {
    await rep('T_AT', 'U_AT', 'Asia/Shanghai');
    await followUp('T_AT', 'U_AT', 'Call Me Ltd', '2026-12-02', '15:00');
    await at('2026-12-02T01:00:00Z'); // 09:00: the morning list, which names it
    const morning = app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'U_AT');
    expect(morning).toHaveLength(1);
    expect(JSON.stringify(morning[0]?.args.blocks)).toContain('Call Me Ltd');
    expect(timedDms('U_AT')).toHaveLength(0);
    await at('2026-12-02T06:59:00Z'); // 14:59
    expect(timedDms('U_AT')).toHaveLength(0);
    await at('2026-12-02T07:00:00Z'); // 15:00
    await at('2026-12-02T07:01:00Z');
    expect(timedDms('U_AT')).toHaveLength(1);
    expect(String(timedDms('U_AT')[0]?.args.text)).toContain('Call Me Ltd (15:00)');
  });

  it('a follow-up moved to a later time the same day reminds again; one done before its time does not', async () => {
    await rep('T_MOVE', 'U_MOVE', 'Asia/Shanghai');
    const moved = await followUp('T_MOVE', 'U_MOVE', 'Moved Co', '2026-12-03', '10:00');
    const done = await followUp('T_MOVE', 'U_MOVE', 'Done Co', '2026-12-03', '11:00');
    await at('2026-12-03T02:00:00Z'); // 10:00
    expect(timedDms('U_MOVE').map((call) => String(call.args.text))).toEqual([
      'Time to follow up with Moved Co (10:00)',
    ]);
    await app.deps.leads.update('T_MOVE', moved, { nextFollowUpTime: '16:00' }, null);
    await app.deps.leads.update('T_MOVE', done, { nextFollowUpOn: null, nextFollowUpTime: null }, null);
    await at('2026-12-03T03:00:00Z'); // 11:00
    await at('2026-12-03T08:00:00Z'); // 16:00
    expect(timedDms('U_MOVE').map((call) => String(call.args.text))).toEqual([
      'Time to follow up with Moved Co (10:00)',
      'Time to follow up with Moved Co (16:00)',
    ]);
  });

  it('follows the rep’s own zone, not the team’s', async () => {
    await rep('T_NY', 'U_NYC', 'America/New_York');
    await followUp('T_NY', 'U_NYC', 'Big Apple', '2026-12-02', '09:30');
    await at('2026-12-02T01:30:00Z'); // 09:30 in Shanghai, 20:30 the day before in New York
    expect(timedDms('U_NYC')).toHaveLength(0);
    await at('2026-12-02T14:30:00Z'); // 09:30 in New York
    expect(timedDms('U_NYC')).toHaveLength(1);
  });

  it('stays silent on a holiday of the team’s country and while the rep is on vacation', async () => {
    await rep('T_HOL', 'U_HOL', 'Asia/Shanghai', 'CN');
    await followUp('T_HOL', 'U_HOL', 'Holiday Co', '2026-10-01', '10:00');
    await at('2026-10-01T02:00:00Z');
    expect(timedDms('U_HOL')).toHaveLength(0);
    await app.deps.teams.updateMember('T_HOL', 'U_HOL', { vacationUntil: '2026-10-09' });
    await followUp('T_HOL', 'U_HOL', 'Vacation Co', '2026-10-09', '10:00');
    await at('2026-10-09T02:00:00Z');
    expect(timedDms('U_HOL')).toHaveLength(0);
  });
});
