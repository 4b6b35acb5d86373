import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { startCreditLimit } from '../../../features/customers/credit.usecases.js';
import { decodeCreditLimitButton } from '../../credit/credit-values.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildCreditLimitModal } from '../../views/customers/credit-limit-modal.js';

/** "Set credit limit" on a customer's card: finance's limit form (anyone else is told who sets it). */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.customerSetCreditLimit,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, team, t } = request;
        // A value this app did not write reads as no customer: the use case answers "not found".
        const clicked = decodeCreditLimitButton(action.value);
        const { customer, limit, currency } = await startCreditLimit({
          ...deps,
          actor,
          team,
          customerId: clicked?.customerId ?? Number.NaN,
        });
        const view = buildCreditLimitModal({ customer, limit, currency, t });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
