import { todayFor } from '../leads/leads.usecases.js';
import type { Actor } from '../team/team.types.js';
import { loadFinancePolicy } from './contracts.usecases.js';
import type { AgingGrouping, AgingSums, Contract, LedgerScope } from './ledger.types.js';
import { type LedgerDeps, ledgerScope } from './ledger-access.js';
import { shortfallsOf } from './ledger-shortfalls.js';
import type { Shortfall } from './reversal-shortfall.js';

/** A contract standing on less money than the policy required since a reversal, with what it lacks. */
export interface StandingShortfall {
  contract: Contract;
  shortfall: Shortfall;
}

/**
 * The contracts among `owners`' that stand short since a reversal now, by number: the same `shortfallOf` the
 * contract card and the ledger table use, so the aging, the exports and the reconciliation flag the same ones
 * until the money is collected again.
 */
export async function standingShortfalls(
  deps: Pick<LedgerDeps, 'overdue' | 'contracts' | 'financeSettings'> & {
    teamId: string;
    owners: LedgerScope;
  },
): Promise<StandingShortfall[]> {
  const policy = await loadFinancePolicy(deps, deps.teamId);
  const list = await deps.overdue.shortfallCandidates(deps.teamId, {
    owners: deps.owners,
    invoiceThresholdBp: policy.invoiceThresholdBp,
    deliveryRule: policy.deliveryRule,
  });
  const found = await shortfallsOf({ ...deps, teamId: deps.teamId, list });
  return list.flatMap((contract) => {
    const shortfall = found.get(contract.id);
    return shortfall ? [{ contract, shortfall }] : [];
  });
}

/** One rep's or customer's aging in one currency (key null: the currency's total), with its flagged contracts. */
export interface AgingRow extends AgingSums {
  short: StandingShortfall[];
}

export interface AgingCurrency {
  currency: string;
  /** Largest overdue total first; rows that are only flagged (nothing overdue) after them. */
  rows: AgingRow[];
  total: AgingRow;
}

export interface AgingTable {
  grouping: AgingGrouping;
  today: string;
  /** The policy's annual interest rate in basis points; null = off (no interest column). */
  interestBp: number | null;
  currencies: AgingCurrency[];
}

const emptyRow = (key: string | null, currency: string): AgingRow => ({
  key,
  currency,
  days0to30: 0,
  days31to60: 0,
  days61to90: 0,
  over90: 0,
  totalMinor: 0,
  interestMinor: 0,
  contracts: 0,
  short: [],
});

/**
 * `/contract aging [rep|customer]`: the receivables aging the caller may see (the ledger's visibility: finance and
 * admins all, managers their reports', reps their own) per rep or per customer and currency, with the buckets,
 * the total, the interest when the policy sets a rate, and the contracts flagged short since a reversal. Without a
 * grouping: per rep for whoever sees more than their own contracts, else per customer.
 */
export async function agingTable(
  deps: Pick<LedgerDeps, 'overdue' | 'contracts' | 'financeSettings' | 'teams' | 'clock'> & {
    actor: Actor;
    grouping: AgingGrouping | null;
  },
): Promise<AgingTable> {
  const { actor } = deps;
  const owners = await ledgerScope(deps);
  const grouping = deps.grouping ?? (owners === 'all' || owners.length > 1 ? 'rep' : 'customer');
  const today = todayFor(actor, deps.clock);
  const policy = await loadFinancePolicy(deps, actor.teamId);
  const interestBp = policy.overdueInterestBp;
  const [sums, shorts] = await Promise.all([
    deps.overdue.agingBy(actor.teamId, { owners, today, grouping, interestBp }),
    standingShortfalls({ ...deps, teamId: actor.teamId, owners }),
  ]);
  const byCurrency = new Map<string, { rows: Map<string, AgingRow>; total: AgingRow }>();
  const currencyOf = (currency: string) => {
    let found = byCurrency.get(currency);
    if (!found) {
      found = { rows: new Map(), total: emptyRow(null, currency) };
      byCurrency.set(currency, found);
    }
    return found;
  };
  for (const sum of sums) {
    const entry = currencyOf(sum.currency);
    if (sum.key === null) entry.total = { ...sum, short: [] };
    else entry.rows.set(sum.key, { ...sum, short: [] });
  }
  for (const item of shorts) {
    const { contract } = item;
    const key = grouping === 'rep' ? contract.ownerUserId : contract.customerName;
    const entry = currencyOf(contract.currency);
    let row = entry.rows.get(key);
    if (!row) {
      row = emptyRow(key, contract.currency);
      entry.rows.set(key, row);
    }
    row.short.push(item);
    entry.total.short.push(item);
  }
  const currencies = [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, entry]) => ({ currency, rows: [...entry.rows.values()], total: entry.total }));
  return { grouping, today, interestBp, currencies };
}
