import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { readCreditLimit, setCreditLimit } from '../../../features/customers/credit.usecases.js';
import type { MessageKey } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { moneyFieldError } from '../../../lib/parse/money-argument.js';
import { decodeCreditLimitButton } from '../../credit/credit-values.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';

/**
 * Saving a customer's credit limit: the amount is read as money of the form's currency before the ack (inline
 * error under the field); finance only and conditional on the customer's version after it.
 */
export function register(app: App, deps: AppDeps): void {
  const amountOf = (view: { state: { values: unknown } }) =>
    readInput(view.state.values as ViewStateValues, BLOCKS.creditLimitAmount);
  app.view(
    VIEWS.creditLimit,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const currency = decodeCreditLimitButton(view.private_metadata)?.currency ?? 'CNY';
        const read = readCreditLimit(amountOf(view), currency);
        return read.ok
          ? undefined
          : { [BLOCKS.creditLimitAmount]: t(moneyFieldError(read.problem) as MessageKey) };
      },
      work: async ({ view, request, modal }) => {
        const { actor, team, t } = request;
        const carried = decodeCreditLimitButton(view.private_metadata);
        const { customer, limit } = await setCreditLimit({
          ...deps,
          actor,
          team,
          customerId: carried?.customerId ?? Number.NaN,
          expectedVersion: carried?.version ?? -1,
          amountText: amountOf(view),
        });
        const name = escapeMrkdwn(customer.name);
        await modal.done(
          limit.limitMinor === null || limit.currency === null
            ? t('credit.done.cleared', { id: customer.id, name })
            : t('credit.done.set', {
                id: customer.id,
                name,
                limit: formatMinor(limit.limitMinor, limit.currency),
              }),
        );
      },
    }),
  );
}
