import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../src/lib/parse/chinese-numerals.js';
import { type CurrencyCode, findMoney, formatMoney, parseMoney } from '../../../src/lib/parse/money.js';

describe('reading money written in English and Chinese', () => {
  it.each([
    ['¥30万', 300_000, 'CNY'],
    ['30 万元', 300_000, 'CNY'],
    ['$250k', 250_000, 'USD'],
    ['1.2M EUR', 1_200_000, 'EUR'],
    ['预算五十万', 500_000, null],
    ['3,000,000 CNY', 3_000_000, 'CNY'],
    ['RMB 500,000', 500_000, 'CNY'],
    ['50w', 500_000, null],
    ['50W', 500_000, null],
    ['USD 1.5 million', 1_500_000, 'USD'],
    ['€80k', 80_000, 'EUR'],
    ['100万美元', 1_000_000, 'USD'],
    ['£45,000', 45_000, 'GBP'],
    ['HK$80,000', 80_000, 'HKD'],
    ['5000日元', 5_000, 'JPY'],
    ['一百二十万', 1_200_000, null],
    ['两百万', 2_000_000, null],
    ['一亿两千万元', 120_000_000, 'CNY'],
    ['三万五块', 35_000, 'CNY'],
    ['一点五万元', 15_000, 'CNY'],
    ['3千万人民币', 30_000_000, 'CNY'],
    ['人民币50万', 500_000, 'CNY'],
    ['2,000 dollars', 2_000, 'USD'],
  ] as const)('%s is read as %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toMatchObject({ amount, currency });
  });

  it('a range like 20-30万 gives its bounds and the upper bound as the amount', () => {
    expect(parseMoney('预算20-30万')).toMatchObject({
      amount: 300_000,
      min: 200_000,
      max: 300_000,
      raw: '20-30万',
    });
  });

  it('a range written in words, 一百二十万到一百五十万, gives both bounds', () => {
    expect(parseMoney('一百二十万到一百五十万')).toMatchObject({ min: 1_200_000, max: 1_500_000 });
  });

  it('a range like $200k to $300k keeps its currency', () => {
    expect(parseMoney('$200k to $300k')).toMatchObject({ min: 200_000, max: 300_000, currency: 'USD' });
  });

  it('two neighbouring digits before a unit, 五六十万, are a range from 50万 to 60万', () => {
    expect(parseMoney('预算五六十万')).toMatchObject({ min: 500_000, max: 600_000, amount: 600_000 });
  });

  it('20来万 and 20多万 keep the stated 20万', () => {
    expect(parseMoney('一年20来万')?.amount).toBe(200_000);
    expect(parseMoney('20多万')?.amount).toBe(200_000);
  });

  it('几十万 names no amount', () => {
    expect(findMoney('预算还没定，几十万吧')).toEqual([]);
  });

  it('an amount followed by 年底 is still money, not a count of years', () => {
    expect(parseMoney('只有50万 年底前要验收')?.amount).toBe(500_000);
  });

  it('1.5M with no currency is returned, marked ambiguous, only when the caller asks', () => {
    expect(findMoney('budget 1.5M')).toEqual([]);
    expect(findMoney('budget 1.5 mil', { allowAmbiguous: true })).toMatchObject([
      { amount: 1_500_000, currency: null, ambiguous: true },
    ]);
  });

  it('the position of an amount in the text is reported', () => {
    expect(parseMoney('Budget: $5k')).toMatchObject({ raw: '$5k', index: 8 });
  });

  it('a unit price says what it is per', () => {
    expect(parseMoney('单价5万/台')?.per).toBe('/台');
    expect(parseMoney('$50 per seat')?.per).toBe('per seat');
  });

  it.each([
    '13812345678',
    'Tel 138-1234-5678',
    '2026-12-01',
    '50 users',
    '5k users',
    '一万个用户',
    '20万台',
    '千万不要忘记',
    '3M is a company',
    'the machine is 5m long',
    'Q3 2027',
    '15%',
  ])('%s is not money', (text) => {
    expect(findMoney(text)).toEqual([]);
  });

  it('financial numerals (大写) are read next to a currency, and never alone', () => {
    expect(findMoney('人民币伍拾万元整').map((m) => [m.amount, m.currency])).toEqual([[500_000, 'CNY']]);
    expect(findMoney('合计：叁佰陆拾万元').map((m) => m.amount)).toEqual([3_600_000]);
    expect(findMoney('约在陆家嘴，收拾万一')).toEqual([]);
  });

  it('a falling pair is two amounts, not a range: from $300k to $260k', () => {
    expect(findMoney('revised from $300k to $260k').map((m) => [m.amount, m.min])).toEqual([
      [300_000, undefined],
      [260_000, undefined],
    ]);
    expect(findMoney('3万到5万台')).toEqual([]);
  });

  it('every amount in a note is found, in order', () => {
    expect(findMoney('Zoho quoted $40k; our budget is ¥30万').map((m) => m.amount)).toEqual([
      40_000, 300_000,
    ]);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['二十五', 25],
    ['一百零五', 105],
    ['两千五', 2_500],
    ['三万五', 35_000],
    ['一亿两千万', 120_000_000],
    ['二零二六', 2026],
    ['五五', 55],
    ['半', 0.5],
    ['两万半', 25_000],
  ] as const)('%s is %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['万', '千万', 'abc', ''])('%s is not a number', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('showing money', () => {
  it('shows the symbol and grouped digits', () => {
    expect(formatMoney(300_000, 'CNY', 'zh-CN')).toBe('¥300,000');
    expect(formatMoney(250_000, 'USD', 'en')).toBe('$250,000');
    expect(formatMoney(1_500.5, 'EUR', 'en')).toBe('€1,500.5');
    expect(formatMoney(80_000, 'HKD', 'en')).toBe('HK$80,000');
  });

  it('shows only the number when the currency is unknown', () => {
    expect(formatMoney(250_000, null, 'en')).toBe('250,000');
  });
});

