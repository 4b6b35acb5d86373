import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { decodePick } from '../../approvals/approval-command-parser.js';
import { openRequestModal } from '../../approvals/request-modal.js';
import { requestContext } from '../../context.js';
import { ACTIONS } from '../../ids.js';
import { describeError } from '../../user-error.js';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The card's "Request discount" / "Contract approval" buttons, and "Choose" in a several-leads list. */
export function register(app: App, deps: AppDeps): void {
  const open = async (args: Args, kind: 'discount' | 'contract', leadId: number, percent?: string) => {
    const { actor, team, t, log } = requestContext(args.context);
    try {
      await openRequestModal({
        deps,
        client: args.client,
        triggerId: args.body.trigger_id,
        actor,
        team,
        t,
        kind,
        leadId,
        ...(percent ? { percent } : {}),
        responseUrl: args.body.response_url,
      });
    } catch (error) {
      await args.respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: describeError(error, t, log),
      });
    }
  };
  app.action<BlockButtonAction>(ACTIONS.leadRequestDiscount, async (args: Args) => {
    await args.ack();
    await open(args, 'discount', Number(args.action.value));
  });
  app.action<BlockButtonAction>(ACTIONS.leadRequestContract, async (args: Args) => {
    await args.ack();
    await open(args, 'contract', Number(args.action.value));
  });
  app.action<BlockButtonAction>(new RegExp(`^${ACTIONS.approvalPickLead}_\\d+$`), async (args: Args) => {
    await args.ack();
    const pick = decodePick(args.action.value);
    if (pick) await open(args, pick.kind, pick.leadId, pick.percent);
  });
}
