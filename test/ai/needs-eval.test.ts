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

// Bars: the test split's numbers measured on the widened set (issue 20: the second and third batches), floored to
// two decimals — a guard against regressions, not the targets. The third batch (BENCHMARKS.md, "Needs extraction")
// was added with the extractor unchanged and is harder for all three fields, so every bar sits below the one
// measured before it. After the third batch's dev rules (BENCHMARKS.md) decision maker rose to 0.87 / 0.64 (103/118/161);
// budget (128/143/146 = 0.895 / 0.877) and timeline stay at their bars. The targets (decision-maker recall 0.75,
// budget precision 0.9) are still missed on this set.
const BARS: Record<EvalField, { precision: number; recall: number }> = {
  budget: { precision: 0.89, recall: 0.87 },
  timeline: { precision: 0.91, recall: 0.88 },
  decisionMaker: { precision: 0.87, recall: 0.63 },
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
      console.log(scoreTable(`${name} split, third batch`, ofBatch(results, 'third')));
    }
    expect(dev.length + test.length).toBeGreaterThanOrEqual(380);
    expect(ofBatch(test, 'second').length).toBeGreaterThanOrEqual(60);
    expect(ofBatch(test, 'third').length).toBeGreaterThanOrEqual(30);
  });

  it.each(EVAL_FIELDS)('proposes %s answers on the test split at or above its bars', (field) => {
    const s = score(test)[field];
    expect(s.precision).toBeGreaterThanOrEqual(BARS[field].precision);
    expect(s.recall).toBeGreaterThanOrEqual(BARS[field].recall);
  });
});
