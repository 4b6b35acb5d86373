import { describe, expect, it } from 'vitest';
import { extractNeeds } from '../../src/ai/fallback/extractor.js';
import {
  EVAL_FIELDS,
  type EvalField,
  type EvalNote,
  loadSplit,
  ofBatch,
  outcomes,
  score,
  scoreTable,
} from '../helpers/needs-eval.js';

// The built-in extractor on the independently labelled set (test/fixtures/needs-eval/LABELLING.md). The test
// split is only scored here: nobody looks at its notes while changing the extractor.

// Bars: the test split's numbers measured after issue 20 on the widened set (BENCHMARKS.md, "Needs extraction",
// issue 20), floored to two decimals. The test split now holds issue 20's harder second batch, so budget and
// decision-maker precision sit below issue 14's bars while the first batch scores the same. Budget precision
// meets the 0.9 target; decision-maker recall, 0.64, misses the 0.75 target and its bar is what was measured.
const BARS: Record<EvalField, { precision: number; recall: number }> = {
  budget: { precision: 0.91, recall: 0.89 },
  timeline: { precision: 0.92, recall: 0.89 },
  decisionMaker: { precision: 0.88, recall: 0.64 },
};

const extract = (note: EvalNote) =>
  extractNeeds({
    notes: note.notes,
    today: note.today,
    locale: note.locale,
    competitors: note.competitors,
  }).answers;

describe('the built-in extractor on notes labelled independently of it', () => {
  const dev = outcomes(loadSplit('dev'), extract);
  const test = outcomes(loadSplit('test'), extract);

  it('scores both splits per field and per locale', () => {
    for (const [name, results] of [
      ['dev', dev],
      ['test', test],
    ] as const) {
      console.log(scoreTable(`${name} split`, results));
      console.log(scoreTable(`${name} split, first batch`, ofBatch(results, 'first')));
      console.log(scoreTable(`${name} split, second batch`, ofBatch(results, 'second')));
    }
    expect(dev.length + test.length).toBeGreaterThanOrEqual(380);
    expect(ofBatch(test, 'second').length).toBeGreaterThanOrEqual(60);
  });

  it.each(EVAL_FIELDS)('proposes %s answers on the test split at or above its bars', (field) => {
    const s = score(test)[field];
    expect(s.precision).toBeGreaterThanOrEqual(BARS[field].precision);
    expect(s.recall).toBeGreaterThanOrEqual(BARS[field].recall);
  });
});
