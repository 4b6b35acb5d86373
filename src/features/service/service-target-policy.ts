import {
  SERVICE_PRIORITIES,
  type ServicePriority,
  type ServiceTargets,
  WORKING_DAY_HOURS,
} from './service.types.js';
import { targetMinutes } from './service-targets.js';

/** The longest target an admin may set: 30 working days. The shortest is one working hour. */
export const SERVICE_TARGET_MAX_HOURS = 30 * WORKING_DAY_HOURS;

/** P1..P4 as people write them, and the priority names themselves. */
const PRIORITY_WORDS: Record<string, ServicePriority> = {
  p1: 'urgent',
  p2: 'high',
  p3: 'normal',
  p4: 'low',
  urgent: 'urgent',
  high: 'high',
  normal: 'normal',
  low: 'low',
};

export type ServiceTargetChange =
  | { kind: 'reset' }
  | { kind: 'set'; priority: ServicePriority; responseHours: number; resolutionHours: number };

/** `4h` → 4 working hours, `2d` → 18 (two 9-hour working days); anything else → undefined. */
export function parseTargetHours(token: string): number | undefined {
  const match = /^(\d{1,3})(h|d)$/.exec(token.toLowerCase());
  if (!match) return undefined;
  const hours = Number(match[1]) * (match[2] === 'd' ? WORKING_DAY_HOURS : 1);
  return hours >= 1 && hours <= SERVICE_TARGET_MAX_HOURS ? hours : undefined;
}

/**
 * `/salesflow service-targets P2 4h 2d` (a priority, its response and its resolution, response ≤ resolution) or
 * `reset`. Undefined = not a change (the caller answers with the usage).
 */
export function parseServiceTargetChange(text: string): ServiceTargetChange | undefined {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 1 && ['reset', 'default', '默认', '重置'].includes(tokens[0]?.toLowerCase() ?? '')) {
    return { kind: 'reset' };
  }
  if (tokens.length !== 3) return undefined;
  const [word = '', response = '', resolution = ''] = tokens;
  const priority = PRIORITY_WORDS[word.toLowerCase()];
  const responseHours = parseTargetHours(response);
  const resolutionHours = parseTargetHours(resolution);
  if (!priority || responseHours === undefined || resolutionHours === undefined) return undefined;
  if (responseHours > resolutionHours) return undefined;
  return { kind: 'set', priority, responseHours, resolutionHours };
}

/** Working hours as the command writes them: whole working days as `2d`, the rest as `13h`. */
export function formatTargetHours(hours: number): string {
  return hours % WORKING_DAY_HOURS === 0 ? `${hours / WORKING_DAY_HOURS}d` : `${hours}h`;
}

export interface PriorityTarget {
  priority: ServicePriority;
  responseHours: number;
  resolutionHours: number;
}

/** The four priorities' targets in force: the team's where it set one, else the default. */
export function targetsInForce(targets: ServiceTargets): PriorityTarget[] {
  return SERVICE_PRIORITIES.map((priority) => {
    const minutes = targetMinutes(targets, priority);
    return { priority, responseHours: minutes.response / 60, resolutionHours: minutes.resolution / 60 };
  });
}
