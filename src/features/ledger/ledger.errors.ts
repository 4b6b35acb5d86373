import { AppError, type ErrorParam } from '../../lib/errors.js';
import type { ScheduleProblem } from './contract-schedule.js';
import type { ContractStatus } from './ledger-states.types.js';

/** Every ledger refusal: a stable code, the catalog key the user reads, and its parameters as data. */
export class LedgerError extends AppError {
  constructor(code: string, messageKey: string, params?: Record<string, ErrorParam>, message = code) {
    super(code, message, { messageKey, ...(params ? { params } : {}) });
    this.name = 'LedgerError';
  }
}

/** Also what a caller who may not see the contract reads: a refusal looks exactly like a missing number. */
export class ContractNotFoundError extends LedgerError {
  constructor(ref: string) {
    super('ledger_contract_not_found', 'ledger.error.contractNotFound', { ref });
    this.name = 'ContractNotFoundError';
  }
}

export class NoContractForLeadError extends LedgerError {
  constructor(leadId: number) {
    super('ledger_no_contract', 'ledger.error.noContract', { lead: `#${leadId}` });
    this.name = 'NoContractForLeadError';
  }
}

export class AmbiguousContractError extends LedgerError {
  constructor(readonly numbers: string[]) {
    super('ledger_ambiguous_contract', 'ledger.error.ambiguous', { numbers: numbers.join(', ') });
    this.name = 'AmbiguousContractError';
  }
}

export class NotFinanceError extends LedgerError {
  constructor() {
    super('ledger_finance_only', 'ledger.error.financeOnly');
    this.name = 'NotFinanceError';
  }
}

export class NotAdminError extends LedgerError {
  constructor() {
    super('ledger_admin_only', 'ledger.error.adminOnly');
    this.name = 'NotAdminError';
  }
}

/** Signing, scheduling and delivery are the contract's rep's (and an admin's). */
export class NotContractOwnerError extends LedgerError {
  constructor(ownerUserId: string) {
    super('ledger_owner_only', 'ledger.error.ownerOnly', { owner: { userId: ownerUserId } });
    this.name = 'NotContractOwnerError';
  }
}

/** The contract's state blocks the move: the message, one per state, names the next step from there. */
export class ContractStatusError extends LedgerError {
  constructor(
    readonly status: ContractStatus,
    number: string,
  ) {
    super(
      'ledger_contract_status',
      `ledger.error.status.${status}`,
      { number },
      `ledger_contract_status: ${status}`,
    );
    this.name = 'ContractStatusError';
  }
}

/** A form or card built from an older version of the contract (DESIGN.md, rule 11). */
export class ContractChangedError extends LedgerError {
  constructor(number: string) {
    super('ledger_contract_changed', 'ledger.error.changed', { number });
    this.name = 'ContractChangedError';
  }
}

export class InvalidDateError extends LedgerError {
  constructor(reason: 'invalid' | 'future') {
    super(`ledger_date_${reason}`, `ledger.error.date.${reason}`);
    this.name = 'InvalidDateError';
  }
}

export class ReasonRequiredError extends LedgerError {
  constructor() {
    super('ledger_reason_required', 'ledger.error.reasonRequired');
    this.name = 'ReasonRequiredError';
  }
}

/** The payment would take the collected total above the contract amount. */
export class OverCollectionError extends LedgerError {
  constructor(remaining: string) {
    super('ledger_over_collection', 'ledger.error.overCollection', { remaining });
    this.name = 'OverCollectionError';
  }
}

export class PaymentNotFoundError extends LedgerError {
  constructor(paymentId: number) {
    super('ledger_payment_not_found', 'ledger.error.paymentNotFound', { id: paymentId });
    this.name = 'PaymentNotFoundError';
  }
}

