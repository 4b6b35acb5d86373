import { AppError, type ErrorParam } from '../../lib/errors.js';

/** Every service refusal: a stable code, the catalog key the user reads (with the next step), its params. */
export class ServiceError extends AppError {
  constructor(code: string, messageKey: string, params?: Record<string, ErrorParam>) {
    super(code, code, { messageKey, ...(params ? { params } : {}) });
    this.name = 'ServiceError';
  }
}

/** Not there, or not the caller's to see: the same answer. */
export class ServiceRequestNotFoundError extends ServiceError {
  constructor(id: number) {
    super('service_request_not_found', 'service.error.notFound', { id });
    this.name = 'ServiceRequestNotFoundError';
  }
}

/** Someone closed it first: who, and when, so the loser does not redo it. */
export class ServiceRequestClosedError extends ServiceError {
  constructor(id: number, closedBy: string, closedAt: Date) {
    super('service_request_closed', 'service.error.alreadyClosed', {
      id,
      user: { userId: closedBy },
      at: { at: closedAt },
    });
    this.name = 'ServiceRequestClosedError';
  }
}

/** The move does not fit the state it is in now (started twice, resolved after resolving). */
export class ServiceRequestStateError extends ServiceError {
  constructor(id: number, status: string) {
    super('service_request_state', `service.error.state.${status}`, { id });
    this.name = 'ServiceRequestStateError';
  }
}

/** A contract whose lead was never filed under a customer. */
export class ServiceNoCustomerError extends ServiceError {
  constructor(leadId: number) {
    super('service_no_customer', 'service.error.noCustomer', { id: leadId });
    this.name = 'ServiceNoCustomerError';
  }
}
