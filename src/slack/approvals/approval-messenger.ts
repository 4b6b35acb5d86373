import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import type { ApprovalRequest, ApprovalStep } from '../../features/approvals/approvals.types.js';
import { activeDelegateOf, recordStepMessage } from '../../features/approvals/step-messages.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Team } from '../../features/team/team.types.js';
import { memberLocale } from '../../features/team/team.usecases.js';
import { type Locale, type Translate, translator } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import { userMention } from '../mrkdwn.js';
import { postInChannel, reportChannelUnreachable } from '../team/channel-reach.js';
import { kindLabel, roleLabel } from '../views/approvals/approval-format.js';
import { buildStepMessage } from '../views/approvals/approval-message.js';
import { leadTitle } from '../views/leads/lead-format.js';

/**
 * The Slack side of the deal desk: posting a step's message where it belongs, updating it in place, and
 * telling people in their own language. Every call is after the ack; a failed DM never undoes a decision.
 */
export interface Messenger {
  deps: AppDeps;
  client: WebClient;
  team: Team;
  log: Logger;
}

export async function userLanguage(m: Messenger, userId: string): Promise<{ t: Translate; locale: Locale }> {
  const locale = await memberLocale({ ...m.deps, team: m.team, userId });
  return { t: translator(locale), locale };
}

export async function dm(
  m: Messenger,
  userId: string,
  text: (t: Translate, locale: Locale) => string,
  blocks?: (t: Translate, text: string) => KnownBlock[],
): Promise<void> {
  try {
    const { t, locale } = await userLanguage(m, userId);
    const body = text(t, locale);
    await m.client.chat.postMessage({
      channel: userId,
      text: body,
      ...(blocks ? { blocks: blocks(t, body) } : {}),
      unfurl_links: false,
    });
  } catch (error) {
    m.log.warn({ err: error, userId }, 'could not send an approval DM');
  }
}

/**
 * Posts the step's message: in the lead's thread in the sales channel, or in the approver's DM when the team
 * has no sales channel. Mentions the approver (and an active delegate); DMs them a link to it. When the bot
 * cannot post in the channel (private and not invited, archived) the step goes to the approver's DM instead,
 * the requester is told so and the admins are asked to invite the bot: a request is never left without its
 * message.
 */
export async function postStep(
  m: Messenger,
  input: { request: ApprovalRequest; step: ApprovalStep; lead: Lead | null },
): Promise<void> {
  const { request, step, lead } = input;
  const delegate = await activeDelegateOf({ ...m.deps, team: m.team, userId: step.approverUserId });
  // A request about no lead (a month's commission sheet) has no thread: it goes to the approver's DM.
  let inChannel = Boolean(m.team.salesChannelId) && lead !== null;
  let threadTs = inChannel && lead?.channelId ? lead.threadTs : null;
  let posted: { channel: string; ts: string } | undefined;
  if (inChannel && lead) {
    const channel = lead.channelId ?? m.team.salesChannelId ?? step.approverUserId;
    const { t, locale } = await userLanguage(m, request.requesterUserId);
    const message = buildStepMessage({ request, step, lead, t, locale, delegateUserId: delegate });
    const outcome = await postInChannel(
      m.client,
      {
        channel,
        text: message.text,
        blocks: message.blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        unfurl_links: false,
      },
      m.log,
    );
    if (outcome.ok) posted = outcome;
    else {
      await fallBackToDirectMessages(m, { request, step, lead, channel, reason: outcome.reason });
      inChannel = false;
      threadTs = null;
    }
  }
  if (!posted) {
    const { t, locale } = await userLanguage(m, step.approverUserId);
    const message = buildStepMessage({ request, step, lead, t, locale, delegateUserId: delegate });
    const answer = await m.client.chat.postMessage({
      channel: step.approverUserId,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    if (answer.ts && answer.channel) posted = { channel: answer.channel, ts: answer.ts };
  }
  if (!posted?.ts || !posted.channel) return;
  await recordStepMessage({
    ...m.deps,
    teamId: m.team.teamId,
    requestId: request.id,
    step,
    channelId: posted.channel,
    messageTs: posted.ts,
    threadTs,
  });
  if (!inChannel && !delegate) return;
  let link = '';
  try {
    link =
      (await m.client.chat.getPermalink({ channel: posted.channel, message_ts: posted.ts })).permalink ?? '';
  } catch (error) {
    m.log.warn({ err: error }, 'could not get the permalink of an approval message');
  }
  const params = (tr: Translate) => ({
    requester: userMention(request.requesterUserId),
    approver: userMention(step.approverUserId),
    role: roleLabel(step.role, tr),
    kind: kindLabel(request.kind, tr),
    lead: lead ? leadTitle(lead) : kindLabel(request.kind, tr),
    link,
  });
  if (inChannel) await dm(m, step.approverUserId, (tr) => tr('approvals.notify.approverDm', params(tr)));
  if (delegate) await dm(m, delegate, (tr) => tr('approvals.notify.delegateDm', params(tr)));
}

/** Rewrites a step's message in place: its outcome, no buttons left. */
export async function updateStepMessage(
  m: Messenger,
  input: {
    request: ApprovalRequest;
    step: ApprovalStep;
    lead: Pick<Lead, 'id' | 'companyName'> | null;
    cancelled?: { byUserId: string | null; at: Date; leadWon?: boolean };
    supersededBy?: number;
  },
): Promise<void> {
  const { step } = input;
  if (!step.messageChannelId || !step.messageTs) return;
  const reader = step.messageChannelId.startsWith('D') ? step.approverUserId : input.request.requesterUserId;
  const { t, locale } = await userLanguage(m, reader);
  const message = buildStepMessage({ ...input, t, locale });
  try {
    await m.client.chat.update({
      channel: step.messageChannelId,
      ts: step.messageTs,
      text: message.text,
      blocks: message.blocks,
    });
  } catch (error) {
    m.log.warn({ err: error, stepId: step.id }, 'could not update an approval message');
  }
}

/** The channel refused the step: the requester learns where it went, the admins that the channel needs the bot. */
async function fallBackToDirectMessages(
  m: Messenger,
  input: { request: ApprovalRequest; step: ApprovalStep; lead: Lead; channel: string; reason: string },
): Promise<void> {
  const { request, step, lead, channel } = input;
  m.log.warn({ channelId: channel, reason: input.reason, requestId: request.id }, 'approval step sent by DM');
  await reportChannelUnreachable(m.deps, {
    teamId: m.team.teamId,
    channelId: channel,
    reason: input.reason,
    log: m.log,
  });
  await dm(m, request.requesterUserId, (tr) =>
    tr('approvals.notify.channelFallback', {
      channel: `<#${channel}>`,
      kind: kindLabel(request.kind, tr),
      id: request.id,
      lead: leadTitle(lead),
      approver: userMention(step.approverUserId),
    }),
  );
}
