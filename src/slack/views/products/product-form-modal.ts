import type { InputBlock } from '@slack/types';
import type { FieldProblem } from '../../../features/products/product-input.js';
import {
  PRODUCT_LIMITS,
  type PriceList,
  type Product,
  type ProductForm,
  type ProductFormField,
} from '../../../features/products/products.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { minorToDecimal } from '../../../lib/money/minor-units.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { type ModalView, modalShell, readInput, type ViewStateValues } from '../blocks.js';
import { textInput } from '../modal-inputs.js';
import { taxRateText } from './product-format.js';

/** Each form field's block (and input) id. */
export const PRODUCT_FIELD_BLOCKS: Record<ProductFormField, string> = {
  sku: BLOCKS.productSku,
  nameEn: BLOCKS.productNameEn,
  nameZh: BLOCKS.productNameZh,
  unit: BLOCKS.productUnit,
  price: BLOCKS.productPrice,
  taxRate: BLOCKS.productTaxRate,
  floorPrice: BLOCKS.productFloorPrice,
};

const EMPTY: ProductForm = {
  sku: '',
  nameEn: '',
  nameZh: '',
  unit: '',
  price: '',
  taxRate: '',
  floorPrice: '',
};

/** The product as its form shows it: every amount as the plain decimal the form reads back exactly. */
export function productFormValues(
  product: Product,
  priceMinor: number | null,
  list: Pick<PriceList, 'currency'>,
): ProductForm {
  return {
    sku: product.sku,
    nameEn: product.nameEn ?? '',
    nameZh: product.nameZh ?? '',
    unit: product.unit,
    price: priceMinor === null ? '' : minorToDecimal(priceMinor, list.currency),
    taxRate: taxRateText(product.taxRateBp),
    floorPrice:
      product.floorPriceMinor === null ? '' : minorToDecimal(product.floorPriceMinor, product.currency),
  };
}

export function readProductForm(values: ViewStateValues): ProductForm {
  const read = (field: ProductFormField) => readInput(values, PRODUCT_FIELD_BLOCKS[field]) ?? '';
  return {
    sku: read('sku'),
    nameEn: read('nameEn'),
    nameZh: read('nameZh'),
    unit: read('unit'),
    price: read('price'),
    taxRate: read('taxRate'),
    floorPrice: read('floorPrice'),
  };
}

/** Field problems as Slack's inline errors (plain text, by block id), in the form's language. */
export function productFieldErrors(
  errors: Partial<Record<ProductFormField, FieldProblem>>,
  t: Translate,
): Record<string, string> {
  return Object.fromEntries(
    (Object.entries(errors) as [ProductFormField, FieldProblem][]).map(([field, problem]) => [
      PRODUCT_FIELD_BLOCKS[field],
      t(problem.key as MessageKey, problem.params),
    ]),
  );
}

/**
 * Add or edit a product (admins, finance): code, both names, unit, the list price on the default list, tax rate,
 * floor price. Amounts are typed as `/payment` reads them (`1,200`, `1.2万`, `¥3,000`) in the list's currency.
 */
export function buildProductFormModal(input: {
  mode: 'add' | 'edit';
  list: Pick<PriceList, 'name' | 'currency'>;
  values?: ProductForm;
  metadata: string;
  t: Translate;
}): ModalView {
  const { t, list } = input;
  const values = input.values ?? EMPTY;
  const field = (
    name: ProductFormField,
    label: string,
    opts: { optional?: boolean; max?: number; hint?: string } = {},
  ): InputBlock =>
    textInput(PRODUCT_FIELD_BLOCKS[name], label, { value: values[name], optional: false, ...opts });
  return modalShell({
    callbackId: input.mode === 'add' ? VIEWS.productAdd : VIEWS.productEdit,
    title: t(input.mode === 'add' ? 'products.modal.addTitle' : 'products.modal.editTitle'),
    submit: t('products.modal.save'),
    close: t('products.modal.cancel'),
    metadata: input.metadata,
    blocks: [
      field('sku', t('products.field.sku'), { max: PRODUCT_LIMITS.sku, hint: t('products.field.skuHint') }),
      field('nameEn', t('products.field.nameEn'), {
        optional: true,
        max: PRODUCT_LIMITS.name,
        hint: t('products.field.nameHint'),
      }),
      field('nameZh', t('products.field.nameZh'), { optional: true, max: PRODUCT_LIMITS.name }),
      field('unit', t('products.field.unit'), {
        max: PRODUCT_LIMITS.unit,
        hint: t('products.field.unitHint'),
      }),
      field('price', t('products.field.price', { list: list.name, currency: list.currency }), {
        max: 40,
        hint: t('products.field.priceHint'),
      }),
      field('taxRate', t('products.field.taxRate'), { max: 20, hint: t('products.field.taxRateHint') }),
      field('floorPrice', t('products.field.floorPrice', { currency: list.currency }), {
        optional: true,
        max: 40,
        hint: t('products.field.floorPriceHint'),
      }),
    ],
  });
}
