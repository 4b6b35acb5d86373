import { todayFor } from '../leads/leads.usecases.js';
import type { CollectedAmounts } from '../targets/collected-amounts.js';
import type { Actor, Team } from '../team/team.types.js';
import { type StandingShortfall, standingShortfalls } from './aging.usecases.js';
import { loadFinancePolicy } from './contracts.usecases.js';
import { InvalidMonthError, NotFinanceError } from './ledger.errors.js';
import type { AgingBuckets, LedgerScope, OverdueLine } from './ledger.types.js';
import { isFinance, type LedgerDeps } from './ledger-access.js';
import { parseMonth } from './ledger-input.js';
import type { ReconciliationRow } from './ledger-reports.repository.js';
import { monthWindow, previousMonth } from './month.js';

export const LARGEST_OVERDUE_COUNT = 5;

/**
 * Money collected per rep and currency in `[from, to)`, in minor units: confirmations minus reversals.
 * The number targets and leaderboards count; it never mixes currencies.
 */
export function collectedByRep(
  deps: Pick<LedgerDeps, 'ledgerReports'> & { teamId: string; from: Date; to: Date },
): Promise<{ repUserId: string; currency: string; collectedMinor: number }[]> {
  return deps.ledgerReports.collectedByRep(deps.teamId, deps.from, deps.to);
}

/**
 * The ledger as the targets feature's source of collected money: per rep, in integer minor units of the team's
 * currency (money collected in another currency is not converted, so it does not count towards targets).
 */
export function collectedAmountsFromLedger(
  deps: Pick<LedgerDeps, 'ledgerReports' | 'teams'>,
): CollectedAmounts {
  return {
    async byRep(teamId, fromUtc, toUtc) {
      const team = await deps.teams.ensureTeam(teamId);
      const rows = await collectedByRep({ ...deps, teamId, from: fromUtc, to: toUtc });
      return new Map(
        rows
          .filter((row) => row.currency === team.currency)
          .map((row) => [row.repUserId, row.collectedMinor]),
      );
    },
  };
}

export interface Reconciliation {
  month: string;
  rows: ReconciliationRow[];
  /** Per currency, summed by the database over the rows. */
  totals: ReconciliationRow[];
  /** Contracts standing short since a reversal when the reconciliation is made (issue 20): to collect again. */
  shortfalls: StandingShortfall[];
}

/** The month-end reconciliation for finance (and admins): default last month. */
export async function reconciliation(
  deps: Pick<LedgerDeps, 'ledgerReports' | 'clock' | 'overdue' | 'contracts' | 'financeSettings'> & {
    actor: Actor;
    team: Team;
    month?: string | null;
  },
): Promise<Reconciliation> {
  if (!isFinance(deps.actor)) throw new NotFinanceError();
  const today = todayFor(deps.actor, deps.clock);
  const month = deps.month ? parseMonth(deps.month, today) : previousMonth(today.slice(0, 7));
  if (!month) throw new InvalidMonthError(deps.month ?? '');
  return reconciliationOf({ ...deps, teamId: deps.team.teamId, month, timeZone: deps.team.timezone });
}

/** The same, for the scheduler's month-end message. */
export async function reconciliationOf(
  deps: Pick<LedgerDeps, 'ledgerReports' | 'overdue' | 'contracts' | 'financeSettings'> & {
    teamId: string;
    month: string;
    timeZone: string;
  },
): Promise<Reconciliation> {
  const [all, shortfalls] = await Promise.all([
    deps.ledgerReports.reconciliation(deps.teamId, monthWindow(deps.month, deps.timeZone)),
    standingShortfalls({ ...deps, owners: 'all' }),
  ]);
  return {
    month: deps.month,
    rows: all.filter((row) => row.repUserId !== null),
    totals: all.filter((row) => row.repUserId === null),
    shortfalls,
  };
}

/** A rep's overdue installments on `date`, for their morning DM. */
export function overdueForRep(
  deps: Pick<LedgerDeps, 'overdue'> & { teamId: string; userId: string; date: string },
): Promise<OverdueLine[]> {
  return deps.overdue.lines(deps.teamId, { owners: [deps.userId], today: deps.date, limit: 50 });
}

/**
 * Managers to tell about reports' installments overdue at least the policy's N days, each with their lines.
 * A rep without a manager is skipped: finance sees every overdue installment in its list anyway.
 */
export async function managerOverdueNotices(
  deps: Pick<LedgerDeps, 'overdue' | 'financeSettings'> & { teamId: string; date: string },
): Promise<{ managerUserId: string; lines: OverdueLine[]; days: number }[]> {
  const policy = await loadFinancePolicy(deps, deps.teamId);
  const lines = await deps.overdue.lines(deps.teamId, {
    owners: 'all',
    today: deps.date,
    minDays: policy.overdueManagerDays,
    limit: 500,
  });
  const byManager = new Map<string, OverdueLine[]>();
  for (const { managerUserId, ...line } of lines) {
    if (!managerUserId || managerUserId === line.ownerUserId) continue;
    byManager.set(managerUserId, [...(byManager.get(managerUserId) ?? []), line]);
  }
  return [...byManager].map(([managerUserId, list]) => ({
    managerUserId,
    lines: list,
    days: policy.overdueManagerDays,
  }));
}

export interface ReceivablesAging {
  buckets: AgingBuckets[];
  largest: Awaited<ReturnType<LedgerDeps['overdue']['largest']>>;
}

/** Receivables aging and the largest overdue contracts, for the digest and a manager's morning DM. */
export async function receivablesAging(
  deps: Pick<LedgerDeps, 'overdue'> & { teamId: string; owners: LedgerScope; today: string },
): Promise<ReceivablesAging> {
  const query = { owners: deps.owners, today: deps.today };
  const [buckets, largest] = await Promise.all([
    deps.overdue.aging(deps.teamId, query),
    deps.overdue.largest(deps.teamId, { ...query, limit: LARGEST_OVERDUE_COUNT }),
  ]);
  return { buckets, largest };
}
