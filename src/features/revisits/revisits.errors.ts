import { AppError, type ErrorParam } from '../../lib/errors.js';

/** Every revisit refusal: a stable code, the catalog key the user reads (with the next step), its params. */
export class RevisitError extends AppError {
  constructor(code: string, messageKey: string, params?: Record<string, ErrorParam>) {
    super(code, code, { messageKey, ...(params ? { params } : {}) });
    this.name = 'RevisitError';
  }
}

/** Not there, or not the caller's to log (the owner, their manager and admins log): the same answer. */
export class RevisitNotFoundError extends RevisitError {
  constructor(id: number) {
    super('revisit_not_found', 'revisits.error.notFound', { id });
    this.name = 'RevisitNotFoundError';
  }
}

/** Someone logged it first (a second person, or a form left open): who, when and what they found. */
export class RevisitAlreadyLoggedError extends RevisitError {
  constructor(id: number, loggedBy: string, loggedAt: Date, outcome: string) {
    super('revisit_already_logged', `revisits.error.alreadyLogged.${outcome}`, {
      id,
      user: { userId: loggedBy },
      at: { at: loggedAt },
    });
    this.name = 'RevisitAlreadyLoggedError';
  }
}

/** The revisit changed since the form was built (not logged): the form is to be opened again. */
export class RevisitChangedError extends RevisitError {
  constructor(id: number) {
    super('revisit_changed', 'revisits.error.changed', { id });
    this.name = 'RevisitChangedError';
  }
}

/** `/salesflow revisits` with something other than day numbers or `off`. */
export class RevisitPolicyInputError extends RevisitError {
  constructor() {
    super('revisit_policy_input', 'revisits.error.policyInput');
    this.name = 'RevisitPolicyInputError';
  }
}
