import type { WebClient } from '@slack/web-api';
import type { RequestContext } from '../context.js';
import type { ModalView } from '../views/blocks.js';
import { withCaller } from './view-submission.js';

/** Opens a modal in the caller's language; it records that language and their zone for its submission. */
export async function openModal(input: {
  client: WebClient;
  triggerId: string;
  view: ModalView;
  request: Pick<RequestContext, 'actor'>;
}): Promise<void> {
  await input.client.views.open({
    trigger_id: input.triggerId,
    view: withCaller(input.view, input.request.actor),
  });
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
