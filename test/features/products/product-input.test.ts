import { describe, expect, it } from 'vitest';
import { validateProductForm } from '../../../src/features/products/product-input.js';
import { readPrice, readTaxRate } from '../../../src/features/products/product-money.js';
import type { ProductForm } from '../../../src/features/products/products.types.js';

const form = (overrides: Partial<ProductForm> = {}): ProductForm => ({
  sku: 'PUMP-01',
  nameEn: 'Water pump',
  nameZh: '水泵',
  unit: '台',
  price: '1,200',
  taxRate: '13%',
  floorPrice: '',
  ...overrides,
});

describe('reading a price as /payment reads amounts', () => {
  it.each([
    ['1,200', 120_000],
    ['1.2万', 1_200_000],
    ['¥3,000', 300_000],
    ['3000元', 300_000],
    ['CNY 12.5', 1_250],
    ['５００', 50_000],
  ])('%s is %i fen', (text, minor) => {
    expect(readPrice(text, 'CNY')).toEqual({ ok: true, minor });
  });

  it.each([
    ['-5', 'negative'],
    ['¥-5', 'negative'],
    ['0', 'zero'],
    ['¥0.00', 'zero'],
    ['100.005', 'precision'],
    ['$100', 'currency'],
    ['USD 100', 'currency'],
    ['abc', 'invalid'],
    ['1e9', 'invalid'],
    ['9'.repeat(20), 'too_large'],
  ])('%s is refused as %s', (text, problem) => {
    expect(readPrice(text, 'CNY')).toEqual({ ok: false, problem });
  });

  it('yen have no decimals: 1.5 JPY is too precise, 1500 is 1500', () => {
    expect(readPrice('1.5', 'JPY')).toEqual({ ok: false, problem: 'precision' });
    expect(readPrice('1500', 'JPY')).toEqual({ ok: true, minor: 1500 });
  });
});

describe('reading a tax rate', () => {
  it.each([
    ['13%', 1300],
    ['13', 1300],
    ['0.13', 1300],
    ['１３％', 1300],
    ['6 %', 600],
    ['13.5%', 1350],
    ['0', 0],
    ['100', 10_000],
  ])('%s is %i basis points', (text, basisPoints) => {
    expect(readTaxRate(text)).toEqual({ ok: true, basisPoints });
  });

  it('above 100 % and nonsense are refused, each with its own reason', () => {
    expect(readTaxRate('101')).toEqual({ ok: false, problem: 'above100' });
    expect(readTaxRate('13.555')).toEqual({ ok: false, problem: 'invalid' });
    expect(readTaxRate('thirteen')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('the product form', () => {
  it('a complete form becomes a product and its list price', () => {
    expect(validateProductForm(form({ floorPrice: '¥900' }), 'CNY')).toEqual({
      ok: true,
      priceMinor: 120_000,
      input: {
        sku: 'PUMP-01',
        nameEn: 'Water pump',
        nameZh: '水泵',
        unit: '台',
        taxRateBp: 1300,
        floorPriceMinor: 90_000,
      },
    });
  });

  it('one name is enough, in either language; a floor of 0 means no floor', () => {
    const result = validateProductForm(form({ nameEn: '', floorPrice: '0' }), 'CNY');
    expect(result).toMatchObject({
      ok: true,
      input: { nameEn: null, nameZh: '水泵', floorPriceMinor: null },
    });
  });

  it('each wrong field gets its own message, the currency named where it matters', () => {
    const result = validateProductForm(
      form({
        sku: 'PUMP 01',
        nameEn: '',
        nameZh: '',
        unit: '',
        price: '$100',
        taxRate: '120%',
        floorPrice: '-1',
      }),
      'CNY',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        sku: { key: 'products.error.skuSpaces' },
        nameEn: { key: 'products.error.nameRequired' },
        unit: { key: 'products.error.required' },
        price: { key: 'products.error.price.currency', params: { currency: 'CNY' } },
        taxRate: { key: 'products.error.taxRate.above100' },
        floorPrice: { key: 'products.error.floor.negative', params: { currency: 'CNY' } },
      },
    });
  });

  it('a zero list price is refused, and so is a floor above the list price', () => {
    expect(validateProductForm(form({ price: '0' }), 'CNY')).toMatchObject({
      ok: false,
      errors: { price: { key: 'products.error.price.zero' } },
    });
    expect(validateProductForm(form({ floorPrice: '1,300' }), 'CNY')).toEqual({
      ok: false,
      errors: { floorPrice: { key: 'products.error.floorAbovePrice', params: { price: '¥1,200.00' } } },
    });
  });

  it('full-width codes are read as typed on an ordinary keyboard, and codes have a length limit', () => {
    expect(validateProductForm(form({ sku: 'ＰＵＭＰ－０１' }), 'CNY')).toMatchObject({
      ok: true,
      input: { sku: 'PUMP-01' },
    });
    expect(validateProductForm(form({ sku: 'X'.repeat(65) }), 'CNY')).toMatchObject({
      ok: false,
      errors: { sku: { key: 'products.error.tooLong', params: { max: 64 } } },
    });
  });
});
