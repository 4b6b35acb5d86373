import { describe, expect, it } from 'vitest';
import { findBudget } from '../../../src/ai/fallback/budget-answer.js';

// Competitors' prices, price fields and year-like amounts (LABELLING.md "Budget"), written from the rules, not
// taken from any labelled note.

const budget = (notes: string, locale: 'en' | 'zh-CN' = 'zh-CN') => findBudget(notes, locale)?.answer ?? null;

describe('a price that is not the customer budget', () => {
  it.each([
    ['客户说别家一年才5万，嫌我们贵。'],
    ['竞品两年8万，我们的方案贵一点。'],
    ["Quote: they think 45k is steep, a competitor's is 38k."],
  ])('%s → nothing', (notes) => {
    expect(budget(notes, /[a-z]/i.test(notes) ? 'en' : 'zh-CN')).toBeNull();
  });

  it('still reads a budget next to a price field', () => {
    expect(budget('价格：报了12万\n预算：10万')).toBe('¥100,000');
  });
});

describe('an amount that looks like a year', () => {
  it('is money when a ceiling word follows it', () => {
    expect(budget('每月预算2000以内。')).toBe('¥2,000 每月');
    expect(budget('年费预算2000封顶')).toBe('¥2,000 每年');
  });

  it('stays a year otherwise', () => {
    expect(budget('预算在2027年再定。')).toBeNull();
  });
});
