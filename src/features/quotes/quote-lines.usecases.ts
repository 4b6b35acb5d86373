import type { Actor } from '../team/team.types.js';
import { assertEditable, assertLeadOpen, loadOwnQuote, type QuoteDeps } from './quote-access.js';
import { applyLineChange, type QuoteBuilderState } from './quote-builder.usecases.js';
import {
  cleanText,
  type PastedLine,
  type PasteProblem,
  parseDiscountBp,
  parsePastedLines,
  parsePriceMinor,
  parseQuantityMilli,
  parseTaxBp,
  type QuoteFieldError,
} from './quote-input.js';
import type { PricedProduct } from './quote-pricing.repository.js';
import type { Quote } from './quote-records.js';
import { lineNetMinor, MAX_LINE_NET_MINOR } from './quote-totals.js';
import { NoPriceListError } from './quotes.errors.js';
import type { NewQuoteLine, QuoteLanguage } from './quotes.types.js';

/** What the builder's "add a line" fields hold, as typed. A product line leaves price empty for the list's. */
export interface LineForm {
  productId?: number | null;
  description?: string | null;
  unit?: string | null;
  quantity?: string | null;
  price?: string | null;
  discount?: string | null;
  tax?: string | null;
}

export type LineFormErrors = Partial<Record<keyof LineForm, QuoteFieldError | 'quotes.error.productGone'>>;

export type AddLineOutcome = { ok: true; state: QuoteBuilderState } | { ok: false; errors: LineFormErrors };

export type PasteOutcome =
  | { ok: true; state: QuoteBuilderState; added: number }
  | { ok: false; problems: PasteProblem[] };

export function productName(
  product: Pick<PricedProduct, 'nameEn' | 'nameZh' | 'sku'>,
  language: QuoteLanguage,
) {
  return (
    (language === 'zh-CN' ? (product.nameZh ?? product.nameEn) : (product.nameEn ?? product.nameZh)) ??
    product.sku
  );
}

function productLine(
  product: PricedProduct,
  quote: Quote,
  line: { quantityMilli: number; priceMinor: number | null; discountBp: number },
): NewQuoteLine {
  return {
    productId: product.productId,
    sku: product.sku,
    description: productName(product, quote.language),
    unit: product.unit,
    quantityMilli: line.quantityMilli,
    unitPriceMinor: line.priceMinor ?? product.priceMinor ?? 0,
    discountBp: line.discountBp,
    taxRateBp: product.taxRateBp,
    listPriceMinor: product.priceMinor,
    floorPriceMinor: product.floorPriceMinor,
  };
}

/** A retired product, or one no longer on the quote's list, cannot be put on a new line. */
function usable(product: PricedProduct | undefined): product is PricedProduct & { priceMinor: number } {
  return product !== undefined && product.status === 'active' && product.priceMinor !== null;
}

