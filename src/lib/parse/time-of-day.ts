import { parseCount } from './chinese-numerals.js';

export interface TimeSplit {
  /** `HH:MM`, 24-hour. */
  time: string;
  /** The text with the time words taken out. */
  rest: string;
}

const EN_AM_PM = /(?:^|\s)(?:at\s+)?(\d{1,2})(?::([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)(?=\s|$)/;
const EN_24H = /(?:^|\s)(?:at\s+)?([01]?\d|2[0-3]):([0-5]\d)(?=\s|$)/;
const EN_NOON = /(?:^|\s)(?:at\s+)?noon(?=\s|$)/;
const ZH =
  /(上午|早上|早晨|中午|下午|晚上|傍晚)?(\d{1,2}|[零一二两三四五六七八九十]{1,3})(?:点|时)(半|一刻|三刻|(\d{1,2}|[零一二三四五六七八九十]{1,3})分?)?/;

/**
 * Finds one time of day in an already lower-cased phrase. Returns `undefined` when there is none and null
 * when there is one we cannot read without guessing (`at 3`, `3点` — morning or afternoon?).
 */
export function splitTimeOfDay(text: string): TimeSplit | null | undefined {
  const amPm = EN_AM_PM.exec(text);
  if (amPm) {
    const hour = Number(amPm[1]);
    if (hour < 1 || hour > 12) return null;
    const pm = amPm[3]?.startsWith('p') ?? false;
    return build(text, amPm, (hour % 12) + (pm ? 12 : 0), Number(amPm[2] ?? 0));
  }
  const clock = EN_24H.exec(text);
  if (clock) return build(text, clock, Number(clock[1]), Number(clock[2]));
  const noon = EN_NOON.exec(text);
  if (noon) return build(text, noon, 12, 0);
  const zh = ZH.exec(text);
  if (zh) return readChinese(text, zh);
  return undefined;
}

function readChinese(text: string, match: RegExpExecArray): TimeSplit | null {
  const [, period, hourText, minuteText, minuteNumber] = match;
  const hourValue = hourText ? parseCount(hourText) : null;
  if (hourValue === null || !Number.isInteger(hourValue) || hourValue > 23) return null;
  let hour = hourValue;
  if (period === '下午' || period === '晚上' || period === '傍晚') {
    if (hour < 12) hour += 12;
  } else if (period === '中午') {
    if (hour >= 1 && hour <= 2) hour += 12;
  } else if (!period && hour >= 1 && hour <= 6) {
    // 3点 alone could be 03:00 or 15:00.
    return null;
  }
  let minute = 0;
  if (minuteText === '半') minute = 30;
  else if (minuteText === '一刻') minute = 15;
  else if (minuteText === '三刻') minute = 45;
  else if (minuteNumber) minute = parseCount(minuteNumber) ?? -1;
  if (minute < 0 || minute > 59 || hour > 23) return null;
  return build(text, match, hour, minute);
}

function build(text: string, match: RegExpExecArray, hour: number, minute: number): TimeSplit | null {
  if (hour > 23) return null;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    .replace(/\s+/g, ' ')
    .trim();
  return { time: `${pad(hour)}:${pad(minute)}`, rest };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
