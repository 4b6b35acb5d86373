import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { decodePick } from '../../approvals/approval-command-parser.js';
import { openRequestModal } from '../../approvals/request-modal.js';
import { ACTIONS } from '../../ids.js';
import { decodeCardButton } from '../../leads/lead-card-values.js';
import { type ActionArgs, onAction, type WithRequest } from '../../requests/after-ack.js';

type Args = WithRequest<ActionArgs<BlockButtonAction>>;

/** The card's "Request discount" / "Contract approval" buttons, and "Choose" in a several-leads list. */
export function register(app: App, deps: AppDeps): void {
  const open = (
    { client, body, request }: Args,
    kind: 'discount' | 'contract',
    leadId: number,
    percent?: string,
  ) =>
    openRequestModal({
      deps,
      client,
      triggerId: body.trigger_id,
      actor: request.actor,
      team: request.team,
      t: request.t,
      kind,
      leadId,
      ...(percent ? { percent } : {}),
      responseUrl: body.response_url,
    });
  const fromCard = (kind: 'discount' | 'contract') =>
    onAction<BlockButtonAction>(
      deps,
      (args) => open(args, kind, decodeCardButton(args.action.value)?.leadId ?? NaN),
      {
        urgent: true,
      },
    );
  app.action<BlockButtonAction>(ACTIONS.leadRequestDiscount, fromCard('discount'));
  app.action<BlockButtonAction>(ACTIONS.leadRequestContract, fromCard('contract'));
  app.action<BlockButtonAction>(
    new RegExp(`^${ACTIONS.approvalPickLead}_\\d+$`),
    onAction<BlockButtonAction>(
      deps,
      async (args) => {
        const pick = decodePick(args.action.value);
        if (pick) await open(args, pick.kind, pick.leadId, pick.percent);
      },
      { urgent: true },
    ),
  );
}
