import type { App, BlockButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../../deps.js';
import { customerCredit } from '../../../features/customers/credit.usecases.js';
import { confirmCustomerLead, customerCard } from '../../../features/customers/customers.usecases.js';
import { decodeCustomerButton } from '../../customers/customer-values.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { onAction } from '../../requests/after-ack.js';
import { mrkdwn } from '../../views/blocks.js';
import { buildCustomerCard } from '../../views/customers/customer-card.js';

/**
 * "This is the customer" next to a look-alike lead on a customer's card: the rep files the lead under it, and the
 * card is replaced by the customer as it is now, with what happened on top.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.customerConfirmLead,
    onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
      const { actor, t } = request;
      const clicked = decodeCustomerButton(action.value);
      const { customer, leadId } = await confirmCustomerLead({
        ...deps,
        actor,
        customerId: clicked?.customerId ?? Number.NaN,
        leadId: clicked?.leadId ?? Number.NaN,
      });
      const notice = t('customers.linked', { leadId, id: customer.id, name: escapeMrkdwn(customer.name) });
      const [found, credit] = await Promise.all([
        customerCard({ ...deps, actor, customer }),
        customerCredit({ ...deps, actor, customer }),
      ]);
      const card = buildCustomerCard(found, { t, locale: actor.locale, credit });
      const top: KnownBlock = { type: 'section', text: mrkdwn(notice) };
      await respond({ replace_original: true, text: notice, blocks: [top, ...card.blocks] });
    }),
  );
}
