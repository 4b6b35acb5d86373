import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { serviceSubjectFromCommand } from '../../features/service/service.usecases.js';
import type { RequestContext } from '../context.js';
import { escapeMrkdwn, userMention } from '../mrkdwn.js';
import { openModal } from '../requests/modals.js';
import { buildServiceRequestModal } from '../views/service/service-modals.js';

/** Whether `/service` was typed with a customer: then it opens a form (and must beat the trigger's 3 s). */
export const serviceCommandOpensForm = (text: string) => Boolean(text.trim()) && text.trim() !== 'help';

/**
 * `/service <customer> <what happened>`: the new-request form for that customer, what happened filled in. With no
 * customer, how to use it; with several matching, which ones (to pick by number). Replies are private.
 */
export async function answerServiceCommand(input: {
  deps: AppDeps;
  client: WebClient;
  request: RequestContext;
  text: string;
  triggerId: string;
}): Promise<{ text: string } | undefined> {
  const { deps, request, text } = input;
  const { actor, t } = request;
  if (!serviceCommandOpensForm(text)) return { text: t('service.usage') };
  const found = await serviceSubjectFromCommand({ ...deps, actor, text });
  if ('many' in found) {
    const head = t('service.search.many', { text: escapeMrkdwn(found.ref), total: found.total });
    const lines = found.many.map((c) => `• #${c.id} ${escapeMrkdwn(c.name)} · ${userMention(c.ownerUserId)}`);
    return { text: [head, ...lines].join('\n') };
  }
  const { customer, contractId } = found.subject;
  const view = buildServiceRequestModal({
    customer,
    subject: { customerId: customer.id, contractId },
    description: found.description,
    t,
  });
  await openModal({ client: input.client, triggerId: input.triggerId, view, request });
  return undefined;
}
