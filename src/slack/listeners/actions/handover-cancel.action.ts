import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';

/** "Cancel" under a handover preview: the preview is replaced by "nothing was handed over". */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.handoverCancel,
    onAction<BlockButtonAction>(deps, async ({ respond, request }) => {
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        text: request.t('handover.cancelled'),
      });
    }),
  );
}
