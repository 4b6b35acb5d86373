import { describe, expect, it } from 'vitest';
import { extractNeeds } from '../../src/ai/fallback/extractor.js';
import type { ExtractInput, ProposedAnswer } from '../../src/ai/needs.types.js';
import { formatMoney } from '../../src/lib/parse/money.js';
import { LABELLED_NOTES, type LabelledNote } from '../fixtures/needs-notes.js';

// Budget and timeline are what managers filter the pipeline on, so a wrong guess is the costliest.
const BUDGET_BAR = { precision: 0.9, recall: 0.8 };
const TIMELINE_BAR = { precision: 0.9, recall: 0.8 };
// Who decides is phrased in many ways; a wrong name is worse than asking the rep, so precision stays high.
const DECISION_MAKER_BAR = { precision: 0.9, recall: 0.75 };
// Unknown rivals are only found through cue phrases ("also looking at"), so recall is allowed to lag.
const COMPETITORS_BAR = { precision: 0.9, recall: 0.75 };
// Quantities count every head-count and unit; units we do not know ("3 lines") are acceptable misses.
const USAGE_BAR = { precision: 0.9, recall: 0.6 };

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const FIELDS = ['budget', 'timeline', 'decision_maker', 'competitors', 'usage'] as const;
type Field = (typeof FIELDS)[number];

function answerFor(answers: ProposedAnswer[], key: string): string | undefined {
  return answers.find((a) => a.questionKey === key)?.answer;
}

function expectedBudgetText(note: LabelledNote): string | null {
  const budget = note.expected.budget;
  if (!budget) return null;
  const format = (amount: number) => formatMoney(amount, budget.currency, note.locale);
  if (budget.min !== undefined && budget.max !== undefined)
    return `${format(budget.min)}–${format(budget.max)}`;
  return format(budget.amount);
}

/** One scalar answer: right, wrong (counts as both a false positive and a miss) or absent. */
function scoreOne(tally: Tally, proposed: string | undefined, expected: string | null, matches: boolean) {
  if (proposed !== undefined && expected !== null && matches) tally.tp++;
  else {
    if (proposed !== undefined) tally.fp++;
    if (expected !== null) tally.fn++;
  }
}

function scoreSet(tally: Tally, proposed: string[], expected: string[]) {
  const remaining = [...expected];
  for (const item of proposed) {
    const at = remaining.indexOf(item);
    if (at >= 0) {
      tally.tp++;
      remaining.splice(at, 1);
    } else tally.fp++;
  }
  tally.fn += remaining.length;
}

