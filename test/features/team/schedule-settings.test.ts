import { describe, expect, it } from 'vitest';
import { setMyReminderTime } from '../../../src/features/team/schedule.usecases.js';
import {
  parseHolidayList,
  parseTimeOfDay,
  validateScheduleSettings,
} from '../../../src/features/team/schedule-settings.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { isAppError } from '../../../src/lib/errors.js';
import { inMemoryTeamRepository } from './in-memory-team-repository.js';

describe('schedule settings', () => {
  it('reads times of day the way people type them', () => {
    expect(parseTimeOfDay('8:30')).toBe('08:30');
    expect(parseTimeOfDay('08:30')).toBe('08:30');
    expect(parseTimeOfDay('8：30')).toBe('08:30');
    expect(parseTimeOfDay('9am')).toBe('09:00');
    expect(parseTimeOfDay('上午8点半')).toBe('08:30');
    expect(parseTimeOfDay('24:00')).toBe(null);
    expect(parseTimeOfDay('tomorrow 9am')).toBe(null);
    expect(parseTimeOfDay('')).toBe(null);
  });

  it('reads the team’s days off from commas, spaces, Chinese punctuation or new lines, sorted and without repeats', () => {
    expect(parseHolidayList('2026-12-31, 2026-12-24\n2026/12/24，2027.01.02')).toEqual({
      dates: ['2026-12-24', '2026-12-31', '2027-01-02'],
    });
    expect(parseHolidayList('2026-02-30')).toEqual({ invalid: '2026-02-30' });
    expect(parseHolidayList('Christmas')).toEqual({ invalid: 'Christmas' });
    expect(parseHolidayList('')).toEqual({ dates: [] });
  });

  it('names every wrong field at once, and saves nothing then', () => {
    const result = validateScheduleSettings({
      digestTime: '25:00',
      workingDays: [],
      holidayCountry: 'XX',
      holidays: 'soon',
      currency: 'BTC',
      staleAfterDays: '0',
      quietWorkingDays: '31',
      stageProbabilities: { proposal: '120', negotiation: '70' },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        digestTime: 'team.schedule.error.time',
        workingDays: 'team.schedule.error.noWorkingDays',
        holidayCountry: 'team.schedule.error.country',
        holidays: 'team.schedule.error.holidays',
        currency: 'team.schedule.error.currency',
        staleAfterDays: 'team.schedule.error.staleDays',
        quietWorkingDays: 'team.schedule.error.quietDays',
        proposal: 'team.schedule.error.percent',
      },
    });
  });

  it('turns a valid form into the changes to save; `none` clears the country, empty probabilities mean the defaults', () => {
    expect(
      validateScheduleSettings({
        digestTime: '9:05',
        workingDays: ['6', '1', '1', '9'],
        holidayCountry: 'none',
        holidays: '',
        stageProbabilities: { proposal: '', negotiation: null },
      }),
    ).toEqual({
      ok: true,
      changes: {
        digestTime: '09:05',
        workingDays: [1, 6],
        holidayCountry: null,
        holidays: [],
        stageProbabilities: null,
      },
    });
    expect(validateScheduleSettings({ holidayCountry: 'us' })).toEqual({
      ok: true,
      changes: { holidayCountry: 'US' },
    });
  });

  it('refuses more than 100 days off of the team’s own', () => {
    const dates = Array.from(
      { length: 101 },
      (_, i) =>
        `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    );
    expect(validateScheduleSettings({ holidays: dates.join('\n') })).toEqual({
      ok: false,
      errors: { holidays: 'team.schedule.error.tooManyHolidays' },
    });
  });

  it('a rep sets their own reminder time, and a wrong one is answered with its words', async () => {
    const teams = inMemoryTeamRepository();
    const actor: Actor = {
      teamId: 'T1',
      userId: 'U1',
      role: 'rep',
      isAdmin: false,
      locale: 'en',
      timezone: 'UTC',
    };
    expect((await setMyReminderTime({ teams, actor, text: ' 8:30 ' })).time).toBe('08:30');
    expect((await teams.findMember('T1', 'U1'))?.reminderTime).toBe('08:30');
    const refused = await setMyReminderTime({ teams, actor, text: 'later' }).catch((error) => error);
    expect(isAppError(refused) && refused.code).toBe('team_invalid_reminder_time');
    expect((await teams.findMember('T1', 'U1'))?.reminderTime).toBe('08:30');
  });
});
