import type { WebClient } from '@slack/web-api';
import type { RequestContext } from '../context.js';
import type { ModalView } from '../views/blocks.js';
import { spendTrigger } from './trigger-client.js';
import { withCaller } from './view-submission.js';

/**
 * Opens a modal in the caller's language; it records that language and their zone for its submission. The call
 * spends the trigger, so it goes through the trigger client (see trigger-client.ts); when the modal cannot open
 * in time the user is told to run the command again.
 */
export async function openModal(input: {
  client: WebClient;
  triggerId: string;
  view: ModalView;
  request: Pick<RequestContext, 'actor'>;
}): Promise<void> {
  const view = withCaller(input.view, input.request.actor);
  await spendTrigger(input.client, (twin) => twin.views.open({ trigger_id: input.triggerId, view }));
}

/** Replaces an open modal (e.g. one a button inside it belongs to), keeping its language recorded. */
export async function updateModal(input: {
  client: WebClient;
  viewId: string;
  hash?: string;
  view: ModalView;
  request: Pick<RequestContext, 'actor'>;
}): Promise<void> {
  await input.client.views.update({
    view_id: input.viewId,
    ...(input.hash ? { hash: input.hash } : {}),
    view: withCaller(input.view, input.request.actor),
  });
}
