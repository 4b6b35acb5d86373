import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, findTimeline, parseFollowUpDate, splitWhen } from '../../../src/lib/parse/dates.js';

// A Wednesday, so "this friday", "next monday" and "周五" all mean different things.
const TODAY = '2026-05-13';

describe('reading the <when> of /followup', () => {
  it.each([
    ['today', '2026-05-13'],
    ['tomorrow', '2026-05-14'],
    ['day after tomorrow', '2026-05-15'],
    ['monday', '2026-05-18'],
    ['next monday', '2026-05-18'],
    ['next friday', '2026-05-22'],
    ['this friday', '2026-05-15'],
    ['on Friday', '2026-05-15'],
    ['wednesday', '2026-05-20'],
    ['in 3 days', '2026-05-16'],
    ['3 days', '2026-05-16'],
    ['in three days', '2026-05-16'],
    ['in 2 weeks', '2026-05-27'],
    ['in a month', '2026-06-13'],
    ['next week', '2026-05-18'],
    ['end of month', '2026-05-31'],
    ['2026-12-01', '2026-12-01'],
    ['12/01', '2026-12-01'],
    ['12-01', '2026-12-01'],
    ['05/01', '2027-05-01'],
    ['Dec 1', '2026-12-01'],
    ['December 1st, 2027', '2027-12-01'],
    ['1 Dec', '2026-12-01'],
    ['今天', '2026-05-13'],
    ['明天', '2026-05-14'],
    ['后天', '2026-05-15'],
    ['下周一', '2026-05-18'],
    ['下周五', '2026-05-22'],
    ['周五', '2026-05-15'],
    ['星期五', '2026-05-15'],
    ['礼拜五', '2026-05-15'],
    ['这周五', '2026-05-15'],
    ['周日', '2026-05-17'],
    ['3天后', '2026-05-16'],
    ['三天后', '2026-05-16'],
    ['两周后', '2026-05-27'],
    ['下周', '2026-05-18'],
    ['月底', '2026-05-31'],
    ['12月1日', '2026-12-01'],
    ['12月1号', '2026-12-01'],
    ['十二月一日', '2026-12-01'],
    ['2027年3月5日', '2027-03-05'],
    ['20号', '2026-05-20'],
  ])('%s means %s', (text, date) => {
    expect(parseFollowUpDate(text, TODAY)).toEqual({ date });
  });

  it.each([
    ['tomorrow at 3pm', '2026-05-14', '15:00'],
    ['3pm tomorrow', '2026-05-14', '15:00'],
    ['tomorrow 15:00', '2026-05-14', '15:00'],
    ['friday at 9:30am', '2026-05-15', '09:30'],
    ['明天下午3点', '2026-05-14', '15:00'],
    ['周五上午十点半', '2026-05-15', '10:30'],
    ['下周一晚上8点', '2026-05-18', '20:00'],
  ])('%s means %s at %s', (text, date, time) => {
    expect(parseFollowUpDate(text, TODAY)).toEqual({ date, time });
  });

  it.each([
    'soon',
    'later',
    'at 3',
    '明天3点',
    'this monday',
    '2026-02-30',
    '2月30日',
    'tomorrow or friday',
    'acme tomorrow',
    '',
    '下周末',
  ])('%s is unclear, so no date is guessed', (text) => {
    expect(parseFollowUpDate(text, TODAY)).toBeNull();
  });
});

describe('separating the date from the note in /followup', () => {
  it('a leading date phrase is split from the note', () => {
    expect(splitWhen('tomorrow 3pm send the revised quote', TODAY)).toEqual({
      when: 'tomorrow 3pm',
      date: { date: '2026-05-14', time: '15:00' },
      rest: 'send the revised quote',
      position: 'leading',
    });
  });

  it('a trailing date phrase is found when the note comes first', () => {
    expect(splitWhen('send the revised quote next monday', TODAY)).toMatchObject({
      when: 'next monday',
      rest: 'send the revised quote',
      position: 'trailing',
    });
  });

  it('Chinese with no space between the date and the note is split', () => {
    expect(splitWhen('周五下午3点发报价', TODAY)).toMatchObject({
      when: '周五下午3点',
      date: { date: '2026-05-15', time: '15:00' },
      rest: '发报价',
    });
  });

  it('a date alone leaves an empty note', () => {
    expect(splitWhen('明天', TODAY)).toMatchObject({ when: '明天', rest: '' });
  });

  it('a word that merely starts like a weekday is not a date', () => {
    expect(splitWhen('monkey business', TODAY)).toBeNull();
  });
});