/** One line from the builder: a product from the quote's price list, or free text with its own price and tax. */
export async function addLine(
  deps: QuoteDeps & { actor: Actor; quoteId: number; seenVersion: number; form: LineForm },
): Promise<AddLineOutcome> {
  const { actor, form } = deps;
  const { quote, lead } = await loadOwnQuote(deps);
  assertLeadOpen(lead);
  assertEditable(quote);
  const errors: LineFormErrors = {};
  const quantity = parseQuantityMilli(form.quantity);
  if (!quantity.ok) errors.quantity = quantity.error;
  const discount = parseDiscountBp(form.discount);
  if (!discount.ok) errors.discount = discount.error;
  const price = form.price?.trim() ? parsePriceMinor(form.price, quote.currency) : null;
  if (price && !price.ok) errors.price = price.error;
  let line: NewQuoteLine | undefined;
  if (form.productId) {
    if (quote.priceListId === null) throw new NoPriceListError();
    const [product] = await deps.quotePricing.findProducts(actor.teamId, quote.priceListId, [form.productId]);
    if (!usable(product)) errors.productId = 'quotes.error.productGone';
    else if (quantity.ok && discount.ok && (!price || price.ok))
      line = productLine(product, quote, {
        quantityMilli: quantity.value,
        priceMinor: price?.ok ? price.value : null,
        discountBp: discount.value,
      });
  } else {
    const description = cleanText(form.description, 300);
    const unit = cleanText(form.unit, 20);
    const tax = parseTaxBp(form.tax);
    if (!description.ok || !description.value)
      errors.description = description.ok ? 'quotes.error.required' : description.error;
    if (!unit.ok) errors.unit = unit.error;
    if (!tax.ok) errors.tax = tax.error;
    if (!price) errors.price = 'quotes.error.required';
    if (
      Object.keys(errors).length === 0 &&
      quantity.ok &&
      discount.ok &&
      price?.ok &&
      tax.ok &&
      description.ok &&
      unit.ok
    )
      line = {
        productId: null,
        sku: null,
        description: description.value ?? '',
        unit: unit.value ?? '',
        quantityMilli: quantity.value,
        unitPriceMinor: price.value,
        discountBp: discount.value,
        taxRateBp: tax.value,
        listPriceMinor: null,
        floorPriceMinor: null,
      };
  }
  if (line && lineNetMinor(line) > MAX_LINE_NET_MINOR) errors.quantity = 'quotes.error.tooLarge';
  if (!line || Object.keys(errors).length) return { ok: false, errors };
  const state = await applyLineChange({ ...deps, change: { kind: 'append', lines: [line] } });
  return { ok: true, state };
}

/**
 * `SKU qty [price] [discount]` lines pasted at once: every line is read and priced first; one problem anywhere
 * refuses the whole batch with a message per line, so nothing is half-saved.
 */
export async function pasteLines(
  deps: QuoteDeps & { actor: Actor; quoteId: number; seenVersion: number; text: string; replace?: boolean },
): Promise<PasteOutcome> {
  return saveReadLines({ ...deps, read: (quote) => parsePastedLines(deps.text, quote.currency) });
}

/**
 * Lines read from the rep's input (pasted text, a file) priced on the quote's list and saved all at once: an
 * unknown or retired code, a line too large, anything `read` found is one problem each, and any problem refuses the
 * whole batch, so nothing is half-saved. The 200-line limit is the save's (the quote's lines in all).
 */
export async function saveReadLines(
  deps: QuoteDeps & {
    actor: Actor;
    quoteId: number;
    seenVersion: number;
    read: (quote: Quote) => { lines: PastedLine[]; problems: PasteProblem[] };
    replace?: boolean;
  },
): Promise<PasteOutcome> {
  const { actor } = deps;
  const { quote, lead } = await loadOwnQuote(deps);
  assertLeadOpen(lead);
  assertEditable(quote);
  if (quote.priceListId === null) throw new NoPriceListError();
  const parsed = deps.read(quote);
  const products = await deps.quotePricing.findBySkus(actor.teamId, quote.priceListId, [
    ...new Set(parsed.lines.map((line) => line.sku)),
  ]);
  const bySku = new Map(products.map((product) => [product.sku.toLowerCase(), product]));
  const problems = [...parsed.problems];
  const lines: NewQuoteLine[] = [];
  for (const pasted of parsed.lines) {
    const product = bySku.get(pasted.sku.toLowerCase());
    if (!product || product.priceMinor === null) {
      problems.push({
        line: pasted.line,
        text: pasted.sku,
        sku: pasted.sku,
        error: 'quotes.error.unknownSku',
      });
      continue;
    }
    if (!usable(product)) {
      problems.push({ line: pasted.line, text: pasted.sku, sku: pasted.sku, error: 'quotes.error.retired' });
      continue;
    }
    const priced = productLine(product, quote, pasted);
    if (lineNetMinor(priced) > MAX_LINE_NET_MINOR)
      problems.push({ line: pasted.line, text: pasted.sku, sku: pasted.sku, error: 'quotes.error.tooLarge' });
    else lines.push(priced);
  }
  if (problems.length === 0 && lines.length === 0)
    problems.push({ line: 0, text: '', error: 'quotes.error.pasteEmpty' });
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  const state = await applyLineChange({
    ...deps,
    change: { kind: deps.replace ? 'replace' : 'append', lines },
  });
  return { ok: true, state, added: lines.length };
}
