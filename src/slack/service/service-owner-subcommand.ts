import { ServiceOwnerArgumentError } from '../../features/service/service.errors.js';
import { setServiceOwner } from '../../features/service/service-settings.usecases.js';
import { userMention } from '../mrkdwn.js';
import { parseUserMention } from '../team/salesflow-command-parser.js';
import type { SalesflowSubcommandHandler } from '../team/salesflow-subcommand.types.js';

const OFF_WORDS = new Set(['off', 'none', '关闭', '无']);

/** `@user` → that user; `off`/`none` → null (the customer's rep again); anything else → undefined. */
export function parseServiceOwnerArgs(args: string): string | null | undefined {
  const tokens = args.trim().split(/\s+/).filter(Boolean);
  if (tokens.length !== 1) return undefined;
  const [token = ''] = tokens;
  if (OFF_WORDS.has(token.toLowerCase())) return null;
  return parseUserMention(token);
}

/** `/salesflow service-owner @user|off`: admins name who owns every new service request. Private reply. */
export const serviceOwnerSubcommand: SalesflowSubcommandHandler = async ({
  deps,
  args,
  respond,
  request,
}) => {
  const { actor, t } = request;
  const userId = parseServiceOwnerArgs(args);
  if (userId === undefined) throw new ServiceOwnerArgumentError();
  const { serviceOwnerUserId } = await setServiceOwner({ ...deps, actor, userId });
  await respond({
    response_type: 'ephemeral',
    text: serviceOwnerUserId
      ? t('service.owner.set', { user: userMention(serviceOwnerUserId) })
      : t('service.owner.cleared'),
  });
};
