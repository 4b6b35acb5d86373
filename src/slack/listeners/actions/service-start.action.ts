import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { startServiceRequest } from '../../../features/service/service-states.usecases.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';
import { refreshServiceMessage } from '../../service/service-announcer.js';
import { decodeServiceRequestRef } from '../../service/service-values.js';

/** "Start work" on a service request: open → in progress; its message shows it. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.serviceStart,
    onAction<BlockButtonAction>(deps, async ({ action, client, request }) => {
      const requestId = decodeServiceRequestRef(action.value) ?? Number.NaN;
      const { request: service } = await startServiceRequest({ ...deps, actor: request.actor, requestId });
      await refreshServiceMessage({ deps, client, request, service });
    }),
  );
}
