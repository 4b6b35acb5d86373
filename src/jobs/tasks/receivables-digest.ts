import type { KnownBlock } from '@slack/types';
import type { LedgerScope } from '../../features/ledger/ledger.types.js';
import { receivablesAging } from '../../features/ledger/ledger-reports.usecases.js';
import type { OverdueRepository } from '../../features/ledger/overdue.repository.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { TeamRepository } from '../../features/team/team.repository.js';
import type { Team } from '../../features/team/team.types.js';
import { localeOf } from '../../features/team/team.usecases.js';
import { type Translate, translator } from '../../i18n/index.js';
import { channelLocale } from '../../slack/digest/digest-messages.js';
import { SLACK_LIMITS } from '../../slack/limits.js';
import { agingBlocks } from '../../slack/views/ledger/overdue-views.js';

/**
 * Adds the aging to a message when it fits Slack's 50 blocks (the digest itself comes first); else the aging follows
 * as a message of its own in the same conversation, so a long digest never hides money owed.
 */
function withBlocks(message: OutboxMessage, extra: KnownBlock[], t: Translate): OutboxMessage[] {
  if (extra.length === 0 || message.method !== 'chat.postMessage') return [message];
  const blocks = (message.payload.blocks as unknown[] | undefined) ?? [];
  if (blocks.length + extra.length <= SLACK_LIMITS.messageBlocks)
    return [{ ...message, payload: { ...message.payload, blocks: [...blocks, ...extra] } }];
  const { channel, thread_ts } = message.payload;
  return [
    message,
    {
      ...message,
      idempotencyKey: `${message.idempotencyKey}:aging`,
      payload: { channel, ...(thread_ts ? { thread_ts } : {}), text: t('ledger.aging.title'), blocks: extra },
    },
  ];
}

/** The team digest's message gains the receivables aging and the largest overdue contracts of the team. */
export async function withTeamReceivables(
  deps: { overdue: OverdueRepository },
  input: { team: Team; date: string; messages: OutboxMessage[] },
): Promise<OutboxMessage[]> {
  const aging = await receivablesAging({
    ...deps,
    teamId: input.team.teamId,
    owners: 'all',
    today: input.date,
  });
  const t = translator(channelLocale(input.team));
  const blocks = agingBlocks(aging, t);
  return input.messages.flatMap((message) => withBlocks(message, blocks, t));
}

/** Each manager's morning DM gains the aging of their own and their reports' contracts, in their language. */
export async function withManagerReceivables(
  deps: { overdue: OverdueRepository; teams: TeamRepository },
  input: { team: Team; date: string; messages: OutboxMessage[] },
): Promise<OutboxMessage[]> {
  const out: OutboxMessage[] = [];
  for (const message of input.messages) {
    const manager = String(message.payload.channel ?? '');
    const owners: LedgerScope = [manager, ...(await deps.teams.listReportIds(input.team.teamId, manager))];
    const aging = await receivablesAging({ ...deps, teamId: input.team.teamId, owners, today: input.date });
    const t = translator(localeOf(await deps.teams.findMember(input.team.teamId, manager), input.team));
    out.push(...withBlocks(message, agingBlocks(aging, t), t));
  }
  return out;
}
