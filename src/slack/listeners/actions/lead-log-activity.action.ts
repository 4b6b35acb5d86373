import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { localTimeOfDay } from '../../../features/leads/lead-progress-input.js';
import { todayFor } from '../../../features/leads/leads.usecases.js';
import { ACTIONS } from '../../ids.js';
import { registerLeadModalButton } from '../../leads/open-lead-modal.js';
import { buildLogActivityModal } from '../../views/leads/log-activity-modal.js';

/** "Log activity" on a lead card: what happened, when (now by default, in the rep's time zone), what next. */
export function register(app: App, deps: AppDeps): void {
  registerLeadModalButton(app, deps, ACTIONS.leadLogActivity, ({ lead, metadata, request }) => {
    return buildLogActivityModal({
      lead,
      today: todayFor(request.actor, deps.clock),
      now: localTimeOfDay(deps.clock.now(), request.actor.timezone),
      metadata,
      t: request.t,
    });
  });
}
