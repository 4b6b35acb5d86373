import { serviceTargetPolicy, setServiceTarget } from '../../features/service/service-settings.usecases.js';
import { formatTargetHours, type PriorityTarget } from '../../features/service/service-target-policy.js';
import type { SalesflowSubcommandHandler } from '../team/salesflow-subcommand.types.js';

/**
 * `/salesflow service-targets [P2 4h 2d|reset]`: the response and resolution targets per priority. With no
 * argument, the targets in force (anyone); admins change one or restore the defaults (the use case refuses anyone
 * else, and answers a bad argument with the usage). Private reply.
 */
export const serviceTargetsSubcommand: SalesflowSubcommandHandler = async ({
  deps,
  args,
  respond,
  request,
}) => {
  const { actor, t } = request;
  const reply = (text: string) => respond({ response_type: 'ephemeral', text });
  const words = (target: PriorityTarget) => ({
    priority: t(`service.priority.${target.priority}`),
    response: formatTargetHours(target.responseHours),
    resolution: formatTargetHours(target.resolutionHours),
  });
  if (!args.trim()) {
    const targets = await serviceTargetPolicy({ ...deps, actor });
    const lines = targets.map((target) => t('service.targets.line', words(target)));
    await reply([t('service.targets.status'), ...lines, t('service.targets.change')].join('\n'));
    return;
  }
  const { change, targets } = await setServiceTarget({ ...deps, actor, text: args });
  if (change.kind === 'reset') {
    const lines = targets.map((target) => t('service.targets.line', words(target)));
    await reply([t('service.targets.reset'), ...lines].join('\n'));
    return;
  }
  await reply(t('service.targets.set', words(change)));
};
