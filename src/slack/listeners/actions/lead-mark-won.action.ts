import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { registerLeadModalButton } from '../../leads/open-lead-modal.js';
import { buildMarkWonModal } from '../../views/leads/close-lead-modals.js';

/** "Mark won" on a lead card asks for the final amount. */
export function register(app: App, deps: AppDeps): void {
  registerLeadModalButton(app, deps, ACTIONS.leadMarkWon, ({ lead, metadata, request }) =>
    buildMarkWonModal({ lead, metadata, t: request.t }),
  );
}
