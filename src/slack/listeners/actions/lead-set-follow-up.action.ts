import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { newLeadDefaults } from '../../../features/leads/leads.usecases.js';
import { ACTIONS } from '../../ids.js';
import { registerLeadModalButton } from '../../leads/open-lead-modal.js';
import { buildFollowUpModal } from '../../views/followups/follow-up-modal.js';

/** "Set follow-up" on a lead card: the current follow-up, or the next working day, to start from. */
export function register(app: App, deps: AppDeps): void {
  registerLeadModalButton(app, deps, ACTIONS.leadSetFollowUp, ({ lead, metadata, request }) =>
    buildFollowUpModal({
      lead,
      suggested: newLeadDefaults({ ...request, clock: deps.clock }).nextFollowUpOn,
      metadata,
      t: request.t,
    }),
  );
}
