import { describe, expect, it } from 'vitest';
import {
  parseDiscountBp,
  parsePastedLines,
  parsePriceMinor,
  parseQuantityMilli,
} from '../../../src/features/quotes/quote-input.js';
import { validateTerms } from '../../../src/features/quotes/quote-terms.usecases.js';

describe('what a rep types on a quote', () => {
  it('reads quantities like /payment amounts, exactly, in thousandths', () => {
    expect(parseQuantityMilli('12')).toEqual({ ok: true, value: 12_000 });
    expect(parseQuantityMilli('1,200')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseQuantityMilli('1.5')).toEqual({ ok: true, value: 1_500 });
    expect(parseQuantityMilli('1.2万')).toEqual({ ok: true, value: 12_000_000 });
    expect(parseQuantityMilli('3k')).toEqual({ ok: true, value: 3_000_000 });
  });

  it('refuses a zero, negative or over-precise quantity', () => {
    for (const text of ['0', '-3', '1.0005', 'abc', '1e3'])
      expect(parseQuantityMilli(text)).toEqual({ ok: false, error: 'quotes.error.quantity' });
    expect(parseQuantityMilli('')).toEqual({ ok: false, error: 'quotes.error.required' });
  });

  it('reads prices in the quote currency and refuses another currency, zero or a negative price', () => {
    expect(parsePriceMinor('¥3,000', 'CNY')).toEqual({ ok: true, value: 300_000 });
    expect(parsePriceMinor('1.2万', 'CNY')).toEqual({ ok: true, value: 1_200_000 });
    expect(parsePriceMinor('$30', 'CNY')).toEqual({ ok: false, error: 'quotes.error.priceCurrency' });
    expect(parsePriceMinor('0', 'CNY')).toEqual({ ok: false, error: 'quotes.error.price' });
    expect(parsePriceMinor('-5', 'CNY')).toEqual({ ok: false, error: 'quotes.error.price' });
  });

  it('refuses a discount above 100 %', () => {
    expect(parseDiscountBp('12.5%')).toEqual({ ok: true, value: 1250 });
    expect(parseDiscountBp('101')).toEqual({ ok: false, error: 'quotes.error.discount' });
  });

  it('reads pasted lines and names every bad line by its number, so nothing is half-saved', () => {
    const { lines, problems } = parsePastedLines(
      'PUMP-100 2\nVALVE-20 1,200 ¥118 5%\n\nSVC 1 10%\nBAD\nX 0\nY 1 $5',
      'CNY',
    );
    expect(lines).toEqual([
      { line: 1, sku: 'PUMP-100', quantityMilli: 2000, priceMinor: null, discountBp: 0 },
      { line: 2, sku: 'VALVE-20', quantityMilli: 1_200_000, priceMinor: 11_800, discountBp: 500 },
      { line: 4, sku: 'SVC', quantityMilli: 1000, priceMinor: null, discountBp: 1000 },
    ]);
    expect(problems.map((p) => [p.line, p.error])).toEqual([
      [5, 'quotes.error.pasteFormat'],
      [6, 'quotes.error.quantity'],
      [7, 'quotes.error.priceCurrency'],
    ]);
  });

  it("refuses a validity date in the past of the team's day", () => {
    expect(validateTerms({ validUntil: '2026-12-06' }, '2026-12-07')).toEqual({
      ok: false,
      errors: { validUntil: 'quotes.error.pastDate' },
    });
    expect(
      validateTerms({ validUntil: '2026-12-07', discount: '5', language: 'zh-CN' }, '2026-12-07'),
    ).toMatchObject({
      ok: true,
      value: { discountBp: 500, language: 'zh-CN' },
    });
  });
});
