import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { serviceRequestForOutcome } from '../../../features/service/service-states.usecases.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { decodeServiceRequestRef } from '../../service/service-values.js';
import { buildServiceOutcomeModal } from '../../views/service/service-modals.js';

/** "Resolve" and "Close" on a service request: the form for what was done (and, to close, the satisfaction). */
export function register(app: App, deps: AppDeps): void {
  for (const [actionId, mode] of [
    [ACTIONS.serviceResolve, 'resolve'],
    [ACTIONS.serviceClose, 'close'],
  ] as const)
    app.action<BlockButtonAction>(
      actionId,
      onAction<BlockButtonAction>(
        deps,
        async ({ action, body, client, request }) => {
          const requestId = decodeServiceRequestRef(action.value) ?? Number.NaN;
          const service = await serviceRequestForOutcome({ ...deps, actor: request.actor, requestId, mode });
          const view = buildServiceOutcomeModal({ mode, request: service, t: request.t });
          await openModal({ client, triggerId: body.trigger_id, view, request });
        },
        { urgent: true },
      ),
    );
}
