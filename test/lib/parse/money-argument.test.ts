import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MessageKey, translator } from '../../../src/i18n/index.js';
import { formatMinor, MAX_MINOR, minorToDecimal } from '../../../src/lib/money/minor-units.js';
import { isCurrencyWord } from '../../../src/lib/parse/currency-marks.js';
import {
  findMoneyWords,
  MoneyArgumentError,
  type MoneyProblem,
  moneyFieldError,
  moneyProblemMessage,
  readMoneyArgument,
  requireMoneyArgument,
} from '../../../src/lib/parse/money-argument.js';

const problemOf = (text: string, currency = 'CNY') => {
  const reading = readMoneyArgument(text, currency);
  return reading.ok ? `ok ${reading.minor}` : reading.problem;
};

describe('a money argument in the record’s currency', () => {
  it.each([
    ['500', 50_000],
    ['300,000.50', 30_000_050],
    ['30万', 30_000_000],
    ['30 万', 30_000_000],
    ['300k', 30_000_000],
    ['1.5m', 150_000_000],
    ['2亿', 20_000_000_000],
    ['三十万元', 30_000_000],
    ['¥500', 50_000],
    ['¥ 500', 50_000],
    ['￥500', 50_000],
    ['500元', 50_000],
    ['500 元', 50_000],
    ['30万元', 30_000_000],
    ['RMB 500', 50_000],
    ['rmb500', 50_000],
    ['CNY 500', 50_000],
    ['500 cny', 50_000],
    ['人民币 30万', 30_000_000],
    ['30万人民币', 30_000_000],
    ['５００', 50_000],
    ['１，２３４．５０', 123_450],
    ['+500', 50_000],
  ])('%s on a CNY record is %d fen', (text, minor) => {
    expect(readMoneyArgument(text, 'CNY')).toEqual({ ok: true, minor, currency: 'CNY' });
  });

  it('a currency named before or after, attached or as its own word, in any case, reads the same way', () => {
    for (const text of [
      '500 USD',
      'USD 500',
      'usd500',
      '500usd',
      '$500',
      '$ 500',
      '500 美元',
      '美元500',
      '500 dollars',
    ])
      expect(readMoneyArgument(text, 'USD')).toEqual({ ok: true, minor: 50_000, currency: 'USD' });
    for (const text of [
      '500 USD',
      'USD 500',
      'usd500',
      '$500',
      '$ 500',
      '500 美元',
      '美元500',
      '500 dollars',
    ])
      expect(readMoneyArgument(text, 'CNY')).toMatchObject({
        ok: false,
        problem: 'currency',
        written: 'USD',
      });
    for (const text of ['EUR 100', '100 eur', '€100', '100欧元', '欧元 100'])
      expect(readMoneyArgument(text, 'CNY')).toMatchObject({
        ok: false,
        problem: 'currency',
        written: 'EUR',
      });
  });

  it('¥ is the yuan or the yen and $ any dollar, so each is accepted for those records only', () => {
    expect(readMoneyArgument('¥5000', 'JPY')).toEqual({ ok: true, minor: 5000, currency: 'JPY' });
    expect(readMoneyArgument('$500', 'HKD')).toEqual({ ok: true, minor: 50_000, currency: 'HKD' });
    expect(readMoneyArgument('¥500', 'USD')).toMatchObject({ problem: 'currency', written: 'CNY' });
    expect(readMoneyArgument('HK$500', 'USD')).toMatchObject({ problem: 'currency', written: 'HKD' });
    expect(readMoneyArgument('5000円', 'CNY')).toMatchObject({ problem: 'currency', written: 'JPY' });
  });

  it.each<[string, MoneyProblem]>([
    ['', 'empty'],
    ['  ', 'empty'],
    ['$', 'empty'],
    ['元', 'empty'],
    ['-5000', 'negative'],
    ['−5000', 'negative'],
    ['¥-5', 'negative'],
    ['-¥5', 'negative'],
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['¥0', 'zero'],
    ['1e9', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['1.2.3', 'not_a_number'],
    ['12,34', 'not_a_number'],
    ['abc', 'not_a_number'],
    ['=1+1', 'not_a_number'],
    ['1,234.567', 'precision'],
    ['0.005', 'precision'],
    ['9'.repeat(2000), 'too_large'],
    ['90071992547409.92', 'too_large'],
    ['10000000000000.01', 'too_large'],
    ['$-5', 'currency'],
  ])('“%s” on a CNY record: %s', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('the yen has no decimals, so 1.5 JPY is too precise, not rounded', () => {
    expect(problemOf('1.5', 'JPY')).toBe('precision');
    expect(problemOf('1.50', 'CNY')).toBe('ok 150');
  });

  it('zero is an amount when the caller allows it, and the ceiling is the caller’s', () => {
    expect(readMoneyArgument('0', 'CNY', { allowZero: true })).toEqual({
      ok: true,
      minor: 0,
      currency: 'CNY',
    });
    expect(problemOf('10000000000000')).toBe(`ok ${MAX_MINOR}`);
    expect(readMoneyArgument('1001', 'CNY', { maxMinor: 100_000 })).toMatchObject({ problem: 'too_large' });
  });

  it('never throws, whatever is typed, and an accepted amount is positive, whole and within the ceiling', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom('CNY', 'USD', 'JPY'), (text, currency) => {
        const reading = readMoneyArgument(text, currency);
        if (reading.ok) {
          expect(Number.isSafeInteger(reading.minor)).toBe(true);
          expect(reading.minor).toBeGreaterThan(0);
          expect(reading.minor).toBeLessThanOrEqual(MAX_MINOR);
        }
      }),
    );
  });

  it('an amount shown by the app reads back as the same amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_MINOR }),
        fc.constantFrom('CNY', 'USD', 'JPY', 'EUR'),
        (minor, currency) => {
          expect(readMoneyArgument(formatMinor(minor, currency), currency)).toEqual({
            ok: true,
            minor,
            currency,
          });
          expect(readMoneyArgument(minorToDecimal(minor, currency), currency)).toEqual({
            ok: true,
            minor,
            currency,
          });
        },
      ),
    );
  });
});

