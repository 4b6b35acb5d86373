import { CustomerError } from './customers.errors.js';

/** Credit limits are finance's: a rep or a manager is told who sets them. */
export class CreditFinanceOnlyError extends CustomerError {
  constructor() {
    super('credit_finance_only', 'credit.error.financeOnly');
    this.name = 'CreditFinanceOnlyError';
  }
}

/** The customer changed since the limit form was opened: nothing saved, open it again. */
export class CreditLimitChangedError extends CustomerError {
  constructor(id: number) {
    super('credit_limit_changed', 'credit.error.changed', { id });
    this.name = 'CreditLimitChangedError';
  }
}
