import { describe, expect, it } from 'vitest';
import { WORKING_DAY_MINUTES } from '../../../src/features/approvals/approvals.types.js';
import { addWorkingMinutes, workingMinutesBetween } from '../../../src/features/approvals/working-time.js';
import { DEFAULT_SERVICE_TARGETS, WORKING_DAY_HOURS } from '../../../src/features/service/service.types.js';
import { serviceDueTimes, targetMinutes } from '../../../src/features/service/service-targets.js';
import type { WorkCalendar } from '../../../src/features/team/work-calendar.js';

const ZONE = 'Asia/Shanghai';
const WEEKDAYS: WorkCalendar = { workingDays: [1, 2, 3, 4, 5], holidayCountry: null, holidays: [] };
/** Monday 2026-12-14 is the team's own day off. */
const WITH_HOLIDAY: WorkCalendar = { ...WEEKDAYS, holidays: ['2026-12-14'] };
/** Friday 2026-12-11, 17:00 in Shanghai. */
const FRIDAY_17 = new Date('2026-12-11T09:00:00Z');

describe('service targets in working time', () => {
  it('an urgent request opened on Friday at 17:00 is due Monday 10:00: the weekend does not count', () => {
    const due = serviceDueTimes({
      openedAt: FRIDAY_17,
      priority: 'urgent',
      targets: DEFAULT_SERVICE_TARGETS,
      timeZone: ZONE,
      calendar: WEEKDAYS,
    });
    expect(due.responseDueAt.toISOString()).toBe('2026-12-14T02:00:00.000Z'); // Monday 10:00
    expect(due.responseRemindAt.toISOString()).toBe('2026-12-14T01:30:00.000Z'); // 75 %: Monday 09:30
    expect(due.resolutionDueAt.toISOString()).toBe('2026-12-14T09:00:00.000Z'); // 1 working day: Monday 17:00
  });

  it('the team’s holiday on that Monday moves every target to Tuesday', () => {
    const due = serviceDueTimes({
      openedAt: FRIDAY_17,
      priority: 'urgent',
      targets: DEFAULT_SERVICE_TARGETS,
      timeZone: ZONE,
      calendar: WITH_HOLIDAY,
    });
    expect(due.responseRemindAt.toISOString()).toBe('2026-12-15T01:30:00.000Z'); // Tuesday 09:30
    expect(due.responseDueAt.toISOString()).toBe('2026-12-15T02:00:00.000Z'); // Tuesday 10:00
    // 405 of 540 minutes: 60 on Friday, 345 on Tuesday from 09:00.
    expect(due.resolutionRemindAt.toISOString()).toBe('2026-12-15T06:45:00.000Z'); // Tuesday 14:45
    expect(due.resolutionDueAt.toISOString()).toBe('2026-12-15T09:00:00.000Z'); // Tuesday 17:00
  });

  it('a request opened on Saturday starts counting on Monday at 09:00; a low one takes two and ten working days', () => {
    const saturday = new Date('2026-12-12T03:00:00Z');
    const due = serviceDueTimes({
      openedAt: saturday,
      priority: 'low',
      targets: DEFAULT_SERVICE_TARGETS,
      timeZone: ZONE,
      calendar: WEEKDAYS,
    });
    expect(due.responseDueAt.toISOString()).toBe('2026-12-15T10:00:00.000Z'); // Tuesday 18:00
    expect(due.resolutionDueAt.toISOString()).toBe('2026-12-25T10:00:00.000Z'); // the second Friday, 18:00
  });

  it('counting forward agrees with counting the working minutes back', () => {
    for (const minutes of [1, 59, 60, 61, 540, 541, 2700]) {
      const due = addWorkingMinutes(FRIDAY_17, minutes, ZONE, WITH_HOLIDAY);
      expect(workingMinutesBetween(FRIDAY_17, due, ZONE, WITH_HOLIDAY)).toBe(minutes);
    }
  });

  it('the defaults are urgent 2 h / 1 day, high 4 h / 2 days, normal 1 day / 5 days, low 2 days / 10 days', () => {
    expect(WORKING_DAY_HOURS * 60).toBe(WORKING_DAY_MINUTES);
    const day = WORKING_DAY_MINUTES;
    expect(targetMinutes(DEFAULT_SERVICE_TARGETS, 'urgent')).toEqual({ response: 120, resolution: day });
    expect(targetMinutes(DEFAULT_SERVICE_TARGETS, 'high')).toEqual({ response: 240, resolution: 2 * day });
    expect(targetMinutes(DEFAULT_SERVICE_TARGETS, 'normal')).toEqual({ response: day, resolution: 5 * day });
    expect(targetMinutes(DEFAULT_SERVICE_TARGETS, 'low')).toEqual({
      response: 2 * day,
      resolution: 10 * day,
    });
  });

  it('a team policy overrides one priority’s target; what it leaves out (or sets to nonsense) keeps the default', () => {
    const policy = { responseHours: { urgent: 1, high: -3 }, resolutionHours: {} };
    expect(targetMinutes(policy, 'urgent')).toEqual({ response: 60, resolution: WORKING_DAY_MINUTES });
    expect(targetMinutes(policy, 'high').response).toBe(240);
  });
});
