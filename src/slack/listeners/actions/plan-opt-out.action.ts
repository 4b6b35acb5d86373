import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { setCheckInOptOut } from '../../../features/targets/target-settings.usecases.js';
import { ACTIONS } from '../../ids.js';
import { onAction } from '../../requests/after-ack.js';

/** "Stop check-ins": the clicker stops getting the morning check-in; `/target checkin on` brings it back. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.planOptOut,
    onAction<BlockButtonAction>(deps, async ({ respond, request }) => {
      const { actor, t } = request;
      await setCheckInOptOut({ ...deps, actor, optOut: true });
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: t('targets.command.optedOut'),
      });
    }),
  );
}
