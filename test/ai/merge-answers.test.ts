import { describe, expect, it } from 'vitest';
import { mergeAnswers } from '../../src/ai/merge-answers.js';

const answer = (questionKey: string, text: string) => ({ questionKey, answer: text, quote: text });

describe('merging the AI’s answers with the built-in extractor’s', () => {
  it('a budget the AI left empty is offered from the extractor, marked as the extractor’s', () => {
    expect(mergeAnswers([answer('problem', 'stock-outs')], [answer('budget', '¥300,000')], {})).toEqual([
      answer('problem', 'stock-outs'),
      { ...answer('budget', '¥300,000'), source: 'fallback' },
    ]);
  });

  it('the AI’s own answer to a field wins over the extractor’s', () => {
    expect(mergeAnswers([answer('budget', '$60k')], [answer('budget', '$50,000')], {})).toEqual([
      answer('budget', '$60k'),
    ]);
  });

  it('a field the rep has already answered gets no extractor proposal', () => {
    expect(mergeAnswers([], [answer('timeline', 'by 2026-06-30')], { timeline: 'end of June' })).toEqual([]);
  });

  it('only the fields where the extractor is precise are offered (not usage or competitors)', () => {
    const extracted = [
      answer('usage', '50 users'),
      answer('competitors', 'Zoho'),
      answer('decision_maker', 'CFO'),
    ];
    expect(mergeAnswers([], extracted, {}).map((a) => a.questionKey)).toEqual(['decision_maker']);
  });
});
