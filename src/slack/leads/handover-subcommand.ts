import { previewHandover } from '../../features/leads/handover.usecases.js';
import type { SalesflowSubcommandHandler } from '../team/salesflow-subcommand.types.js';
import { buildHandoverPreview } from '../views/leads/handover-preview.js';
import { parseHandoverArgs } from './handover-command-parser.js';

/**
 * `/salesflow handover @from @to`: the preview, privately, with Hand over / Cancel. Nothing moves until the click
 * (handover-confirm.action.ts), which checks the caller's authority again.
 */
export const handoverSubcommand: SalesflowSubcommandHandler = async ({ deps, args, respond, request }) => {
  const { actor, t } = request;
  const parsed = parseHandoverArgs(args);
  if (!parsed) {
    await respond({ response_type: 'ephemeral', text: t('handover.usage') });
    return;
  }
  const preview = await previewHandover({ ...deps, actor, ...parsed });
  await respond({ response_type: 'ephemeral', ...buildHandoverPreview({ ...preview, t }) });
};
