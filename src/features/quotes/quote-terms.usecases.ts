import { parseIsoDate } from '../../lib/parse/calendar.js';
import type { Actor, Team } from '../team/team.types.js';
import { assertEditable, assertLeadOpen, loadOwnQuote, type QuoteDeps, teamToday } from './quote-access.js';
import { builderState, type QuoteBuilderState } from './quote-builder.usecases.js';
import { cleanText, parseDiscountBp, type QuoteFieldError } from './quote-input.js';
import { QuoteError, StaleQuoteError } from './quotes.errors.js';
import { QUOTE_LANGUAGES, type QuoteLanguage, type QuoteTerms } from './quotes.types.js';

/** The builder's form, as typed. */
export interface TermsForm {
  validUntil?: string | null;
  paymentTerms?: string | null;
  deliveryTime?: string | null;
  discount?: string | null;
  language?: string | null;
  priceListId?: number | null;
}

export type TermsErrors = Partial<
  Record<keyof TermsForm, QuoteFieldError | 'quotes.error.priceListHasLines'>
>;

/** The form's own checks, with no database: the date from the team's today, the discount, the texts' lengths. */
export function validateTerms(
  form: TermsForm,
  today: string,
): { ok: true; value: QuoteTerms } | { ok: false; errors: TermsErrors } {
  const errors: TermsErrors = {};
  const validUntil = form.validUntil?.trim() ?? '';
  if (!parseIsoDate(validUntil)) errors.validUntil = 'quotes.error.date';
  else if (validUntil < today) errors.validUntil = 'quotes.error.pastDate';
  const payment = cleanText(form.paymentTerms, 500);
  if (!payment.ok) errors.paymentTerms = payment.error;
  const delivery = cleanText(form.deliveryTime, 200);
  if (!delivery.ok) errors.deliveryTime = delivery.error;
  const discount = parseDiscountBp(form.discount);
  if (!discount.ok) errors.discount = discount.error;
  const language: QuoteLanguage = QUOTE_LANGUAGES.includes(form.language as QuoteLanguage)
    ? (form.language as QuoteLanguage)
    : 'en';
  if (Object.keys(errors).length || !payment.ok || !delivery.ok || !discount.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      validUntil,
      paymentTerms: payment.value,
      deliveryTime: delivery.value,
      discountBp: discount.value,
      language,
    },
  };
}

/**
 * Saving the builder's terms (validity, payment terms, delivery time, whole-quote discount, language, price list),
 * conditional on the version the form was built from. The price list may change only while no product line is
 * priced from the old one. An approved quote that changes is a draft again and needs approving anew.
 */
export async function saveTerms(
  deps: QuoteDeps & { actor: Actor; team: Team; quoteId: number; seenVersion: number; form: TermsForm },
): Promise<{ ok: true; state: QuoteBuilderState } | { ok: false; errors: TermsErrors }> {
  const { actor, team, clock } = deps;
  const { quote, lead } = await loadOwnQuote(deps);
  assertLeadOpen(lead);
  assertEditable(quote);
  const result = validateTerms(deps.form, teamToday(team, clock));
  if (!result.ok) return result;
  let priceList: { id: number; currency: string } | undefined;
  const wanted = deps.form.priceListId;
  if (wanted && wanted !== quote.priceListId) {
    const lines = await deps.quotes.listLines(actor.teamId, quote.id);
    if (lines.length > 0) return { ok: false, errors: { priceListId: 'quotes.error.priceListHasLines' } };
    priceList = await deps.quotePricing.findPriceList(actor.teamId, wanted);
    if (!priceList) throw new QuoteError('quote_price_list_not_found', 'quotes.error.noPriceList');
  }
  const saved = await deps.quotes.updateTerms({
    teamId: actor.teamId,
    quoteId: quote.id,
    seenVersion: deps.seenVersion,
    terms: result.value,
    ...(priceList ? { priceListId: priceList.id, currency: priceList.currency } : {}),
    now: clock.now(),
  });
  if (!saved) throw new StaleQuoteError(quote.number);
  return { ok: true, state: await builderState({ ...deps, quote: saved, lead }) };
}
