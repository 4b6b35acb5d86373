import type { CreditLimit } from '../../../features/customers/credit.types.js';
import type { Customer } from '../../../features/customers/customers.types.js';
import type { Translate } from '../../../i18n/index.js';
import { minorToDecimal } from '../../../lib/money/minor-units.js';
import { encodeCreditLimitButton } from '../../credit/credit-values.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { type ModalView, modalShell, mrkdwn } from '../blocks.js';
import { textInput } from '../modal-inputs.js';

/** Finance's "Set credit limit": one money field in the team's currency, carrying the customer's version. */
export function buildCreditLimitModal(input: {
  customer: Customer;
  limit: CreditLimit;
  currency: string;
  t: Translate;
}): ModalView {
  const { customer, limit, currency, t } = input;
  const current =
    limit.limitMinor !== null && limit.currency === currency
      ? minorToDecimal(limit.limitMinor, currency)
      : null;
  return modalShell({
    callbackId: VIEWS.creditLimit,
    title: t('credit.modal.title'),
    submit: t('ledger.modal.save'),
    close: t('common.cancel'),
    metadata: encodeCreditLimitButton({ customerId: customer.id, version: limit.version, currency }),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(t('credit.modal.intro', { id: customer.id, name: escapeMrkdwn(customer.name) })),
      },
      textInput(BLOCKS.creditLimitAmount, t('credit.modal.amount', { currency }), {
        value: current,
        max: 40,
        hint: t('credit.modal.hint'),
      }),
    ],
  });
}
