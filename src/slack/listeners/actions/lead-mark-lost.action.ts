import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { registerLeadModalButton } from '../../leads/open-lead-modal.js';
import { buildMarkLostModal } from '../../views/leads/close-lead-modals.js';

/** "Mark lost" on a lead card asks for a reason from the list and a note. */
export function register(app: App, deps: AppDeps): void {
  registerLeadModalButton(app, deps, ACTIONS.leadMarkLost, ({ lead, metadata, request }) =>
    buildMarkLostModal({ lead, metadata, t: request.t }),
  );
}
