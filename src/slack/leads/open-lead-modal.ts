import type { App, BlockAction, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import type { Lead } from '../../features/leads/leads.types.js';
import { loadVisibleLead } from '../../features/leads/leads.usecases.js';
import type { RequestContext } from '../context.js';
import { onAction } from '../requests/after-ack.js';
import { openModal } from '../requests/modals.js';
import type { ModalView } from '../views/blocks.js';
import { cardOrigin } from './card-origin.js';
import { decodeCardButton } from './lead-card-values.js';
import { encodeLeadFormMetadata } from './lead-form-metadata.js';

/**
 * A lead card button that opens a modal about that lead. The lead id comes from the button, but whether the
 * clicker may see (and so change) it is decided by `loadVisibleLead`; anyone else gets "not found" privately.
 * The modal is built from the lead as it is now, and carries its id, version and where the card lives: saving
 * is conditional on that version, and refreshes the card.
 */
export function registerLeadModalButton(
  app: App,
  deps: AppDeps,
  actionId: string,
  build: (input: { lead: Lead; metadata: string; request: RequestContext }) => ModalView,
): void {
  app.action<BlockButtonAction>(
    actionId,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const clicked = decodeCardButton(action.value);
        const lead = await loadVisibleLead({ ...deps, actor: request.actor, leadId: clicked?.leadId ?? NaN });
        const metadata = encodeLeadFormMetadata({
          ...cardOrigin(body as BlockAction, lead.id),
          version: lead.version,
          seenAt: deps.clock.now().getTime(),
        });
        await openModal({
          client,
          triggerId: body.trigger_id,
          view: build({ lead, metadata, request }),
          request,
        });
      },
      { urgent: true },
    ),
  );
}
