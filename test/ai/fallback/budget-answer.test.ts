import { describe, expect, it } from 'vitest';
import { findBudget } from '../../../src/ai/fallback/budget-answer.js';

// Written from LABELLING.md's budget rules and amount table; none is a labelled note.
const cases: Array<[string, 'en' | 'zh-CN', string | null]> = [
  ['预算30万', 'zh-CN', '¥300,000'],
  ['预算30个w', 'zh-CN', '¥300,000'],
  ['They are looking to spend about €80k.', 'en', '€80,000'],
  ['Wants to keep it under $50k.', 'en', '$50,000'],
  ['今年打算投入两百万做这个', 'zh-CN', '¥2,000,000'],
  ['Funding of $1.2M approved for the project.', 'en', '$1,200,000'],
  ['CFO approves anything under $50k; the budget is $30k', 'en', '$30,000'],
  ['预算 30w', 'zh-CN', '¥300,000'],
  ['预算三十万左右', 'zh-CN', '¥300,000'],
  ['budget 1.5M', 'en', '1,500,000'],
  ['Budget is 250k.', 'en', '250,000'],
  ['预算两千万', 'zh-CN', '¥20,000,000'],
  ['预算1.2亿', 'zh-CN', '¥120,000,000'],
  ['预算一亿二', 'zh-CN', '¥120,000,000'],
  ['预算两万五', 'zh-CN', '¥25,000'],
  ['预算八千块', 'zh-CN', '¥8,000'],
  ['不超过50万', 'zh-CN', '¥500,000'],
  ['they can do $40k', 'en', '$40,000'],
  ['心理价位20万', 'zh-CN', '¥200,000'],
  ['申请了100万', 'zh-CN', '¥1,000,000'],
  ['they put in for 80k', 'en', '80,000'],
  ['if the board approves, 200万', 'zh-CN', '¥2,000,000'],
  ['our quote was $50k', 'en', null],
  ['last year they spent $300k on Oracle', 'en', null],
  ['预算还没定，几十万吧', 'zh-CN', null],
  ['最多 50 块一个账号', 'zh-CN', null],
  ['$30 per seat', 'en', null],
  ['三百万 IT budget, 150万 of it for this system', 'zh-CN', '¥1,500,000'],
  ['每年 IT 预算 300 万，这个项目多少还不知道', 'zh-CN', null],
  ['原来说 50 万, 今天改口说最多 40 万', 'zh-CN', '¥400,000'],
  ['预算50-80万', 'zh-CN', '¥800,000'],
  ['budget between $40k and $60k', 'en', '$60,000'],
  ['$2k/month', 'en', '$2,000'],
  ['年费预算 12 万', 'zh-CN', '¥120,000'],
  ['月供不超过 5000', 'zh-CN', '¥5,000'],
  ['50 万美金预算', 'zh-CN', '$500,000'],
  ['they have 200 employees and revenue of $5M', 'en', null],
  ['Series B, raised $30M', 'en', null],
  ['competitor Zoho quoted $40k, budget is $35k', 'en', '$35,000'],
  ['phone 13812345678, budget not set', 'en', null],
  ['budget ¥2,000,000 (yen)', 'en', 'JP¥2,000,000'],
  ['budget 80 lakh', 'en', null],
  // Issue 20: revisions, speech, fields and limits — written from the rules, not from any note.
  ['First they said $60k; then: make it $50k.', 'en', '$50,000'],
  ['先说预算5万，后来又说最多四万五', 'zh-CN', '¥45,000'],
  ['Budget revised from $300k to $260k.', 'en', '$260,000'],
  ['we can only do, like, 95 thousand', 'en', '95,000'],
  ['报价五十万，预算的话，呃，大概能给到，嗯，三十万', 'zh-CN', '¥300,000'],
  ['I can pay 400 a month for it', 'en', '400'],
  ['报价100万太贵，我心里价位80万', 'zh-CN', '¥800,000'],
  ['They quoted $400k. Our budget for the warehouse upgrade is $375,000.', 'en', '$375,000'],
  ['Zoho quoted 50k; they are good for 30-40k', 'en', '40,000'],
  ['1.2M max, said the owner', 'en', '1,200,000'],
  ['本项目预算金额为人民币伍拾万元整', 'zh-CN', '¥500,000'],
  ['计划采购10台，总预算控制在200万以内', 'zh-CN', '¥2,000,000'],
  ['Old RFP budget was $2M, cancelled.', 'en', null],
  ['Their last fit-out budget was $900k.', 'en', null],
  ['上次项目预算300万，这次还没定', 'zh-CN', null],
  ['Under $100k the plant manager can approve.', 'en', null],
];

describe('the budget of one sentence', () => {
  it.each(cases)('%s (%s) → %s', (text, locale, amount) => {
    const answer = findBudget(text, locale)?.answer ?? null;
    if (amount === null) expect(answer).toBeNull();
    else expect(answer?.split('–').pop()).toMatch(new RegExp(`^${amount.replace(/[$]/g, '\\$&')}\\b`));
  });

  it('a range shows both ends and a monthly amount says so', () => {
    expect(findBudget('预算50-80万', 'zh-CN')?.answer).toBe('¥500,000–¥800,000');
    expect(findBudget('Budget $2k/month', 'en')?.answer).toBe('$2,000 per month');
  });
});
