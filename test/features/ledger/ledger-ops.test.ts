import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiMonth } from './ledger-model.js';
import { ops, reversesAcrossMonths, startInstant } from './ledger-ops.js';

/** The property test's generator keeps reaching the cases it exists for (fixed seed: the same sample each run). */
describe('the ledger property generator', () => {
  const runs = fc.sample(fc.tuple(startInstant, ops), { numRuns: 2000, seed: 19 });
  const share = (pick: (run: (typeof runs)[number]) => boolean) => runs.filter(pick).length / runs.length;

  it('reverses money confirmed in an earlier team month in at least a sixth of runs, across a year end too', () => {
    expect(share(([start, steps]) => reversesAcrossMonths(start, steps))).toBeGreaterThan(1 / 6);
    expect(
      share(([start, steps]) => shanghaiMonth(start) === '2026-12' && reversesAcrossMonths(start, steps)),
    ).toBeGreaterThan(0.02);
  });

  it('most runs start two minutes before the team’s midnight at a month end', () => {
    expect(
      share(([start]) => shanghaiMonth(new Date(start.getTime() + 4 * 60_000)) !== shanghaiMonth(start)),
    ).toBeGreaterThan(0.5);
  });
});
