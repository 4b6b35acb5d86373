import type { App, BlockAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { loadPolicy, startRequest } from '../../../features/approvals/requests.usecases.js';
import { decodeRequestMetadata, requestModal } from '../../approvals/request-modal.js';
import { BLOCKS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { updateModal } from '../../requests/modals.js';
import { readContractForm, readDiscountForm } from '../../views/approvals/approval-request-modal.js';
import type { ViewStateValues } from '../../views/blocks.js';

/** Re-computes "who will approve" when the percent, amount or upfront share changes in an open modal. */
export function register(app: App, deps: AppDeps): void {
  const preview = onAction<BlockAction>(deps, async ({ body, client, request }) => {
    const { actor, team, t, log } = request;
    const view = body.view;
    const metadata = decodeRequestMetadata(view?.private_metadata);
    if (!view || !metadata) return;
    try {
      const values = view.state.values as unknown as ViewStateValues;
      const { lead } = await startRequest({ ...deps, actor, leadId: metadata.leadId, kind: metadata.kind });
      const updated = await requestModal({
        deps,
        actor,
        team,
        t,
        lead,
        policy: await loadPolicy({ ...deps, teamId: actor.teamId }),
        metadata,
        values: metadata.kind === 'discount' ? readDiscountForm(values) : readContractForm(values),
      });
      await updateModal({ client, viewId: view.id, hash: view.hash, view: updated, request });
    } catch (error) {
      // A stale hash (the user kept typing) or a closed lead: the submit will say what is wrong.
      log.info({ err: error }, 'approval route preview not updated');
    }
  });
  for (const id of [BLOCKS.discountPercent, BLOCKS.contractAmount, BLOCKS.upfrontPercent])
    app.action<BlockAction>({ action_id: id, type: 'block_actions' }, preview);
}
