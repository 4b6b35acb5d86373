import { addDays, requireIsoDate, toIso } from '../../lib/parse/calendar.js';

/**
 * How far ahead a follow-up or a vacation may be set: ten years, the same bound `/followup` puts on relative
 * dates ("in 3650 days"). `2999-01-01` is a typo, not a plan, whichever way it was written.
 */
export const FOLLOW_UP_HORIZON_DAYS = 3650;

/** The last date a follow-up may be set for, seen from the rep's `today`. */
export function latestFollowUpDate(today: string): string {
  return toIso(addDays(requireIsoDate(today), FOLLOW_UP_HORIZON_DAYS));
}

export const beyondHorizon = (date: string, today: string): boolean => date > latestFollowUpDate(today);
