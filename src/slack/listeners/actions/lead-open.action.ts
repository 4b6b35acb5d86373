import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { parseLeadCommand } from '../../leads/lead-command-parser.js';
import { leadCardMessage, leadListMessage } from '../../leads/leads.presenter.js';
import { describeError } from '../../user-error.js';

/** "Open" in a list shows the card; the page buttons re-run the list's query on another page. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.leadOpen,
    async ({
      ack,
      action,
      respond,
      context,
    }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const { actor, t, log } = requestContext(context);
      try {
        const message = await leadCardMessage(deps, actor, Number(action.value));
        await respond({ response_type: 'ephemeral', replace_original: false, ...message });
      } catch (error) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: describeError(error, t, log),
        });
      }
    },
  );

  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.leadListPage}_\\d+$`),
    async ({
      ack,
      action,
      respond,
      context,
    }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const { actor, t, log } = requestContext(context);
      try {
        const { q, p } = JSON.parse(action.value ?? '{}') as { q?: string; p?: number };
        const parsed = parseLeadCommand(q ?? '');
        if (parsed.kind !== 'list') return;
        await respond({
          response_type: 'ephemeral',
          replace_original: true,
          ...(await leadListMessage(deps, actor, t, parsed.filter, p ?? 0)),
        });
      } catch (error) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: describeError(error, t, log),
        });
      }
    },
  );
}
