import { describe, expect, it } from 'vitest';
import { findTimelineAnswer } from '../../../src/ai/fallback/timeline-answer.js';

// Written from LABELLING.md's timeline table, resolved against a Saturday, 2026-03-14; none is a labelled note.
const TODAY = '2026-03-14';
const cases: Array<[string, string | null]> = [
  ['他们3月15日前要定下来', '2026-03-15'],
  ['want to sign by March 15', '2026-03-15'],
  ['decision before 15 March', '2026-03-15'],
  ['15号之前给答复', '2026-03-15'],
  ['9月上线', '2026-09-30'],
  ['They plan to buy by September.', '2026-09-30'],
  ['purchase in November', '2026-11-30'],
  ['9月前定', '2026-09-30'],
  ['before September they will order', '2026-09-30'],
  ['月底签', '2026-03-31'],
  ['decide by the end of the month', '2026-03-31'],
  ['下个月底下单', '2026-04-30'],
  ['order end of next month', '2026-04-30'],
  ['sign in early May', '2026-05-10'],
  ['5月中旬采购', '2026-05-20'],
  ['late June decision', '2026-06-30'],
  ['Q3采购', '2026-09-30'],
  ['三季度定', '2026-09-30'],
  ['decide in the third quarter', '2026-09-30'],
  ['sign by end of Q2', '2026-06-30'],
  ['buy in Q1 2027', '2027-03-31'],
  ['明年Q1采购', '2027-03-31'],
  ['this quarter', '2026-03-31'],
  ['下季度签', '2026-06-30'],
  ['decision next quarter', '2026-06-30'],
  ['H2 purchase', '2026-12-31'],
  ['上半年买', '2026-06-30'],
  ['明年上半年', '2027-06-30'],
  ['年底前定', '2026-12-31'],
  ['by year end', '2026-12-31'],
  ['今年内采购', '2026-12-31'],
  ['年中上线', '2026-06-30'],
  ['明年年初采购', '2027-03-31'],
  ['buy next year', '2027-12-31'],
  ['2027年采购', '2027-12-31'],
  ['buy in 2027', '2027-12-31'],
  ['decide this week', '2026-03-15'],
  ['下周定', '2026-03-22'],
  ['3个月后采购', '2026-06-14'],
  ['order within 3 months', '2026-06-14'],
  ['半年内上线', '2026-09-14'],
  ['in six weeks', '2026-04-25'],
  ['两周内定', '2026-03-28'],
  ['in 10 days', '2026-03-24'],
  ['before the end of the fiscal year', '2026-12-31'],
  ['Their FY ends in June; they buy before FY end.', '2026-06-30'],
  ['财年结束前采购，他们财年4月开始', '2026-03-31'],
  ['春节前签', '2027-02-05'],
  ['国庆前上线', '2026-09-30'],
  ['双十一前', '2026-11-10'],
  ['元旦前签', '2026-12-31'],
  ['五一前定', '2026-04-30'],
  ['before Christmas', '2026-12-24'],
  ['年前要定', '2027-02-05'],
  ['ASAP', null],
  ['尽快', null],
  ['not in a hurry', null],
  ['demo next Tuesday', null],
  ['下个月再联系', null],
  ['revisit in May', null],
  ['last year they bought in Q3', null],
  ['after the summer', null],
  ['两年前买过一套', null],
  ['我们周三去拜访', null],
  ['maybe Q3', '2026-09-30'],
  ['争取年底', '2026-12-31'],
  ['他们HubSpot合同9月到期', null],
  ['their HubSpot contract ends in September and they want to switch before then', '2026-09-30'],
];

describe('the purchase timeline of one sentence', () => {
  it.each(cases)('%s → %s', (text, date) => {
    const answer = findTimelineAnswer(text, TODAY)?.answer ?? null;
    if (date === null) expect(answer).toBeNull();
    else expect(answer).toMatch(new RegExp(`^by ${date} \\(`));
  });

  it('a decision date wins over a go-live date said first', () => {
    expect(findTimelineAnswer('Go live in Q4, but they sign by end of June.', TODAY)?.answer).toBe(
      'by 2026-06-30 (by end of June)',
    );
  });
});
