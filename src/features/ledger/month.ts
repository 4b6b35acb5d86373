import { addDays, addMonths, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import { startOfLocalDay } from '../digest/digest-calendar.js';
import { isWorkingDay, type WorkCalendar } from '../team/work-calendar.js';
import type { MonthWindow } from './ledger-reports.repository.js';

/** `2026-11` in a zone: its first local day, the next month's, and the instants both begin at. */
export function monthWindow(month: string, timeZone: string): MonthWindow {
  const fromDate = `${month}-01`;
  const toDate = toIso(addMonths(requireIsoDate(fromDate), 1));
  return {
    month,
    fromDate,
    toDate,
    from: startOfLocalDay(fromDate, timeZone),
    to: startOfLocalDay(toDate, timeZone),
  };
}

export function previousMonth(month: string): string {
  return toIso(addMonths(requireIsoDate(`${month}-01`), -1)).slice(0, 7);
}

/** The month's first working day in the team's calendar (holidays such as New Year's Day skipped). */
export function firstWorkingDay(month: string, calendar: WorkCalendar): string {
  let date = `${month}-01`;
  for (let i = 0; i < 31; i++) {
    if (isWorkingDay(date, calendar)) return date;
    date = toIso(addDays(requireIsoDate(date), 1));
  }
  return `${month}-01`;
}
