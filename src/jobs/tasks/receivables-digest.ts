import type { LedgerScope } from '../../features/ledger/ledger.types.js';
import { receivablesAging } from '../../features/ledger/ledger-reports.usecases.js';
import type { OverdueRepository } from '../../features/ledger/overdue.repository.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { TeamRepository } from '../../features/team/team.repository.js';
import type { Team } from '../../features/team/team.types.js';
import { localeOf } from '../../features/team/team.usecases.js';
import { translator } from '../../i18n/index.js';
import { withAging } from '../../slack/digest/aging-sections.js';

/*
 * The team digest's aging comes with its content (src/features/digest/digest-now.usecases.ts); a manager's
 * morning DM gets the aging of their own part of the team here.
 */

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
    out.push(...withAging([message], aging, t));
  }
  return out;
}
