import { policyCurrency } from '../../features/approvals/requests.usecases.js';
import {
  auditCsv,
  clearDelegate,
  getPolicy,
  listAudit,
  setDelegate,
} from '../../features/approvals/settings.usecases.js';
import { userMention } from '../mrkdwn.js';
import { openModal } from '../requests/modals.js';
import { parseUserMention } from '../team/salesflow-command-parser.js';
import type { SalesflowSubcommandHandler } from '../team/salesflow-subcommand.types.js';
import { policySummary } from '../views/approvals/approval-format.js';
import { buildPolicyModal } from '../views/approvals/approval-policy-modal.js';
import { leadIdOf } from './approval-command-parser.js';

/** `/salesflow policy`: admins edit it in a modal; everyone else reads it. */
export const policySubcommand: SalesflowSubcommandHandler = async ({
  deps,
  command,
  client,
  respond,
  request,
}) => {
  const { actor, team, t } = request;
  const { policy, canEdit } = await getPolicy({ ...deps, actor });
  const currency = policyCurrency(policy, team);
  if (canEdit) {
    await openModal({
      client,
      triggerId: command.trigger_id,
      view: buildPolicyModal({ policy, currency, t }),
      request,
    });
    return;
  }
  await respond({
    response_type: 'ephemeral',
    text: `${policySummary(policy, currency, actor.locale, t)}\n_${t('approvals.policy.readOnly')}_`,
  });
};

/** `/salesflow delegate @user until 2026-12-31` or `/salesflow delegate off`. */
export const delegateSubcommand: SalesflowSubcommandHandler = async ({ deps, args, respond, request }) => {
  const { actor, t } = request;
  const reply = (text: string) => respond({ response_type: 'ephemeral', text });
  const tokens = args.split(/\s+/).filter(Boolean);
  if (tokens.length === 1 && /^(off|关闭|取消)$/i.test(tokens[0] ?? '')) {
    await clearDelegate({ ...deps, actor });
    await reply(t('approvals.delegate.off'));
    return;
  }
  const userId = parseUserMention(tokens[0]);
  const until = tokens[1]?.toLowerCase() === 'until' || tokens[1] === '至' ? tokens[2] : tokens[1];
  if (!userId || !until) {
    await reply(t('approvals.delegate.usage'));
    return;
  }
  await setDelegate({ ...deps, actor, delegateUserId: userId, until });
  await reply(t('approvals.delegate.set', { user: userMention(userId), date: until }));
};

/** `/salesflow audit [#lead]`: a CSV of every approval event the caller may see, uploaded to their DM. */
export const auditSubcommand: SalesflowSubcommandHandler = async ({
  deps,
  args,
  client,
  respond,
  request,
}) => {
  const { actor, t } = request;
  const text = args.trim();
  const leadId = text ? leadIdOf(text.startsWith('#') ? text : `#${text}`) : undefined;
  if (text && leadId === undefined) {
    await respond({ response_type: 'ephemeral', text: t('approvals.audit.usage') });
    return;
  }
  const rows = await listAudit({ ...deps, actor, ...(leadId ? { leadId } : {}) });
  if (rows.length === 0) {
    await respond({ response_type: 'ephemeral', text: t('approvals.audit.empty') });
    return;
  }
  const day = deps.clock.now().toISOString().slice(0, 10);
  const { channel } = await client.conversations.open({ users: actor.userId });
  await client.filesUploadV2({
    channel_id: channel?.id ?? actor.userId,
    file: Buffer.from(auditCsv(rows), 'utf8'),
    filename: `salesflow-approvals-${leadId ? `lead-${leadId}-` : ''}${day}.csv`,
    title: t('approvals.audit.uploaded', { count: rows.length }),
    initial_comment: t('approvals.audit.uploaded', { count: rows.length }),
  });
};