describe('purchase timelines in call notes', () => {
  it.each([
    ['They plan to buy next month.', '2026-06-30'],
    ['decision in two weeks', '2026-05-27'],
    ['need it within 30 days', '2026-06-12'],
    ['go live in Q3', '2026-09-30'],
    ['budget for Q3 2027', '2027-09-30'],
    ['signing by end of year', '2026-12-31'],
    ['close this quarter', '2026-06-30'],
    ['before Christmas', '2026-12-24'],
    ['by March', '2027-03-31'],
    ['by 2026-09-30', '2026-09-30'],
    ['下个月采购', '2026-06-30'],
    ['两周内定', '2026-05-27'],
    ['年底前上线', '2026-12-31'],
    ['三季度', '2026-09-30'],
    ['第三季度', '2026-09-30'],
    ['月底前', '2026-05-31'],
    ['半年内', '2026-11-13'],
    ['春节前到货', '2027-02-05'],
    ['12月底前', '2026-12-31'],
    ['明年一季度', '2027-03-31'],
    ['by September', '2026-09-30'],
    ['before September', '2026-09-30'],
    ['9月前', '2026-09-30'],
    ['9月份上线', '2026-09-30'],
    ['early June', '2026-06-10'],
    ['5月中旬', '2026-05-20'],
    ['end of Q2', '2026-06-30'],
    ['in H2', '2026-12-31'],
    ['明年上半年', '2027-06-30'],
    ['年中', '2026-06-30'],
    ['in 2027', '2027-12-31'],
    ['this week', '2026-05-17'],
    ['下周', '2026-05-24'],
    ['3个月后', '2026-08-13'],
    ['before the end of the fiscal year', '2026-12-31'],
    ['their FY ends March 31, so by FY end', '2027-03-31'],
    ['双十一前', '2026-11-10'],
    ['by Christmas', '2026-12-24'],
    ['by 1 September', '2026-09-01'],
    ['first half of 2027', '2027-06-30'],
    ['Q3 of 2027', '2027-09-30'],
    ['by June next year', '2027-06-30'],
    ['the 1st of next month', '2026-06-01'],
    ['mid next month', '2026-06-20'],
    ['下月中旬前', '2026-06-20'],
    ['下个月初', '2026-06-10'],
    ['next year Q2', '2027-06-30'],
    ["2027's H1", '2027-06-30'],
    ['late Q1', '2027-03-31'],
    ['contract by 6/30', '2026-06-30'],
    ['11/30前', '2026-11-30'],
    ['明年三季度招标，四季度签约', '2027-09-30'],
  ])('%s → by %s', (text, by) => {
    expect(findTimeline(text, TODAY)[0]?.by).toBe(by);
  });

  it.each(['Q1 was slow', 'they bought last month', '去年年底买过一批', '上个月底签的', '一季度卖得不好'])(
    '%s is history, not a timeline',
    (text) => {
      expect(findTimeline(text, TODAY)).toEqual([]);
    },
  );

  it('reads a later quarter in the year named earlier in the sentence, not past a full stop', () => {
    expect(findTimeline('明年三季度招标，四季度签约', TODAY).map((m) => m.by)).toEqual([
      '2027-09-30',
      '2027-12-31',
    ]);
    expect(findTimeline('明年三季度招标。四季度先试用', TODAY).map((m) => m.by)).toEqual([
      '2027-09-30',
      '2026-12-31',
    ]);
  });

  it('reads a month/day only after a deadline word: 1/2 is a half', () => {
    expect(findTimeline('about 1/2 of the stores', TODAY)).toEqual([]);
  });

  it('reports the phrase and where it is', () => {
    expect(findTimeline('Call was good. Buying next month.', TODAY)).toEqual([
      { by: '2026-06-30', phrase: 'next month', index: 22 },
    ]);
  });
});

describe('head-counts and quantities', () => {
  it.each([
    ['50 users', 50, 'users'],
    ['200 seats', 200, 'seats'],
    ['100 licenses', 100, 'licenses'],
    ['20台', 20, '台'],
    ['30个人', 30, '人'],
    ['五十辆', 50, '辆'],
    ['80名员工', 80, '员工'],
    ['1万个用户', 10_000, '用户'],
  ] as const)('%s is %d %s', (text, value, unit) => {
    expect(findQuantities(text)).toMatchObject([{ value, unit }]);
  });

  it.each(['a user asked', '一位客户', '第3名', '3个月', '人民币50'])('%s is not a quantity', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});

const todays = fc
  .date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2098-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('date parsing properties', () => {
  it('never throws, whatever the text', () => {
    for (const unit of ['grapheme', 'binary'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 120 }), (text) => {
          parseFollowUpDate(text, TODAY);
          splitWhen(text, TODAY);
          findTimeline(text, TODAY);
          findQuantities(text);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('a date written as YYYY-MM-DD reads back as itself', () => {
    fc.assert(
      fc.property(todays, todays, (today, date) => {
        expect(parseFollowUpDate(date, today)).toEqual({ date });
      }),
    );
  });

  it('a date within the coming year written as 12月1日 or "Dec 1" reads back as itself', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(todays, fc.integer({ min: 0, max: 364 }), (today, ahead) => {
        const date = plusDays(today, ahead);
        const [month, day] = date.slice(5).split('-').map(Number) as [number, number];
        expect(parseFollowUpDate(`${month}月${day}日`, today)).toEqual({ date });
        expect(parseFollowUpDate(`${month}月${day}号`, today)).toEqual({ date });
        expect(parseFollowUpDate(`${months[month - 1]} ${day}`, today)).toEqual({ date });
      }),
    );
  });

  it('"in N days" and "N天后" read back as today plus N', () => {
    fc.assert(
      fc.property(todays, fc.integer({ min: 0, max: 999 }), (today, n) => {
        const date = plusDays(today, n);
        expect(parseFollowUpDate(`in ${n} days`, today)).toEqual({ date });
        expect(parseFollowUpDate(`${n}天后`, today)).toEqual({ date });
      }),
    );
  });
});
