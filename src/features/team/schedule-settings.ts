import { parseIsoDate, toIso } from '../../lib/parse/calendar.js';
import { splitTimeOfDay } from '../../lib/parse/time-of-day.js';
import { CURRENCIES, OPEN_STAGES, type Stage } from '../leads/leads.types.js';
import { isHolidayCountry } from './public-holidays.js';
import type { Team } from './team.types.js';

/*
 * The schedule part of the team settings form (digest time, working days, holidays, currency, forecast
 * probabilities, stale and quiet thresholds), as raw strings from the form, and its validation. Every field is
 * optional: a form that does not carry a field leaves that setting as it is.
 */

export type OpenStage = Exclude<Stage, 'won' | 'lost'>;

export interface ScheduleSettingsForm {
  /** `HH:MM`. */
  digestTime?: string | null;
  /** ISO weekdays as strings, `'1'` (Monday) … `'7'` (Sunday). */
  workingDays?: string[] | null;
  /** ISO 3166 code, or `none`. */
  holidayCountry?: string | null;
  /** The team's own days off: `YYYY-MM-DD` dates separated by commas, spaces or new lines. */
  holidays?: string | null;
  currency?: string | null;
  staleAfterDays?: string | null;
  quietWorkingDays?: string | null;
  /** Percent per open stage; empty = the default. */
  stageProbabilities?: Partial<Record<OpenStage, string | null>>;
}

export type ScheduleSettingsField = Exclude<keyof ScheduleSettingsForm, 'stageProbabilities'> | OpenStage;

export type ScheduleErrorKey =
  | 'team.schedule.error.time'
  | 'team.schedule.error.noWorkingDays'
  | 'team.schedule.error.country'
  | 'team.schedule.error.holidays'
  | 'team.schedule.error.tooManyHolidays'
  | 'team.schedule.error.currency'
  | 'team.schedule.error.staleDays'
  | 'team.schedule.error.quietDays'
  | 'team.schedule.error.percent';

export type ScheduleChanges = Partial<
  Pick<
    Team,
    | 'digestTime'
    | 'workingDays'
    | 'holidayCountry'
    | 'holidays'
    | 'currency'
    | 'staleAfterDays'
    | 'quietWorkingDays'
    | 'stageProbabilities'
  >
>;

export const NO_HOLIDAY_COUNTRY = 'none';
export const MAX_TEAM_HOLIDAYS = 100;
export const STALE_DAYS_RANGE = { min: 1, max: 365 } as const;
export const QUIET_DAYS_RANGE = { min: 1, max: 30 } as const;

/** `8:30`, `08:30`, `8:30am`, `8点半` → `HH:MM`; null when it is not one time of day. */
export function parseTimeOfDay(text: string | null | undefined): string | null {
  const value = text?.trim().toLowerCase() ?? '';
  const plain = /^(\d{1,2})[:：](\d{2})$/.exec(value);
  if (plain) {
    const [hour, minute] = [Number(plain[1]), Number(plain[2])];
    return hour <= 23 && minute <= 59 ? `${String(hour).padStart(2, '0')}:${plain[2]}` : null;
  }
  const found = splitTimeOfDay(value);
  return found && found.rest === '' ? found.time : null;
}

/** The team's own days off from free text; `{ invalid }` names the first word that is not a date. */
export function parseHolidayList(text: string): { dates: string[] } | { invalid: string } {
  const dates = new Set<string>();
  for (const word of text.split(/[\s,，;；、]+/).filter(Boolean)) {
    const date = parseIsoDate(word.replace(/[/.]/g, '-'));
    if (!date) return { invalid: word };
    dates.add(toIso(date));
  }
  return { dates: [...dates].sort() };
}

function wholeNumber(text: string | null | undefined, range: { min: number; max: number }): number | null {
  const value = text?.trim() ?? '';
  if (!/^\d{1,4}$/.test(value)) return null;
  const number = Number(value);
  return number >= range.min && number <= range.max ? number : null;
}

/** Checks every schedule field at once; the changes to save, or the catalog key of each field's problem. */
export function validateScheduleSettings(
  form: ScheduleSettingsForm,
):
  | { ok: true; changes: ScheduleChanges }
  | { ok: false; errors: Partial<Record<ScheduleSettingsField, ScheduleErrorKey>> } {
  const errors: Partial<Record<ScheduleSettingsField, ScheduleErrorKey>> = {};
  const changes: ScheduleChanges = {};
  if (form.digestTime !== undefined) {
    const time = parseTimeOfDay(form.digestTime);
    if (time) changes.digestTime = time;
    else errors.digestTime = 'team.schedule.error.time';
  }
  if (form.workingDays !== undefined) {
    const days = [...new Set((form.workingDays ?? []).map(Number))]
      .filter((day) => Number.isInteger(day) && day >= 1 && day <= 7)
      .sort();
    if (days.length > 0) changes.workingDays = days;
    else errors.workingDays = 'team.schedule.error.noWorkingDays';
  }
  if (form.holidayCountry !== undefined) {
    const country = form.holidayCountry?.trim().toUpperCase() || NO_HOLIDAY_COUNTRY.toUpperCase();
    if (country === NO_HOLIDAY_COUNTRY.toUpperCase()) changes.holidayCountry = null;
    else if (isHolidayCountry(country)) changes.holidayCountry = country;
    else errors.holidayCountry = 'team.schedule.error.country';
  }
  if (form.holidays !== undefined) {
    const parsed = parseHolidayList(form.holidays ?? '');
    if ('invalid' in parsed) errors.holidays = 'team.schedule.error.holidays';
    else if (parsed.dates.length > MAX_TEAM_HOLIDAYS) errors.holidays = 'team.schedule.error.tooManyHolidays';
    else changes.holidays = parsed.dates;
  }
  if (form.currency !== undefined) {
    const currency = form.currency?.trim().toUpperCase() ?? '';
    if ((CURRENCIES as readonly string[]).includes(currency)) changes.currency = currency;
    else errors.currency = 'team.schedule.error.currency';
  }
  if (form.staleAfterDays !== undefined) {
    const days = wholeNumber(form.staleAfterDays, STALE_DAYS_RANGE);
    if (days === null) errors.staleAfterDays = 'team.schedule.error.staleDays';
    else changes.staleAfterDays = days;
  }
  if (form.quietWorkingDays !== undefined) {
    const days = wholeNumber(form.quietWorkingDays, QUIET_DAYS_RANGE);
    if (days === null) errors.quietWorkingDays = 'team.schedule.error.quietDays';
    else changes.quietWorkingDays = days;
  }
  if (form.stageProbabilities !== undefined) {
    const probabilities: Record<string, number> = {};
    for (const stage of OPEN_STAGES as readonly OpenStage[]) {
      const raw = form.stageProbabilities[stage]?.trim();
      if (!raw) continue;
      const percent = wholeNumber(raw, { min: 0, max: 100 });
      if (percent === null) errors[stage] = 'team.schedule.error.percent';
      else probabilities[stage] = percent;
    }
    changes.stageProbabilities = Object.keys(probabilities).length > 0 ? probabilities : null;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, changes };
}
