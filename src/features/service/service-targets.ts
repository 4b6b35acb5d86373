import { addWorkingMinutes } from '../approvals/working-time.js';
import type { WorkCalendar } from '../team/work-calendar.js';
import {
  DEFAULT_SERVICE_TARGETS,
  SERVICE_REMINDER_SHARE,
  type ServicePriority,
  type ServiceTargets,
} from './service.types.js';

export interface ServiceDueTimes {
  responseRemindAt: Date;
  responseDueAt: Date;
  resolutionRemindAt: Date;
  resolutionDueAt: Date;
}

/** The priority's targets in working minutes: the team's policy where it sets one, else the default. */
export function targetMinutes(
  targets: ServiceTargets,
  priority: ServicePriority,
): { response: number; resolution: number } {
  const hours = (set: Partial<Record<ServicePriority, number>>, fallback: number) => {
    const value = set[priority];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    response: Math.round(hours(targets.responseHours, DEFAULT_SERVICE_TARGETS.responseHours[priority]) * 60),
    resolution: Math.round(
      hours(targets.resolutionHours, DEFAULT_SERVICE_TARGETS.resolutionHours[priority]) * 60,
    ),
  };
}

/**
 * When a request opened at `openedAt` must be started and resolved, and when its owner is reminded of each (75 %
 * of the window), all counted in the team's working time: a weekend or holiday in between moves them later.
 */
export function serviceDueTimes(input: {
  openedAt: Date;
  priority: ServicePriority;
  targets: ServiceTargets;
  timeZone: string;
  calendar: WorkCalendar;
}): ServiceDueTimes {
  const { openedAt, timeZone, calendar } = input;
  const minutes = targetMinutes(input.targets, input.priority);
  const at = (span: number) => addWorkingMinutes(openedAt, span, timeZone, calendar);
  return {
    responseRemindAt: at(Math.floor(minutes.response * SERVICE_REMINDER_SHARE)),
    responseDueAt: at(minutes.response),
    resolutionRemindAt: at(Math.floor(minutes.resolution * SERVICE_REMINDER_SHARE)),
    resolutionDueAt: at(minutes.resolution),
  };
}
