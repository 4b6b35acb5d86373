import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../deps.js';
import { customerCard, findCustomers } from '../../features/customers/customers.usecases.js';
import { customerServiceSummary } from '../../features/service/service-card.usecases.js';
import type { RequestContext } from '../context.js';
import { buildCustomerCard, buildCustomerSearchReply } from '../views/customers/customer-card.js';
import { buildCustomerServiceSection } from '../views/service/customer-service-section.js';

/** `/customer <name or #id>` answered privately: the card of the one customer, the matches, or how to use it. */
export async function answerCustomerCommand(input: {
  deps: AppDeps;
  request: RequestContext;
  text: string;
}): Promise<{ text: string; blocks?: KnownBlock[] }> {
  const { deps, request, text } = input;
  const { actor, t } = request;
  const ref = text.trim();
  if (!ref || ref === 'help') return { text: t('customers.usage') };
  const found = await findCustomers({ ...deps, actor, ref });
  if (found.kind === 'many') return buildCustomerSearchReply(found, ref, t);
  const [card, service] = await Promise.all([
    customerCard({ ...deps, actor, customer: found.customer }),
    customerServiceSummary({ ...deps, customer: found.customer }),
  ]);
  const built = buildCustomerCard(card, { t, locale: actor.locale });
  // The service section (open requests, next revisit) is its own builder, after the card's own blocks.
  return { ...built, blocks: [...built.blocks, ...buildCustomerServiceSection(service, t)] };
}
