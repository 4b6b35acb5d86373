/*
 * Arrays read through raw `db.execute(sql…)`: node-postgres parses them into JS arrays, PGlite may hand back the
 * array literal (`{1,2,3}`). Only for arrays of simple values (numbers, dates, ids: no commas, quotes or braces).
 */

export function parseTextArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.replace(/[{}"]/g, '').split(',').filter(Boolean);
  return [];
}

export function parseIntArray(value: unknown): number[] {
  return parseTextArray(value).map(Number);
}
