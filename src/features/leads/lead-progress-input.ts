import { dateTimeFormat } from '../../lib/intl-cache.js';
import { parseIsoDate } from '../../lib/parse/calendar.js';
import { visibleText } from '../../lib/text.js';
import { localDate } from '../../lib/time-zone.js';
import { beyondHorizon } from './follow-up-horizon.js';
import {
  type FieldErrorKey,
  leadValueMaxMinor,
  MAX_NOTES_LENGTH,
  minorToMajorNumber,
  moneyFieldErrorOf,
  readMoneyField,
} from './lead-input.js';
import { ACTIVITY_KINDS, LOST_REASONS, type LoggedActivityKind, type LostReason } from './leads.types.js';

/** Catalog keys of the errors the card's modals can show, next to the lead form's. */
export type ProgressErrorKey =
  | FieldErrorKey
  | 'leads.progress.error.time'
  | 'leads.progress.error.future'
  | 'leads.progress.error.pastTime';
export type ProgressErrors<K extends string> = Partial<Record<K, ProgressErrorKey>>;
export type Validated<T, K extends string> =
  | { ok: true; value: T }
  | { ok: false; errors: ProgressErrors<K> };

/** "Now" as the rep sees it: their calendar date and wall-clock time, and the instant itself. */
export interface LocalNow {
  instant: Date;
  date: string;
  time: string;
  timeZone: string;
}

/** "Now" in an IANA time zone. */
export function localNowIn(timeZone: string, instant: Date): LocalNow {
  return { instant, date: localDate(instant, timeZone), time: localTimeOfDay(instant, timeZone), timeZone };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An activity may be logged a few minutes "ahead" of the server clock (the rep's phone may be fast). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const clean = visibleText;

/** The wall-clock `HH:MM` at `instant` in an IANA time zone. */
export function localTimeOfDay(instant: Date, timeZone: string): string {
  return dateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** Milliseconds `timeZone` is ahead of UTC at `at`. */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    dateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of a wall-clock `date` + `HH:MM` in an IANA time zone (DST gaps resolve forwards). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - zoneOffsetMs(new Date(wall), timeZone);
  return new Date(wall - zoneOffsetMs(new Date(first), timeZone));
}

function note<K extends string>(errors: ProgressErrors<K>, field: K, raw: string | null | undefined) {
  const value = clean(raw);
  if (value !== null && value.length > MAX_NOTES_LENGTH) errors[field] = 'leads.error.tooLong';
  return value;
}

/** A follow-up date (and optional time) that is not in the rep's past. */
function followUp<K extends string>(
  errors: ProgressErrors<K>,
  fields: { date: K; time: K },
  raw: { date?: string | null; time?: string | null },
  now: LocalNow,
): { on: string; time: string | null } | null {
  const on = clean(raw.date);
  const time = clean(raw.time);
  if (time !== null && !TIME.test(time)) errors[fields.time] = 'leads.progress.error.time';
  if (on === null) {
    if (time !== null) errors[fields.date] = 'leads.error.required';
    return null;
  }
  if (!parseIsoDate(on)) errors[fields.date] = 'leads.error.date';
  else if (on < now.date) errors[fields.date] = 'leads.error.pastDate';
  else if (beyondHorizon(on, now.date)) errors[fields.date] = 'leads.error.tooFar';
  else if (on === now.date && time !== null && TIME.test(time) && time < now.time)
    errors[fields.time] = 'leads.progress.error.pastTime';
  return { on, time };
}

export interface ActivityForm {
  kind?: string | null;
  note?: string | null;
  date?: string | null;
  time?: string | null;
  nextFollowUpOn?: string | null;
  nextFollowUpTime?: string | null;
}
export interface ActivityInput {
  kind: LoggedActivityKind;
  note: string;
  occurredAt: Date;
  nextFollowUp: { on: string; time: string | null } | null;
}

/** What happened (kind and note, both required), when (not in the future), and optionally what comes next. */
export function validateActivityForm(
  form: ActivityForm,
  now: LocalNow,
): Validated<ActivityInput, keyof ActivityForm> {
  const errors: ProgressErrors<keyof ActivityForm> = {};
  const kind = clean(form.kind);
  if (!ACTIVITY_KINDS.includes(kind as LoggedActivityKind)) errors.kind = 'leads.error.required';
  const text = note(errors, 'note', form.note);
  if (text === null) errors.note = 'leads.error.required';
  const date = clean(form.date) ?? now.date;
  const time = clean(form.time) ?? now.time;
  if (!parseIsoDate(date)) errors.date = 'leads.error.date';
  if (!TIME.test(time)) errors.time = 'leads.progress.error.time';
  let occurredAt = now.instant;
  if (!errors.date && !errors.time) {
    occurredAt = zonedInstant(date, time, now.timeZone);
    if (occurredAt.getTime() > now.instant.getTime() + FUTURE_TOLERANCE_MS)
      errors[date > now.date ? 'date' : 'time'] = 'leads.progress.error.future';
  }
  const next = followUp(
    errors,
    { date: 'nextFollowUpOn', time: 'nextFollowUpTime' },
    { date: form.nextFollowUpOn, time: form.nextFollowUpTime },
    now,
  );
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: { kind: kind as LoggedActivityKind, note: text ?? '', occurredAt, nextFollowUp: next },
  };
}

export interface FollowUpForm {
  date?: string | null;
  time?: string | null;
  note?: string | null;
}

export function validateFollowUpForm(
  form: FollowUpForm,
  now: LocalNow,
): Validated<{ on: string; time: string | null; note: string | null }, keyof FollowUpForm> {
  const errors: ProgressErrors<keyof FollowUpForm> = {};
  const next = followUp(errors, { date: 'date', time: 'time' }, form, now);
  if (next === null && !errors.date) errors.date = 'leads.error.required';
  const text = note(errors, 'note', form.note);
  if (Object.keys(errors).length || next === null) return { ok: false, errors };
  return { ok: true, value: { ...next, note: text } };
}

/**
 * The won amount, in the lead's currency (else the team's; null before the ack, when neither is known yet), read
 * by the app's one money reader; the lead keeps it in major units (numeric column), as its exact decimal.
 */
export function validateWonForm(
  form: { amount?: string | null },
  currency: string | null,
): Validated<{ amount: number }, 'amount'> {
  const read = readMoneyField(form.amount, currency, { maxMinor: leadValueMaxMinor(currency ?? 'CNY') });
  if (!read.ok) return { ok: false, errors: { amount: moneyFieldErrorOf(read) } };
  if (read.minor === null) return { ok: false, errors: { amount: 'leads.error.required' } };
  return { ok: true, value: { amount: minorToMajorNumber(read.minor, currency ?? 'XXX') } };
}

/** Every lost lead carries a reason from the list; "other" needs a note to say what it was. */
export function validateLostForm(form: {
  reason?: string | null;
  note?: string | null;
}): Validated<{ reason: LostReason; note: string | null }, 'reason' | 'note'> {
  const errors: ProgressErrors<'reason' | 'note'> = {};
  const reason = clean(form.reason);
  if (!LOST_REASONS.includes(reason as LostReason)) errors.reason = 'leads.error.required';
  const text = note(errors, 'note', form.note);
  if (reason === 'other' && text === null) errors.note = 'leads.error.required';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { reason: reason as LostReason, note: text } };
}
