import type { App, BlockAction, BlockStaticSelectAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { changeStage } from '../../../features/leads/lead-progress.usecases.js';
import { StaleLeadError } from '../../../features/leads/leads.errors.js';
import { ACTIONS } from '../../ids.js';
import { afterLeadChange } from '../../leads/after-lead-change.js';
import { cardOrigin } from '../../leads/card-origin.js';
import { decodeStageOption } from '../../leads/lead-card-values.js';
import { answerStaleCard } from '../../leads/stale-lead.js';
import { onAction } from '../../requests/after-ack.js';

/**
 * The card's stage menu. The option names the lead, the stage and the version the card showed; the move is
 * conditional on that version, so a card older than the lead changes nothing and is refreshed instead. Who may
 * move the lead is the use case's decision.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockStaticSelectAction>(
    ACTIONS.leadChangeStage,
    onAction<BlockStaticSelectAction>(deps, async ({ action, body, client, request }) => {
      const { actor, team, t, log } = request;
      const picked = decodeStageOption(action.selected_option.value);
      const origin = cardOrigin(body as BlockAction, picked?.leadId ?? 0);
      try {
        const result = await changeStage({
          ...deps,
          actor,
          leadId: picked?.leadId ?? NaN,
          stage: picked?.stage ?? '',
          ...(picked?.seen ? { seen: picked.seen } : {}),
        });
        if (!result.changed) return;
        log.info({ leadId: result.lead.id, to: result.lead.stage }, 'lead stage changed');
        await afterLeadChange({
          deps,
          client,
          actor,
          team,
          t,
          lead: result.lead,
          change: result.change,
          origin,
        });
      } catch (error) {
        if (!(error instanceof StaleLeadError)) throw error;
        await answerStaleCard({ deps, client, body, request, team, error, origin });
      }
    }),
  );
}