function evaluate(notes: LabelledNote[]) {
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Tally>;
  const misses: string[] = [];
  for (const note of notes) {
    const input: ExtractInput = {
      notes: note.notes,
      today: note.today,
      locale: note.locale,
      competitors: note.competitors,
    };
    const { answers } = extractNeeds(input);
    const before = JSON.stringify(tallies);

    const budget = answerFor(answers, 'budget');
    const budgetText = expectedBudgetText(note);
    const budgetRight =
      budgetText !== null && (budget === budgetText || !!budget?.startsWith(`${budgetText} `));
    scoreOne(tallies.budget, budget, budgetText, budgetRight);

    const timeline = answerFor(answers, 'timeline');
    const timelineRight = !!timeline?.startsWith(`by ${note.expected.timeline} `);
    scoreOne(tallies.timeline, timeline, note.expected.timeline, timelineRight);

    const decider = answerFor(answers, 'decision_maker');
    scoreOne(tallies.decision_maker, decider, note.expected.decisionMaker ? 'yes' : null, true);

    const rivals = answerFor(answers, 'competitors')?.split(', ') ?? [];
    const lower = (names: string[]) => names.map((n) => n.toLowerCase());
    scoreSet(tallies.competitors, lower(rivals), lower(note.expected.competitors));

    const usage = answerFor(answers, 'usage') ?? '';
    const values = [...usage.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
    scoreSet(tallies.usage, values, note.expected.quantities.map(String));

    if (JSON.stringify(tallies) !== before && hasError(before, tallies)) {
      misses.push(`${note.id}: ${answers.map((a) => `${a.questionKey}=${a.answer}`).join(' | ')}`);
    }
  }
  return { tallies, misses };
}

function hasError(before: string, after: Record<Field, Tally>): boolean {
  const previous = JSON.parse(before) as Record<Field, Tally>;
  return FIELDS.some((f) => after[f].fp > previous[f].fp || after[f].fn > previous[f].fn);
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);
const precision = (t: Tally) => ratio(t.tp, t.tp + t.fp);
const recall = (t: Tally) => ratio(t.tp, t.tp + t.fn);

describe('the fallback needs extractor on labelled call notes', () => {
  const { tallies, misses } = evaluate(LABELLED_NOTES);

  it('reports its precision and recall per field', () => {
    const rows = FIELDS.map((f) => ({
      field: f,
      ...tallies[f],
      precision: precision(tallies[f]).toFixed(2),
      recall: recall(tallies[f]).toFixed(2),
    }));
    console.log(`Fallback extractor on ${LABELLED_NOTES.length} labelled notes`);
    console.table(rows);
    if (misses.length > 0) console.log(`Notes with a wrong or missing answer:\n${misses.join('\n')}`);
    expect(LABELLED_NOTES.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['budget', BUDGET_BAR],
    ['timeline', TIMELINE_BAR],
    ['decision_maker', DECISION_MAKER_BAR],
    ['competitors', COMPETITORS_BAR],
    ['usage', USAGE_BAR],
  ] as const)('proposes %s answers above the bar', (field, bar) => {
    expect(precision(tallies[field])).toBeGreaterThanOrEqual(bar.precision);
    expect(recall(tallies[field])).toBeGreaterThanOrEqual(bar.recall);
  });
});

function extract(notes: string, overrides: Partial<ExtractInput> = {}): Record<string, ProposedAnswer> {
  const input: ExtractInput = { notes, today: '2026-05-13', locale: 'zh-CN', competitors: [], ...overrides };
  return Object.fromEntries(extractNeeds(input).answers.map((a) => [a.questionKey, a]));
}

describe('the fallback needs extractor, one rule at a time', () => {
  it('a budget of 预算五十万 is read as ¥500,000', () => {
    const answers = extract('客户说预算五十万，下个月定。');
    expect(answers.budget?.answer).toBe('¥500,000');
    expect(answers.budget?.quote).toContain('预算五十万');
  });

  it("a competitor's quote is not taken for the customer's budget", () => {
    const answers = extract('Zoho quoted them $40k for the same scope.', { locale: 'en' });
    expect(answers.budget).toBeUndefined();
  });

  it('an amount spent last year is not this deal’s budget', () => {
    expect(extract('去年花了15万做培训，今年还没定。').budget).toBeUndefined();
  });

  it('the only amount in the notes is proposed as the budget when nothing says it is a price', () => {
    expect(extract('They have about $250k for this project.', { locale: 'en' }).budget?.answer).toBe(
      '$250,000',
    );
  });

  it('a bare 250k in English notes keeps no currency rather than guessing dollars', () => {
    expect(extract('Budget is 250k.', { locale: 'en' }).budget?.answer).toBe('250,000');
  });

  it('a phone number is never read as a budget', () => {
    expect(extract('电话13812345678，预算还没定').budget).toBeUndefined();
  });

  it('a timeline answer names the deadline and the words it came from', () => {
    expect(extract('They plan to buy next month.', { locale: 'en' }).timeline?.answer).toBe(
      'by 2026-06-30 (next month)',
    );
  });

  it('a follow-up call next week is not a purchase timeline', () => {
    expect(extract('No decision yet. Call back next week.', { locale: 'en' }).timeline).toBeUndefined();
  });

  it('老板拍板 names the boss as the decision maker', () => {
    expect(extract('价格合适的话老板拍板就行').decision_maker?.answer).toBe('老板');
  });

  it('a CTO who is "not the decision maker" is not proposed as one', () => {
    expect(extract('The CTO is not the decision maker.', { locale: 'en' }).decision_maker).toBeUndefined();
  });

  it("competitors from the team's list are found in any case", () => {
    expect(extract('they mentioned HUBSPOT twice', { competitors: ['HubSpot'] }).competitors?.answer).toBe(
      'HubSpot',
    );
  });

  it('a competitor named after 在看 is proposed even when the team has not listed it', () => {
    expect(extract('他们还在看金蝶，觉得价格偏高。').competitors?.answer).toBe('金蝶');
  });

  it('a price being compared is not mistaken for a competitor', () => {
    expect(extract('他们在看价格，还没决定。').competitors).toBeUndefined();
  });

  it('head-counts become the usage answer', () => {
    expect(extract('We need 50 users and 200 seats.', { locale: 'en' }).usage?.answer).toBe(
      '50 users, 200 seats',
    );
  });

  it('instalments ruled out by the customer are not proposed as the payment method', () => {
    expect(extract('不要分期，全款。').payment_method?.answer).toBe('全款');
  });

  it('notes that say nothing get no answers', () => {
    expect(extract('Nice chat about the weather.', { locale: 'en' })).toEqual({});
  });
});
