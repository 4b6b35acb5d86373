import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { revisitForLog } from '../../../features/revisits/revisits.usecases.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { decodeRevisitRef } from '../../revisits/revisit-values.js';
import { buildLogRevisitModal } from '../../views/revisits/revisit-modal.js';

/** "Log revisit" in the morning DM: the form, unless the revisit is logged already (then who logged it, and what). */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.revisitLog,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        // A value this app did not write reads as no revisit: the use case answers "not found".
        const revisitId = decodeRevisitRef(action.value) ?? Number.NaN;
        const revisit = await revisitForLog({ ...deps, actor: request.actor, revisitId });
        const view = buildLogRevisitModal({ revisit, t: request.t });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
