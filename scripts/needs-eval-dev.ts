/**
 * Prints the built-in extractor's score on the DEV split of the needs evaluation set and every dev note it
 * gets wrong, to work from. It never reads the test split: that one is only scored, by
 * test/ai/needs-eval.test.ts. Run: `npx tsx scripts/needs-eval-dev.ts [budget|timeline|decisionMaker]`.
 */
import { extractNeeds } from '../src/ai/fallback/extractor.js';
import {
  EVAL_FIELDS,
  type EvalField,
  loadSplit,
  ofBatch,
  outcomes,
  scoreTable,
} from '../test/helpers/needs-eval.js';

const only = process.argv[2] as EvalField | undefined;
const results = outcomes(
  loadSplit('dev'),
  (note) =>
    extractNeeds({ notes: note.notes, today: note.today, locale: note.locale, competitors: note.competitors })
      .answers,
);
for (const { note, fields } of results) {
  for (const field of EVAL_FIELDS) {
    if (only && field !== only) continue;
    const { proposed, correct } = fields[field];
    const expected = note.expected[field];
    if (correct || (proposed === undefined && expected === null)) continue;
    console.log(`${note.id} ${field} (today ${note.today})`);
    console.log(`  notes:    ${note.notes}`);
    console.log(`  expected: ${JSON.stringify(expected)}`);
    console.log(`  proposed: ${proposed ?? '—'}`);
  }
}
console.log(scoreTable('dev split', results));
console.log(scoreTable('dev split, first batch', ofBatch(results, 'first')));
console.log(scoreTable('dev split, second batch', ofBatch(results, 'second')));
console.log(scoreTable('dev split, third batch', ofBatch(results, 'third')));
