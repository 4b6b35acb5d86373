import type { AppDeps } from '../../deps.js';
import { agingTable } from '../../features/ledger/aging.usecases.js';
import type { AgingGrouping } from '../../features/ledger/ledger.types.js';
import { agingCsv } from '../../features/ledger/ledger-csv.js';
import { memberNames } from '../../features/team/team.usecases.js';
import type { RequestContext } from '../context.js';
import { buildAgingMessages } from '../views/ledger/aging-table.js';
import type { SlackMessage } from './ledger.presenter.js';

/** `/contract aging [rep|customer]`: one message per currency, each with its table. */
export async function agingMessages(
  deps: AppDeps,
  request: RequestContext,
  grouping: AgingGrouping | null,
): Promise<SlackMessage[]> {
  const table = await agingTable({ ...deps, actor: request.actor, grouping });
  return buildAgingMessages(table, request.t);
}

/** The aging's CSV: every row of every currency the caller may see, never cut. */
export async function agingCsvFile(
  deps: AppDeps,
  request: RequestContext,
  grouping: AgingGrouping,
): Promise<{ csv: string; count: number; today: string }> {
  const { actor, team, t } = request;
  const table = await agingTable({ ...deps, actor, grouping });
  const csv = agingCsv(table, t, {
    names: await memberNames({ ...deps, teamId: team.teamId }),
    timeZone: team.timezone,
  });
  const count = table.currencies.reduce((sum, entry) => sum + entry.rows.length, 0);
  return { csv, count, today: table.today };
}
