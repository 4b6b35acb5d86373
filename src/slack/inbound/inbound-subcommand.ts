import {
  disableInbound,
  inboundStatus,
  rotateInboundSecret,
  setInboundPool,
} from '../../features/inbound/inbound.usecases.js';
import { parseInboundArgs } from '../leads/handover-command-parser.js';
import { slackDate, userMention } from '../mrkdwn.js';
import type { SalesflowSubcommandHandler } from '../team/salesflow-subcommand.types.js';

/**
 * `/salesflow inbound [new|pool @a @b…|pool none|off]`, admins only (the use cases refuse anyone else). The new
 * secret is shown once, in the private reply to the admin who asked: Salesflow keeps only its hash.
 */
export const inboundSubcommand: SalesflowSubcommandHandler = async ({ deps, args, respond, request }) => {
  const { actor, t } = request;
  const reply = (text: string) => respond({ response_type: 'ephemeral', text });
  const parsed = parseInboundArgs(args);
  const mentions = (userIds: string[]) => userIds.map(userMention).join(', ');
  switch (parsed?.kind) {
    case undefined:
      await reply(t('inbound.usage'));
      return;
    case 'status': {
      const { source } = await inboundStatus({ ...deps, actor });
      if (!source) {
        await reply(`${t('inbound.statusOff')}\n${t('inbound.usage')}`);
        return;
      }
      const on = t('inbound.statusOn', {
        user: userMention(source.createdByUserId),
        at: slackDate(source.rotatedAt, source.rotatedAt.toISOString()),
      });
      const pool =
        source.poolUserIds.length > 0
          ? t('inbound.pool', { users: mentions(source.poolUserIds) })
          : t('inbound.poolEmpty', { user: userMention(source.createdByUserId) });
      await reply(`${on}\n${pool}`);
      return;
    }
    case 'new': {
      const { token, rotated } = await rotateInboundSecret({ ...deps, actor });
      await reply(t(rotated ? 'inbound.secretRotated' : 'inbound.secretCreated', { token }));
      return;
    }
    case 'pool': {
      const { poolUserIds } = await setInboundPool({ ...deps, actor, userIds: parsed.userIds });
      await reply(
        poolUserIds.length > 0
          ? t('inbound.poolSet', { users: mentions(poolUserIds) })
          : t('inbound.poolCleared'),
      );
      return;
    }
    case 'off': {
      const { disabled } = await disableInbound({ ...deps, actor });
      await reply(t(disabled ? 'inbound.disabled' : 'inbound.alreadyOff'));
      return;
    }
  }
};
