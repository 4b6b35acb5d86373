import type { App, BlockAction, BlockButtonAction, BlockElementAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { parseLeadCommand } from '../../leads/lead-command-parser.js';
import { decodeListPage } from '../../leads/lead-list-page.js';
import { leadCardMessage, leadListMessage } from '../../leads/leads.presenter.js';
import { onAction } from '../../requests/after-ack.js';

/** The lead an Open button carries, or the one picked in a list's "Open a lead…" menu. */
function chosenLead(action: BlockElementAction): number {
  if (action.type === 'button') return Number(action.value);
  if (action.type === 'static_select') return Number(action.selected_option?.value);
  return Number.NaN;
}

/** "Open" (a button or the list's menu) shows the card; the page buttons re-run the list's query on another page. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockAction>(
    ACTIONS.leadOpen,
    onAction<BlockAction>(deps, async ({ action, respond, request }) => {
      const message = await leadCardMessage(deps, request.actor, chosenLead(action));
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
