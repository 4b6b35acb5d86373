import { readMoneyArgument } from './money-argument.js';

/** The older three-way answer of {@link parseMoneyExact}. */
export type ExactMoneyResult =
  | { ok: true; minor: number; currency: string }
  | { ok: false; reason: 'invalid' | 'precision' | 'currency' };

/**
 * @deprecated Read money with `readMoneyArgument` (./money-argument.ts), which names every problem; this keeps
 * the older three-way answer for code not yet moved to it.
 */
export function parseMoneyExact(text: string, currency: string): ExactMoneyResult {
  const reading = readMoneyArgument(text, currency);
  if (reading.ok) return reading;
  if (reading.problem === 'precision' || reading.problem === 'currency')
    return { ok: false, reason: reading.problem };
  return { ok: false, reason: 'invalid' };
}