const CURRENCIES: CurrencyCode[] = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD'];
const amounts = fc.integer({ min: 1, max: 2_000_000_000 });

/** Writes n (1…9999) the way a rep would type it in Chinese. */
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千'];
  const chars = String(n).split('').map(Number);
  let text = '';
  let pendingZero = false;
  chars.forEach((d, i) => {
    if (d === 0) {
      pendingZero = text.length > 0;
      return;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    text += `${digits[d]}${units[chars.length - 1 - i]}`;
  });
  return text.startsWith('一十') ? text.slice(1) : text;
}

describe('money parsing properties', () => {
  it('never throws, whatever the text', () => {
    for (const unit of ['grapheme', 'binary'] as const) {
      fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (text) => Array.isArray(findMoney(text))));
    }
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => Array.isArray(findMoney(text))));
  });

  it('formatting an amount and reading it back gives the same amount and currency', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(...CURRENCIES), (amount, currency) => {
        expect(parseMoney(formatMoney(amount, currency, 'en'))).toMatchObject({ amount, currency });
        expect(parseMoney(`${currency} ${amount.toLocaleString('en')}`)).toMatchObject({ amount, currency });
        expect(parseMoney(`${amount} ${currency}`)).toMatchObject({ amount, currency });
      }),
    );
  });

  it('amounts written with 万, w and k read back the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => {
        expect(parseMoney(`预算${n}万元`)).toMatchObject({ amount: n * 10_000, currency: 'CNY' });
        expect(parseMoney(`¥${n}万`)).toMatchObject({ amount: n * 10_000, currency: 'CNY' });
        expect(parseMoney(`${n}w`)?.amount).toBe(n * 10_000);
        expect(parseMoney(`$${n}k`)).toMatchObject({ amount: n * 1_000, currency: 'USD' });
      }),
    );
  });

  it('amounts written in Chinese numerals read back the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), (n) => {
        expect(parseChineseNumeral(toChinese(n))).toBe(n);
        expect(parseMoney(`预算${toChinese(n)}万`)?.amount).toBe(n * 10_000);
        expect(parseMoney(`${toChinese(n)}元`)).toMatchObject({ amount: n, currency: 'CNY' });
      }),
    );
  });
});
