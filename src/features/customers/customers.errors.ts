import { AppError, type ErrorParam } from '../../lib/errors.js';

/** Every customer-file refusal: a stable code, the catalog key the user reads (with the next step), its params. */
export class CustomerError extends AppError {
  constructor(code: string, messageKey: string, params?: Record<string, ErrorParam>) {
    super(code, code, { messageKey, ...(params ? { params } : {}) });
    this.name = 'CustomerError';
  }
}

/** Not there, or not the caller's to see: the same answer, so a rep cannot probe a colleague's customers. */
export class CustomerNotFoundError extends CustomerError {
  constructor(ref: string) {
    super('customer_not_found', 'customers.error.notFound', { ref });
    this.name = 'CustomerNotFoundError';
  }
}

/** The lead was filed under a customer since the card was shown. */
export class LeadAlreadyLinkedError extends CustomerError {
  constructor(leadId: number) {
    super('customer_lead_already_linked', 'customers.error.alreadyLinked', { id: leadId });
    this.name = 'LeadAlreadyLinkedError';
  }
}

/** The customer was merged into another: its number now answers with that one. */
export class CustomerMergedError extends CustomerError {
  constructor(id: number, into: number) {
    super('customer_merged', 'customers.error.merged', { id, into });
    this.name = 'CustomerMergedError';
  }
}
