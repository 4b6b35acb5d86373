import type { LedgerScope } from '../../features/ledger/ledger.types.js';
import { receivablesAging } from '../../features/ledger/ledger-reports.usecases.js';
import type { OverdueRepository } from '../../features/ledger/overdue.repository.js';
import type { TeamRepository } from '../../features/team/team.repository.js';
import type { Team } from '../../features/team/team.types.js';
import { localeOf } from '../../features/team/team.usecases.js';
import { translator } from '../../i18n/index.js';
import { channelLocale } from '../../slack/digest/digest-messages.js';
import { SLACK_LIMITS } from '../../slack/limits.js';
import { agingBlocks } from '../../slack/views/ledger/overdue-views.js';
import type { OutboxMessage } from '../scheduler.types.js';

/** Adds blocks to a message payload when they fit Slack's 50 (the digest itself comes first). */
function appendBlocks(message: OutboxMessage, extra: unknown[]): OutboxMessage {
  const blocks = (message.payload.blocks as unknown[] | undefined) ?? [];
  if (extra.length === 0 || blocks.length + extra.length > SLACK_LIMITS.messageBlocks) return message;
  return { ...message, payload: { ...message.payload, blocks: [...blocks, ...extra] } };
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
  const blocks = agingBlocks(aging, translator(channelLocale(input.team)));
  return input.messages.map((message) =>
    message.method === 'chat.postMessage' ? appendBlocks(message, blocks) : message,
  );
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
    out.push(appendBlocks(message, agingBlocks(aging, t)));
  }
  return out;
}
