import type { MovedLead } from '../../features/leads/handover.types.js';
import type { HandoverParties } from '../../features/leads/handover-notice.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import { type Locale, translator } from '../../i18n/index.js';
import { escapeMrkdwn, userMention } from '../mrkdwn.js';

/*
 * What a handover tells people, as outbox messages enqueued in the transaction that moved the leads: both reps
 * (not the one who did it), and a line in each lead's thread. Keys derive from the lead's new version, so the
 * same move never notifies twice and a later move notifies again.
 */

type Parties = HandoverParties & {
  /** The lead threads are read by the team: the team's language. */
  channelLocale: Locale;
};

function names(parties: Parties) {
  return {
    actor: userMention(parties.actorUserId),
    from: userMention(parties.fromUserId),
    to: userMention(parties.toUserId),
  };
}

function dm(parties: Parties, userId: string, key: string, text: string): OutboxMessage[] {
  if (userId === parties.actorUserId) return [];
  return [
    {
      teamId: parties.teamId,
      idempotencyKey: key,
      method: 'chat.postMessage',
      payload: { channel: userId, text },
    },
  ];
}

function threadLine(
  parties: Parties,
  lead: Pick<Lead, 'id' | 'channelId' | 'threadTs' | 'version'> & { version: number },
): OutboxMessage[] {
  if (!lead.channelId || !lead.threadTs) return [];
  return [
    {
      teamId: parties.teamId,
      idempotencyKey: `handover:${lead.id}:${lead.version}:thread`,
      method: 'chat.postMessage',
      payload: {
        channel: lead.channelId,
        thread_ts: lead.threadTs,
        text: translator(parties.channelLocale)('handover.threadLine', names(parties)),
      },
    },
  ];
}

/** `/lead #42 owner @user`: the new owner, the old owner and the lead's thread. */
export function reassignmentMessages(input: Parties & { lead: Lead }): OutboxMessage[] {
  const { lead } = input;
  const params = { ...names(input), id: lead.id, company: escapeMrkdwn(lead.companyName) };
  const key = `handover:${lead.id}:${lead.version}`;
  return [
    ...dm(
      input,
      input.toUserId,
      `${key}:to`,
      translator(input.localeOf(input.toUserId))('handover.toNewOwner', params),
    ),
    ...dm(
      input,
      input.fromUserId,
      `${key}:from`,
      translator(input.localeOf(input.fromUserId))('handover.toOldOwner', params),
    ),
    ...threadLine(input, lead),
  ];
}

/** `/salesflow handover @from @to` confirmed: one summary to each rep and a line in every moved lead's thread. */
export function handoverMessages(
  input: Parties & { leads: MovedLead[]; movedRequests: number; at: Date },
): OutboxMessage[] {
  if (input.leads.length === 0 && input.movedRequests === 0) return [];
  const counts = { ...names(input), leads: input.leads.length, requests: input.movedRequests };
  const key = `handover-all:${input.fromUserId}:${input.toUserId}:${input.at.getTime()}`;
  return [
    ...dm(
      input,
      input.toUserId,
      `${key}:to`,
      translator(input.localeOf(input.toUserId))('handover.summaryToNew', counts),
    ),
    ...dm(
      input,
      input.fromUserId,
      `${key}:from`,
      translator(input.localeOf(input.fromUserId))('handover.summaryToOld', counts),
    ),
    ...input.leads.flatMap((lead) => threadLine(input, lead)),
  ];
}
