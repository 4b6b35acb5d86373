import { CHINESE_NUMERAL_PATTERN, parseCount } from './chinese-numerals.js';

export interface QuantityMatch {
  value: number;
  /** The counted thing as written, singular or plural (`users`, `seats`, `台`, `人`). */
  unit: string;
  raw: string;
  index: number;
}

// "a"/"an"/"one" are left out: "a user asked…" is not a head-count.
const EN_COUNT =
  '\\d{1,3}(?:,\\d{3})+|\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred';
const EN_UNITS = [
  'users?',
  'seats?',
  'licen[cs]es?',
  'employees?',
  'people',
  'staff',
  'reps?',
  'salespeople',
  'agents?',
  'units?',
  'cars?',
  'vehicles?',
  'trucks?',
  'machines?',
  'excavators?',
  'forklifts?',
  'desks?',
  'chairs?',
  'workstations?',
  'sets?',
  'computers?',
  'laptops?',
  'stores?',
  'branches',
  'students?',
  'trainees?',
  'participants?',
  'attendees?',
  'accounts?',
  'devices?',
  'sofas?',
  'beds?',
  'rooms?',
  'managers?',
  'tractors?',
  'harvesters?',
];
const EN_QUANTITY = new RegExp(
  `(?<![\\w.,$¥￥€£/-])(${EN_COUNT})\\+?\\s(?:(?:more|additional|new|sales|concurrent|named|active|office|field)\\s)?(${EN_UNITS.join('|')})\\b`,
  'gi',
);
const ZH_UNITS =
  '个人|人(?!民)|名员工|名销售|名学员|位员工|位销售|位学员|台|辆|套|张|把|间|部|件|组|个用户|个账号|个账户|个席位|个坐席|个工位|个门店|家门店|家店|家分公司|用户|账号|学员|员工|坐席|工位|门店';
const ZH_QUANTITY = new RegExp(
  `(?<![第\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+|${CHINESE_NUMERAL_PATTERN})\\s?(千|万)?(?:多)?(${ZH_UNITS})`,
  'gu',
);

/** Head-counts and quantities (`50 users`, `200 seats`, `20台`, `30个人`, `五十辆`), in order. */
export function findQuantities(text: string): QuantityMatch[] {
  const found: QuantityMatch[] = [];
  for (const m of text.matchAll(EN_QUANTITY)) {
    const value = parseCount(m[1] ?? '');
    if (value !== null && m.index !== undefined && m[2]) {
      found.push({ value, unit: m[2].toLowerCase(), raw: m[0], index: m.index });
    }
  }
  for (const m of text.matchAll(ZH_QUANTITY)) {
    const base = parseCount(m[1] ?? '');
    // 一位客户 / 一台车 usually means "a", not a count.
    if (base === null || m.index === undefined || !m[3] || base < 1 || (base === 1 && !m[2])) continue;
    const value = base * (m[2] === '万' ? 1e4 : m[2] === '千' ? 1e3 : 1);
    found.push({ value, unit: m[3].replace(/^[个名位家]/, '') || m[3], raw: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
