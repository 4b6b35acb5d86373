import { removeQuoteLogo, startLogoUpload } from '../../features/quotes/quote-logo.usecases.js';
import { openModal } from '../requests/modals.js';
import type { SalesflowSubcommandHandler } from '../team/salesflow-subcommand.types.js';
import { buildQuoteLogoModal } from '../views/quotes/quote-logo-modal.js';

const REMOVE = new Set(['remove', 'delete', 'off', 'none', '删除', '移除']);

/**
 * `/salesflow logo` opens the upload form for the logo on quote PDFs; `/salesflow logo remove` removes it. Admins
 * only: the use cases refuse anyone else, saying who can.
 */
export const logoSubcommand: SalesflowSubcommandHandler = async ({
  deps,
  command,
  args,
  client,
  respond,
  request,
}) => {
  const { actor, t } = request;
  const reply = (text: string) => respond({ response_type: 'ephemeral', text });
  const words = args.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    const { current } = await startLogoUpload({ ...deps, actor });
    await openModal({
      client,
      triggerId: command.trigger_id,
      view: buildQuoteLogoModal({ current, t }),
      request,
    });
    return;
  }
  if (words.length === 1 && REMOVE.has(words[0] ?? '')) {
    const { removed } = await removeQuoteLogo({ ...deps, actor });
    await reply(t(removed ? 'quotes.logo.removed' : 'quotes.logo.nothingToRemove'));
    return;
  }
  await reply(t('quotes.logo.usage'));
};
