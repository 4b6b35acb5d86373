import { describe, expect, it } from 'vitest';
import * as errors from '../../../src/features/ledger/ledger.errors.js';
import { CONTRACT_STATUSES } from '../../../src/features/ledger/ledger-states.types.js';
import { en } from '../../../src/i18n/catalog/en/index.js';
import { zhCN } from '../../../src/i18n/catalog/zh-CN/index.js';

/** One instance of every ledger error, with every variant of its message. */
const samples = [
  new errors.ContractNotFoundError('HT-1'),
  new errors.NoContractForLeadError(1),
  new errors.AmbiguousContractError(['A', 'B']),
  new errors.NotFinanceError(),
  new errors.NotAdminError(),
  new errors.NotContractOwnerError('U1'),
  ...(['approved', 'signed', 'delivering', 'delivered', 'closed', 'cancelled'] as const).map(
    (status) => new errors.ContractStatusError(status, 'HT-1'),
  ),
  new errors.ContractChangedError('HT-1'),
  ...(['invalid', 'future'] as const).map((reason) => new errors.InvalidDateError(reason)),
  new errors.ReasonRequiredError(),
  new errors.OverCollectionError('¥1'),
  new errors.PaymentNotFoundError(1),
  new errors.PaymentDecidedError('confirmed', 'U1', new Date('2026-03-02T02:00:00Z')),
  new errors.PaymentDecidedError('confirmed', null, null),
  new errors.InvoiceBelowThresholdError({ needed: '¥1', collectedPercent: 1, thresholdPercent: 60 }),
  new errors.OverInvoiceError('¥1'),
  new errors.InvoiceNotFoundError(1),
  new errors.InvoiceStatusError('requested'),
  new errors.InvoiceNumberRequiredError(),
  new errors.InvoiceNumberTakenError('FP-1'),
  ...(['first_payment', 'upfront', 'unsigned', 'unsignedUnpaid'] as const).map(
    (missing) => new errors.DeliveryNotAllowedError(missing, { number: 'HT-1', needed: '¥1' }),
  ),
  new errors.CancelNotAllowedError(),
  ...(['signed', 'acceptance'] as const).map((what) => new errors.LinkRequiredError(what)),
  ...(['empty', 'tooMany', 'date', 'amount', 'sum', 'order', 'locked'] as const).map(
    (p) => new errors.ScheduleError(p, 1),
  ),
  new errors.WonRequiresContractError(),
  new errors.InvalidMonthError('x'),
  new errors.SettingsChangedError(),
];

/** Refusals that block on a state (the contract's, a payment's, an invoice's, the money in): DESIGN.md rule 16. */
const STATE_REFUSALS = samples.filter((error) =>
  [
    'ledger_contract_status',
    'ledger_delivery_not_allowed',
    'ledger_payment_decided',
    'ledger_invoice_status',
    'ledger_invoice_threshold',
    'ledger_cancel_not_allowed',
    'ledger_schedule_locked',
    'ledger_won_requires_contract',
    'ledger_no_contract',
  ].includes(error.code),
);

describe('every ledger refusal reads well in both languages', () => {
  it('covers every state a contract can be in and every way delivery waits', () => {
    expect(STATE_REFUSALS.map((error) => error.messageKey)).toEqual(
      expect.arrayContaining([
        ...CONTRACT_STATUSES.map((status) => `ledger.error.status.${status}`),
        'ledger.error.delivery.unsigned',
        'ledger.error.delivery.unsignedUnpaid',
        'ledger.error.delivery.first_payment',
        'ledger.error.delivery.upfront',
      ]),
    );
  });

  it.each(STATE_REFUSALS.map((error) => [error.messageKey, error] as const))(
    '%s names the next step: a command or a button, in English and Chinese',
    (_key, error) => {
      const key = error.messageKey as keyof typeof en;
      // A command in code (`/payment …`) or a button in bold (*Mark signed*) — the next step, not only the state.
      const nextStep = /`\/[a-z]+[^`]*`|\*[^*]+\*/;
      expect(en[key]).toMatch(nextStep);
      expect(zhCN[key]).toMatch(nextStep);
    },
  );

  it.each(samples.map((error) => [error.code, error] as const))(
    '%s has a message in English and Chinese naming each parameter',
    (_code, error) => {
      const key = error.messageKey as keyof typeof en;
      expect(en[key]).toBeTruthy();
      expect(zhCN[key]).toBeTruthy();
      for (const param of [...(en[key].match(/\{\w+\}/g) ?? []), ...(zhCN[key].match(/\{\w+\}/g) ?? [])])
        expect(Object.keys(error.params ?? {})).toContain(param.slice(1, -1));
    },
  );
});
