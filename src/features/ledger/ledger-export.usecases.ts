import type { Actor } from '../team/team.types.js';
import { standingShortfalls } from './aging.usecases.js';
import { ledgerQuery } from './contracts.usecases.js';
import type { ContractSummary, LedgerFilter } from './ledger.types.js';
import type { LedgerDeps } from './ledger-access.js';
import type { Shortfall } from './reversal-shortfall.js';

/** Beyond this a ledger export is cut, and says so (as the lead export is). */
export const MAX_LEDGER_EXPORT_ROWS = 50_000;
const PAGE = 1_000;

/**
 * Every contract the filter selects among those the caller may see, for the CSV: read page by page, so an export
 * is the whole list, not its first screens; with those standing short since a reversal (`shortfalls`, by id).
 */
export async function exportLedger(
  deps: Pick<LedgerDeps, 'contracts' | 'teams' | 'leads' | 'clock' | 'overdue' | 'financeSettings'> & {
    actor: Actor;
    filter: LedgerFilter;
    /** Rows per query and the cut; smaller in tests. */
    pageSize?: number;
    maxRows?: number;
  },
): Promise<{ summaries: ContractSummary[]; truncated: boolean; shortfalls: Map<number, Shortfall> }> {
  const query = await ledgerQuery(deps);
  const [{ summaries, truncated }, short] = await Promise.all([
    readAll(deps, query),
    standingShortfalls({ ...deps, teamId: deps.actor.teamId, owners: query.owners }),
  ]);
  const shortfalls = new Map(short.map((item) => [item.contract.id, item.shortfall]));
  return { summaries, truncated, shortfalls };
}

async function readAll(
  deps: Pick<LedgerDeps, 'contracts'> & { actor: Actor; pageSize?: number; maxRows?: number },
  query: Awaited<ReturnType<typeof ledgerQuery>>,
): Promise<{ summaries: ContractSummary[]; truncated: boolean }> {
  const pageSize = deps.pageSize ?? PAGE;
  const maxRows = deps.maxRows ?? MAX_LEDGER_EXPORT_ROWS;
  const summaries: ContractSummary[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await deps.contracts.list(deps.actor.teamId, { ...query, limit: pageSize, offset });
    summaries.push(...page);
    if (page.length < pageSize) return { summaries, truncated: false };
    if (summaries.length >= maxRows) {
      const more = await deps.contracts.list(deps.actor.teamId, { ...query, limit: 1, offset: maxRows });
      return { summaries: summaries.slice(0, maxRows), truncated: more.length > 0 };
    }
  }
}
