import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { customerCredit } from '../../features/customers/credit.usecases.js';
import { previewCustomerMerge } from '../../features/customers/customer-merge.usecases.js';
import { customerCard, findCustomers } from '../../features/customers/customers.usecases.js';
import { customerServiceSummary } from '../../features/service/service-card.usecases.js';
import type { RequestContext } from '../context.js';
import { openModal } from '../requests/modals.js';
import { buildCustomerCard, buildCustomerSearchReply } from '../views/customers/customer-card.js';
import { buildMergePreview } from '../views/customers/customer-merge-preview.js';
import { buildImportUploadModal } from '../views/imports/import-modals.js';
import { buildCustomerServiceSection } from '../views/service/customer-service-section.js';
import { isCustomerExport, uploadCustomerExport } from './customer-export-upload.js';
import { parseMergeCommand } from './customer-merge-values.js';

/** `/customer import` (or 导入): the upload modal, whose trigger_id must be used within 3 seconds. */
export const isCustomerImport = (text: string) => /^(import|导入)$/i.test(text.trim());

/**
 * `/customer <name or #id>` answered privately: the card of the one customer, the matches, or how to use it;
 * `/customer import` opens the import modal (the same file flow as `/lead import`) and answers nothing.
 */
export async function answerCustomerCommand(input: {
  deps: AppDeps;
  client: WebClient;
  request: RequestContext;
  text: string;
  triggerId: string;
}): Promise<{ text: string; blocks?: KnownBlock[] } | undefined> {
  const { deps, request, text } = input;
  const { actor, t } = request;
  const ref = text.trim();
  if (!ref || ref === 'help')
    return {
      text: [
        t('customers.usage'),
        t('customers.export.usage'),
        t('customers.import.usage'),
        t('customers.merge.usage'),
      ].join('\n'),
    };
  if (isCustomerImport(ref)) {
    const view = buildImportUploadModal({
      t,
      target: { kind: 'customers', currency: request.team.currency },
    });
    await openModal({ client: input.client, triggerId: input.triggerId, view, request });
    return undefined;
  }
  if (isCustomerExport(ref))
    return { text: await uploadCustomerExport({ deps, client: input.client, request }) };
  const merge = parseMergeCommand(ref);
  if (merge === 'usage') return { text: t('customers.merge.usage') };
  if (merge) return buildMergePreview(await previewCustomerMerge({ ...deps, actor, ...merge }), t);
  const found = await findCustomers({ ...deps, actor, ref });
  if (found.kind === 'many') return buildCustomerSearchReply(found, ref, t);
  const [card, credit, service] = await Promise.all([
    customerCard({ ...deps, actor, customer: found.customer }),
    customerCredit({ ...deps, actor, customer: found.customer }),
    customerServiceSummary({ ...deps, customer: found.customer }),
  ]);
  const built = buildCustomerCard(card, { t, locale: actor.locale, credit });
  // The service section (open requests, next revisit) is its own builder, after the card's own blocks.
  return { ...built, blocks: [...built.blocks, ...buildCustomerServiceSection(service, t)] };
}
