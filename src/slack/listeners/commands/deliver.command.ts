import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { dispatchDelivery } from '../../../features/ledger/contracts.usecases.js';
import { COMMANDS } from '../../ids.js';
import { noteInLeadThread } from '../../ledger/ledger-announcer.js';
import { parseDeliverCommand } from '../../ledger/ledger-command-parser.js';
import { userMention } from '../../mrkdwn.js';
import { onCommand } from '../../requests/after-ack.js';
import { contractTitle } from '../../views/ledger/ledger-format.js';

/** `/deliver <lead or contract>`: dispatch, refused until the first payment (or the upfront share) is confirmed. */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.deliver,
    onCommand(deps, async ({ command, respond, client, request }) => {
      const { actor, team, t, log } = request;
      const parsed = parseDeliverCommand(command.text);
      if (parsed.kind === 'help') {
        await respond({ response_type: 'ephemeral', text: t('ledger.command.deliverUsage') });
        return;
      }
      const contract = await dispatchDelivery({ ...deps, actor, ref: parsed.ref });
      log.info({ contractId: contract.id }, 'delivery dispatched');
      await respond({
        response_type: 'ephemeral',
        text: t('ledger.deliver.reply', { contract: contractTitle(contract) }),
      });
      await noteInLeadThread(
        { deps, client, team, log },
        {
          actor,
          contract,
          text: (tr) =>
            tr('ledger.thread.dispatched', {
              contract: contractTitle(contract),
              user: userMention(actor.userId),
            }),
        },
      );
    }),
  );
}