/** A late click on a payment someone already confirmed, rejected or reversed. */
export class PaymentDecidedError extends LedgerError {
  constructor(status: string, byUserId: string | null, at: Date | null) {
    super(
      'ledger_payment_decided',
      byUserId && at ? 'ledger.error.paymentDecidedBy' : 'ledger.error.paymentDecided',
      { status, ...(byUserId && at ? { user: { userId: byUserId }, when: { at } } : {}) },
    );
    this.name = 'PaymentDecidedError';
  }
}

/** Below the invoice threshold: says how much more must be collected first. */
export class InvoiceBelowThresholdError extends LedgerError {
  constructor(input: { needed: string; collectedPercent: number; thresholdPercent: number }) {
    super('ledger_invoice_threshold', 'ledger.error.invoiceThreshold', {
      needed: input.needed,
      collected: input.collectedPercent,
      threshold: input.thresholdPercent,
    });
    this.name = 'InvoiceBelowThresholdError';
  }
}

export class OverInvoiceError extends LedgerError {
  constructor(remaining: string) {
    super('ledger_over_invoice', 'ledger.error.overInvoice', { remaining });
    this.name = 'OverInvoiceError';
  }
}

export class InvoiceNotFoundError extends LedgerError {
  constructor(invoiceId: number) {
    super('ledger_invoice_not_found', 'ledger.error.invoiceNotFound', { id: invoiceId });
    this.name = 'InvoiceNotFoundError';
  }
}

export class InvoiceStatusError extends LedgerError {
  constructor(status: string) {
    super('ledger_invoice_status', 'ledger.error.invoiceStatus', { status });
    this.name = 'InvoiceStatusError';
  }
}

export class InvoiceNumberRequiredError extends LedgerError {
  constructor() {
    super('ledger_invoice_number_required', 'ledger.error.invoiceNumberRequired');
    this.name = 'InvoiceNumberRequiredError';
  }
}

export class InvoiceNumberTakenError extends LedgerError {
  constructor(number: string) {
    super('ledger_invoice_number_taken', 'ledger.error.invoiceNumberTaken', { number });
    this.name = 'InvoiceNumberTakenError';
  }
}

/**
 * Delivery waits for the signature and for the first payment (or the upfront share, per policy); `unsigned`
 * names the signature, and the payment too when none is in.
 */
export class DeliveryNotAllowedError extends LedgerError {
  constructor(
    missing: 'first_payment' | 'upfront' | 'unsigned' | 'unsignedUnpaid',
    input: { number: string; needed: string },
  ) {
    super('ledger_delivery_not_allowed', `ledger.error.delivery.${missing}`, { ...input });
    this.name = 'DeliveryNotAllowedError';
  }
}

/** Money collected or invoiced must be reversed or cancelled before the contract can be. */
export class CancelNotAllowedError extends LedgerError {
  constructor() {
    super('ledger_cancel_not_allowed', 'ledger.error.cancelWithMoney');
    this.name = 'CancelNotAllowedError';
  }
}

export class LinkRequiredError extends LedgerError {
  constructor(what: 'signed' | 'acceptance') {
    super(`ledger_${what}_required`, `ledger.error.required.${what}`);
    this.name = 'LinkRequiredError';
  }
}

export class ScheduleError extends LedgerError {
  constructor(problem: ScheduleProblem | 'locked', row?: number) {
    super(`ledger_schedule_${problem}`, `ledger.error.schedule.${problem}`, row ? { row } : undefined);
    this.name = 'ScheduleError';
  }
}

export class WonRequiresContractError extends LedgerError {
  constructor() {
    super('ledger_won_requires_contract', 'ledger.error.wonRequiresContract');
    this.name = 'WonRequiresContractError';
  }
}

export class InvalidMonthError extends LedgerError {
  constructor(text: string) {
    super('ledger_invalid_month', 'ledger.error.month', { text });
    this.name = 'InvalidMonthError';
  }
}

/** An admin's settings form was built from an older policy or plan than the one saved since. */
export class SettingsChangedError extends LedgerError {
  constructor() {
    super('ledger_settings_changed', 'ledger.error.settingsChanged');
    this.name = 'SettingsChangedError';
  }
}
