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

/** Someone resolved it first: who, and when; what is left is closing it with the customer's satisfaction. */
export class ServiceRequestResolvedError extends ServiceError {
  constructor(id: number, resolvedBy: string, resolvedAt: Date) {
    super('service_request_resolved', 'service.error.alreadyResolved', {
      id,
      user: { userId: resolvedBy },
      at: { at: resolvedAt },
    });
    this.name = 'ServiceRequestResolvedError';
  }
}

/** `/salesflow service-owner` with something that is not one person or `off`. */
export class ServiceOwnerArgumentError extends ServiceError {
  constructor() {
    super('service_owner_argument', 'service.owner.usage');
    this.name = 'ServiceOwnerArgumentError';
  }
}

/** `/salesflow service-targets` with something that is not `P1..P4 <response> <resolution>` or `reset`. */
export class ServiceTargetArgumentError extends ServiceError {
  constructor() {
    super('service_target_argument', 'service.targets.usage');
    this.name = 'ServiceTargetArgumentError';
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
