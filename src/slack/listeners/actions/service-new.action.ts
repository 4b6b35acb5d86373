import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import {
  serviceSubjectForContract,
  serviceSubjectForCustomer,
} from '../../../features/service/service.usecases.js';
import { decodeCustomerButton } from '../../customers/customer-values.js';
import { ACTIONS } from '../../ids.js';
import { parseContractButtonValue } from '../../ledger/ledger-values.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildServiceRequestModal } from '../../views/service/service-modals.js';

/** "Service request" on a customer card or a contract: the new-request form for that customer (and contract). */
export function register(app: App, deps: AppDeps): void {
  for (const actionId of [ACTIONS.serviceNewForCustomer, ACTIONS.serviceNewForContract])
    app.action<BlockButtonAction>(
      actionId,
      onAction<BlockButtonAction>(
        deps,
        async ({ action, body, client, request }) => {
          const { actor, t } = request;
          // A value this app did not write reads as no customer or contract: the use case answers "not found".
          const subject =
            actionId === ACTIONS.serviceNewForCustomer
              ? await serviceSubjectForCustomer({
                  ...deps,
                  actor,
                  customerId: decodeCustomerButton(action.value)?.customerId ?? Number.NaN,
                })
              : await serviceSubjectForContract({
                  ...deps,
                  actor,
                  contractId: parseContractButtonValue(action.value)?.contractId ?? Number.NaN,
                });
          const view = buildServiceRequestModal({
            customer: subject.customer,
            subject: { customerId: subject.customer.id, contractId: subject.contractId },
            description: '',
            t,
          });
          await openModal({ client, triggerId: body.trigger_id, view, request });
        },
        { urgent: true },
      ),
    );
}
