import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { contractMessage } from '../../ledger/ledger.presenter.js';
import { parseContractButtonValue } from '../../ledger/ledger-values.js';
import { onAction } from '../../requests/after-ack.js';

/** "Open" on a ledger line or a notice: the contract as it is now, with the buttons the caller may use. */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.contractOpen,
    onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
      const clicked = parseContractButtonValue(action.value);
      const message = await contractMessage(deps, request, {
        kind: 'id',
        contractId: clicked?.contractId ?? Number.NaN,
      });
      await respond({ response_type: 'ephemeral', replace_original: false, ...message });
    }),
  );
}
