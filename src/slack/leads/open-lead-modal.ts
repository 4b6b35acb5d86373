import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import type { Lead } from '../../features/leads/leads.types.js';
import { loadVisibleLead } from '../../features/leads/leads.usecases.js';
import { type RequestContext, requestContext } from '../context.js';
import { describeError } from '../user-error.js';
import type { ModalView } from '../views/blocks.js';
import { cardOrigin } from './card-origin.js';
import { encodeLeadFormMetadata } from './lead-form-metadata.js';

/**
 * A lead card button that opens a modal about that lead. The lead id comes from the button, but whether the
 * clicker may see (and so change) it is decided by `loadVisibleLead`; anyone else gets "not found" privately.
 * The modal carries the lead id and where the card lives, to refresh it after saving.
 */
export function registerLeadModalButton(
  app: App,
  deps: AppDeps,
  actionId: string,
  build: (input: { lead: Lead; metadata: string; context: RequestContext }) => ModalView,
): void {
  app.action<BlockButtonAction>(
    actionId,
    async ({
      ack,
      action,
      body,
      client,
      respond,
      context,
    }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const ctx = requestContext(context);
      try {
        const lead = await loadVisibleLead({ ...deps, actor: ctx.actor, leadId: Number(action.value) });
        const metadata = encodeLeadFormMetadata(cardOrigin(body as BlockAction, lead.id));
        await client.views.open({
          trigger_id: body.trigger_id,
          view: build({ lead, metadata, context: ctx }),
        });
      } catch (error) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: describeError(error, ctx.t, ctx.log),
        });
      }
    },
  );
}
