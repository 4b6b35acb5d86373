import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTION_KEYS } from '../../../src/ai/needs.types.js';
import { splitQuestionText } from '../../../src/features/needs/needs-admin.usecases.js';
import {
  completeness,
  nextQuestions,
  openQuestions,
  suggestIntent,
  timelineDate,
} from '../../../src/features/needs/needs-scoring.js';
import { BUILT_IN_QUESTIONS, questionBank, questionText } from '../../../src/features/needs/question-bank.js';

const TODAY = '2026-03-10';
const bank = questionBank([]);

describe('question bank', () => {
  it('asks the built-in questions past → present → future, each in English and Chinese', () => {
    expect(bank.map((q) => q.key)).toEqual([...BUILT_IN_QUESTION_KEYS]);
    const phases = bank.map((q) => q.phase);
    expect(phases.indexOf('present')).toBeGreaterThan(phases.lastIndexOf('past'));
    expect(phases.indexOf('future')).toBeGreaterThan(phases.lastIndexOf('present'));
    for (const q of BUILT_IN_QUESTIONS) {
      expect(q.text.en.length).toBeGreaterThan(5);
      expect(q.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('weighs budget, decision maker, need and timeline most', () => {
    const heaviest = Math.max(...bank.map((q) => q.weight));
    expect(bank.filter((q) => q.weight === heaviest).map((q) => q.key)).toEqual([
      'problem',
      'budget',
      'decision_maker',
      'timeline',
    ]);
  });

  it('puts team questions after the built-in ones, by position, falling back to the other language', () => {
    const withCustom = questionBank([
      { id: 9, textEn: null, textZh: '有几家门店？', position: 2 },
      { id: 4, textEn: 'Fleet size?', textZh: null, position: 1 },
    ]);
    expect(withCustom.slice(-2).map((q) => q.key)).toEqual(['custom_4', 'custom_9']);
    expect(questionText(withCustom.at(-1) as (typeof withCustom)[number], 'en')).toBe('有几家门店？');
  });

  it('an admin question with a "|" gets both languages, otherwise the language it is written in', () => {
    expect(splitQuestionText('How many stores? | 有几家门店？')).toEqual({
      textEn: 'How many stores?',
      textZh: '有几家门店？',
    });
    expect(splitQuestionText('用什么ERP？')).toEqual({ textEn: null, textZh: '用什么ERP？' });
  });
});

describe('completeness', () => {
  it('is 0 with no answers and 100 with all of them', () => {
    expect(completeness(bank, {})).toBe(0);
    expect(completeness(bank, Object.fromEntries(bank.map((q) => [q.key, 'x'])))).toBe(100);
  });

  it('counts the key questions three times as much as a minor one, and ignores blank answers', () => {
    const total = bank.reduce((sum, q) => sum + q.weight, 0);
    expect(completeness(bank, { budget: '¥300,000' })).toBe(Math.round((100 * 3) / total));
    expect(completeness(bank, { payment_method: 'instalments' })).toBe(Math.round(100 / total));
    expect(completeness(bank, { budget: '   ' })).toBe(0);
  });
});

describe('next questions', () => {
  it('are the first three unanswered, in asking order, in the reader’s language', () => {
    const answers = { problem: 'stock-outs', must_haves: 'barcode' };
    expect(nextQuestions(bank, answers, 'en').map((q) => q.key)).toEqual([
      'current_solution',
      'nice_to_haves',
      'usage',
    ]);
    expect(nextQuestions(bank, answers, 'zh-CN')[0]?.text).toBe('目前在用什么？哪里不满意？');
  });

  it('are fewer than three when almost everything is answered', () => {
    const answers = Object.fromEntries(bank.slice(0, -1).map((q) => [q.key, 'x']));
    expect(nextQuestions(bank, answers, 'en').map((q) => q.key)).toEqual(['decision_criteria']);
    expect(openQuestions(bank, answers)).toHaveLength(1);
  });
});

describe('intent suggestion', () => {
  it('is high with a known budget, an identified decision maker and a purchase within 30 days', () => {
    const answers = { budget: '$60k', decision_maker: 'CEO', timeline: 'by 2026-04-05 (next month)' };
    expect(suggestIntent(answers, TODAY)).toEqual({
      intent: 'high',
      facts: { budget: true, decisionMaker: true, need: false, timelineDays: 26 },
    });
  });

  it('is only medium when the same lead buys in 31 days or more', () => {
    const answers = { budget: '$60k', decision_maker: 'CEO', timeline: '2026-04-10' };
    expect(suggestIntent(answers, TODAY).intent).toBe('medium');
  });

  it('reads timelines the rep wrote in words, in either language', () => {
    expect(timelineDate('两周内', TODAY)).toBe('2026-03-24');
    expect(timelineDate('within two weeks', TODAY)).toBe('2026-03-24');
    expect(suggestIntent({ budget: '30万', decision_maker: '老板', timeline: '两周内' }, TODAY).intent).toBe(
      'high',
    );
  });

  it('is medium with two of budget, decision maker, need and a purchase within 90 days', () => {
    expect(suggestIntent({ problem: 'stock-outs', timeline: 'next month' }, TODAY).intent).toBe('medium');
    expect(suggestIntent({ problem: 'stock-outs', timeline: 'end of Q2' }, TODAY).intent).toBe('low'); // 112 days
    expect(suggestIntent({ budget: '$60k', decision_maker: 'CEO' }, TODAY).intent).toBe('medium');
  });

  it('is low with one signal or none, and a date already past does not count', () => {
    expect(suggestIntent({}, TODAY).intent).toBe('low');
    expect(suggestIntent({ budget: '$60k' }, TODAY).intent).toBe('low');
    expect(suggestIntent({ budget: '$60k', timeline: '2026-01-01' }, TODAY).intent).toBe('low');
  });
});