describe('finding the amount among a command’s words', () => {
  const find = (text: string, last = false) => findMoneyWords(text.split(' '), { from: 1, last });

  it('takes a currency word before or after the amount, and a magnitude word after it, as part of it', () => {
    expect(find('HT-2026-0001 500 USD wire')).toEqual({ start: 1, end: 3, text: '500 USD' });
    expect(find('HT-2026-0001 USD 500 wire')).toEqual({ start: 1, end: 3, text: 'USD 500' });
    expect(find('HT-2026-0001 $ 500')).toEqual({ start: 1, end: 3, text: '$ 500' });
    expect(find('HT-2026-0001 30 万 元 2026-03-01')).toEqual({ start: 1, end: 4, text: '30 万 元' });
  });

  it('a broken amount is still found where no good one is, so its problem can be told', () => {
    expect(find('HT-2026-0001 -5000')?.text).toBe('-5000');
    expect(find('HT-2026-0001 NaN')?.text).toBe('NaN');
    expect(find('HT-2026-0001 ¥ -5 note')?.text).toBe('¥ -5');
    expect(find('HT-2026-0001 wire')).toBeNull();
  });

  it('the first amount by default, the last one when asked', () => {
    expect(find('Acme 2024 500')?.text).toBe('2024');
    expect(find('Acme 2024 500 USD', true)).toEqual({ start: 2, end: 4, text: '500 USD' });
  });

  it('knows a currency word from an ordinary one', () => {
    for (const word of ['USD', 'usd', '$', '¥', '￥', '美元', '元', 'RMB', '人民币', '欧元', 'EUR'])
      expect(isCurrencyWord(word)).toBe(true);
    for (const word of ['ALL', 'TOP', 'wire', 'paid', '500', '万']) expect(isCurrencyWord(word)).toBe(false);
  });
});

describe('telling what is wrong with an amount', () => {
  const problems: MoneyProblem[] = [
    'empty',
    'not_a_number',
    'currency',
    'negative',
    'too_large',
    'precision',
    'zero',
  ];

  it('every problem has a message and a field error in English and in Chinese, all different', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translator(locale);
      const texts = problems.flatMap((problem) => [
        t(`money.problem.${problem}` as MessageKey),
        t(moneyFieldError(problem)),
      ]);
      expect(new Set(texts).size).toBe(problems.length * 2);
    }
  });

  it('quotes what was typed (cut short), the currency and, for decimals, how many the currency has', () => {
    const reading = readMoneyArgument('1,234.567', 'CNY');
    if (reading.ok) throw new Error('expected a problem');
    const { key, params } = moneyProblemMessage(reading);
    expect(translator('en')(key as MessageKey, params as Record<string, string>)).toBe(
      '“1,234.567” has more decimals than CNY has (2). Round it to 2 decimals and give it again.',
    );
    const long = readMoneyArgument('9'.repeat(2000), 'CNY');
    if (long.ok) throw new Error('expected a problem');
    expect(String(moneyProblemMessage(long).params.text)).toHaveLength(41);
    expect(moneyProblemMessage(long).params.max).toBe('¥10,000,000,000,000.00');
  });

  it('a caller can name its own message for another currency, and the error carries a stable code', () => {
    const error = (() => {
      try {
        return requireMoneyArgument('500 USD', 'CNY', {
          code: 'ledger_amount_currency',
          currencyMessageKey: 'ledger.error.amount.currency',
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(MoneyArgumentError);
    expect(error).toMatchObject({
      code: 'ledger_amount_currency',
      messageKey: 'ledger.error.amount.currency',
      problem: 'currency',
      params: { currency: 'CNY', written: 'USD', text: '500 USD' },
    });
    expect(() => requireMoneyArgument('-5', 'CNY')).toThrow(
      expect.objectContaining({ code: 'money_negative', messageKey: 'money.problem.negative' }),
    );
    expect(requireMoneyArgument('30万', 'CNY')).toBe(30_000_000);
  });
});
