import { AppError, type ErrorParam } from '../../lib/errors.js';
import type { QuoteStatus } from './quotes.types.js';

/** Every quote refusal: a stable code, the catalog key the user reads (naming the next step), its parameters. */
export class QuoteError extends AppError {
  constructor(code: string, messageKey: string, params?: Record<string, ErrorParam>, cause?: unknown) {
    super(code, code, { messageKey, ...(params ? { params } : {}), ...(cause ? { cause } : {}) });
    this.name = 'QuoteError';
  }
}

/** Also what a caller who may not see the quote reads: a refusal looks exactly like a missing number. */
export class QuoteNotFoundError extends QuoteError {
  constructor(ref: string) {
    super('quote_not_found', 'quotes.error.notFound', { ref });
  }
}

export class QuoteVersionNotFoundError extends QuoteError {
  constructor(number: string, version: number) {
    super('quote_version_not_found', 'quotes.error.versionNotFound', { number, version });
  }
}

/** The action does not fit the quote's state; the message (one per state) says what can be done from there. */
export class QuoteStatusError extends QuoteError {
  constructor(
    readonly status: QuoteStatus,
    action: 'edit' | 'submit' | 'send' | 'accept' | 'decline' | 'revise',
    number: string,
  ) {
    super(`quote_${action}_when_${status}`, `quotes.error.state.${status}`, { number });
  }
}

/** Only the quote's rep (and an admin) change it, send it, or record the customer's answer. */
export class NotQuoteOwnerError extends QuoteError {
  constructor(ownerUserId: string) {
    super('quote_not_owner', 'quotes.error.notOwner', { owner: { userId: ownerUserId } });
  }
}

/** A form built from an older state of the quote: nothing is saved, the quote is shown as it is now. */
export class StaleQuoteError extends QuoteError {
  constructor(number: string) {
    super('quote_stale', 'quotes.error.stale', { number });
  }
}

export class QuoteLeadClosedError extends QuoteError {
  constructor(company: string, stage: string, leadId: number) {
    super('quote_lead_closed', `quotes.error.leadClosed.${stage === 'lost' ? 'lost' : 'won'}`, {
      company,
      id: leadId,
    });
  }
}

export class EmptyQuoteError extends QuoteError {
  constructor(number: string) {
    super('quote_empty', 'quotes.error.empty', { number });
  }
}

export class TooManyLinesError extends QuoteError {
  constructor(count: number, max: number) {
    super('quote_too_many_lines', 'quotes.error.tooManyLines', { count, max });
  }
}

/** Lines that could not be read or priced, one message per line; nothing of the batch was saved. */
export class QuoteLinesRejectedError extends QuoteError {
  constructor(readonly problems: { line: number; text: string }[]) {
    super('quote_lines_rejected', 'quotes.error.linesRejected', {
      count: problems.length,
      lines: problems
        .slice(0, 20)
        .map((problem) => `${problem.line}: ${problem.text}`)
        .join('\n'),
    });
  }
}

export class NoPriceListError extends QuoteError {
  constructor() {
    super('quote_no_price_list', 'quotes.error.noPriceList');
  }
}

/** The price list or a product changed since the line was priced: re-price before asking for approval. */
export class QuotePricesChangedError extends QuoteError {
  constructor(number: string, skus: string[]) {
    super('quote_prices_changed', 'quotes.error.pricesChanged', { number, skus: skus.join(', ') });
  }
}

export class QuoteExpiredError extends QuoteError {
  constructor(number: string, validUntil: string) {
    super('quote_expired', 'quotes.error.expired', { number, date: validUntil });
  }
}

export class DeclineReasonRequiredError extends QuoteError {
  constructor() {
    super('quote_decline_reason', 'quotes.error.declineReason');
  }
}
