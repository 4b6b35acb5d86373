import { REVISIT_DAY_MAX, REVISIT_OFFSETS_MAX } from './revisits.types.js';

/**
 * `/salesflow revisits 7,30,90` or `off`: the days after delivery a customer is revisited, sorted, each once.
 * Undefined = not a policy (the caller answers with the usage).
 */
export function parseRevisitDays(text: string): number[] | undefined {
  const input = text.trim().toLowerCase();
  if (input === 'off' || input === '关' || input === '关闭') return [];
  const parts = input.split(/[\s,，、]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > REVISIT_OFFSETS_MAX) return undefined;
  if (!parts.every((part) => /^\d{1,4}$/.test(part))) return undefined;
  const days = [...new Set(parts.map(Number))].sort((a, b) => a - b);
  return days.every((day) => day >= 1 && day <= REVISIT_DAY_MAX) ? days : undefined;
}
