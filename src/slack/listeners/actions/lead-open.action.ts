import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { parseLeadCommand } from '../../leads/lead-command-parser.js';
import { decodeListPage } from '../../leads/lead-list-page.js';
import { leadCardMessage, leadListMessage } from '../../leads/leads.presenter.js';
import { onAction } from '../../requests/after-ack.js';

/** "Open" in a list shows the card; the page buttons re-run the list's query on another page. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.leadOpen,
    onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
      const message = await leadCardMessage(deps, request.actor, Number(action.value));
      await respond({ response_type: 'ephemeral', replace_original: false, ...message });
    }),
  );

  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.leadListPage}_\\d+$`),
    onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
      const page = decodeListPage(action.value);
      const parsed = parseLeadCommand(page?.query ?? '');
      if (!page || parsed.kind !== 'list') return;
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...(await leadListMessage(deps, request.actor, request.t, parsed.filter, page.page)),
      });
    }),
  );
}
