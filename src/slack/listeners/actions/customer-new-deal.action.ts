import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { repeatOrderForm } from '../../../features/customers/repeat-order.usecases.js';
import { decodeCustomerButton } from '../../customers/customer-values.js';
import { ACTIONS } from '../../ids.js';
import { encodeLeadFormMetadata } from '../../leads/lead-form-metadata.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildLeadFormModal } from '../../views/leads/lead-form-modal.js';

/** "New deal" on a customer's card: the new-lead form, filled with the customer, for a repeat order. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.customerNewDeal,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, team, t } = request;
        // A value this app did not write reads as no customer: the use case answers "not found".
        const clicked = decodeCustomerButton(action.value) ?? { customerId: Number.NaN };
        const { customerId, values } = await repeatOrderForm({
          ...deps,
          actor,
          team,
          customerId: clicked.customerId,
        });
        const view = buildLeadFormModal({
          mode: 'new',
          values,
          metadata: encodeLeadFormMetadata({
            customerId,
            ...(body.channel ? { channelId: body.channel.id } : {}),
          }),
          t,
        });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
