import type { LineForm, LineFormErrors } from '../../features/quotes/quote-lines.usecases.js';
import type { TermsForm } from '../../features/quotes/quote-terms.usecases.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { BLOCKS } from '../ids.js';
import { readInput, type ViewStateValues } from '../views/blocks.js';

/** The one element of a block whatever its action id (the add-a-line fields carry the quote's version in theirs). */
function readBlock(values: ViewStateValues, blockId: string): string | null {
  const element = Object.values(values[blockId] ?? {})[0];
  if (!element) return null;
  return element.value ?? element.selected_option?.value ?? null;
}

/** The builder's add-a-line fields as typed. */
export function readLineForm(values: ViewStateValues): LineForm {
  const product = Number(readBlock(values, BLOCKS.quoteProduct));
  return {
    productId: Number.isSafeInteger(product) && product > 0 ? product : null,
    description: readBlock(values, BLOCKS.quoteDescription),
    unit: readBlock(values, BLOCKS.quoteUnit),
    quantity: readBlock(values, BLOCKS.quoteQuantity),
    price: readBlock(values, BLOCKS.quotePrice),
    discount: readBlock(values, BLOCKS.quoteLineDiscount),
    tax: readBlock(values, BLOCKS.quoteTax),
  };
}

/** The builder's terms as typed. */
export function readTermsForm(values: ViewStateValues): TermsForm {
  const list = Number(readInput(values, BLOCKS.quotePriceList));
  return {
    validUntil: readInput(values, BLOCKS.quoteValidUntil),
    paymentTerms: readInput(values, BLOCKS.quotePaymentTerms),
    deliveryTime: readInput(values, BLOCKS.quoteDeliveryTime),
    discount: readInput(values, BLOCKS.quoteWholeDiscount),
    language: readInput(values, BLOCKS.quoteLanguage),
    priceListId: Number.isSafeInteger(list) && list > 0 ? list : null,
  };
}

const LINE_FIELDS: Record<keyof LineForm, MessageKey> = {
  productId: 'quotes.builder.product',
  description: 'quotes.builder.description',
  unit: 'quotes.builder.unit',
  quantity: 'quotes.builder.quantity',
  price: 'quotes.builder.price',
  discount: 'quotes.builder.lineDiscountLabel',
  tax: 'quotes.builder.tax',
};

/** A refused line's problems in one notice: "Quantity: enter a quantity above zero…; Price: …". */
export function lineErrorsNotice(errors: LineFormErrors, t: Translate): string {
  const parts = (Object.entries(errors) as [keyof LineForm, string][]).map(
    ([field, key]) => `${t(LINE_FIELDS[field])}: ${t(key as MessageKey)}`,
  );
  return t('quotes.builder.lineErrors', { errors: parts.join('; ') });
}

/** The terms' field errors by block id, for Slack's inline errors. */
export function termsFieldErrors(
  errors: Partial<Record<keyof TermsForm, string>>,
  t: Translate,
): Record<string, string> {
  const blocks: Record<keyof TermsForm, string> = {
    validUntil: BLOCKS.quoteValidUntil,
    paymentTerms: BLOCKS.quotePaymentTerms,
    deliveryTime: BLOCKS.quoteDeliveryTime,
    discount: BLOCKS.quoteWholeDiscount,
    language: BLOCKS.quoteLanguage,
    priceListId: BLOCKS.quotePriceList,
  };
  return Object.fromEntries(
    (Object.entries(errors) as [keyof TermsForm, string][]).map(([field, key]) => [
      blocks[field],
      t(key as MessageKey),
    ]),
  );
}
