import { listLedger } from './contracts.usecases.js';
import { type Contract, DEFAULT_FINANCE_POLICY } from './ledger.types.js';
import type { LedgerDeps } from './ledger-access.js';
import { type Shortfall, shortfallOf } from './reversal-shortfall.js';

/**
 * The contracts of `list` that stand on less money than the policy required since a reversal, by id: the
 * same `shortfallOf` the contract card shows, from one read of their standing invoices and upfront installments.
 */
export async function shortfallsOf(
  deps: Pick<LedgerDeps, 'contracts' | 'financeSettings'> & { teamId: string; list: Contract[] },
): Promise<Map<number, Shortfall>> {
  const contracts = deps.list;
  if (contracts.length === 0) return new Map();
  const [inputs, saved] = await Promise.all([
    deps.contracts.shortfallInputs(
      deps.teamId,
      contracts.map((contract) => contract.id),
    ),
    deps.financeSettings.findPolicy(deps.teamId),
  ]);
  const policy = saved ?? DEFAULT_FINANCE_POLICY;
  const found = new Map<number, Shortfall>();
  for (const contract of contracts) {
    const shortfall = shortfallOf({
      contract,
      invoices: inputs.invoices.filter((row) => row.contractId === contract.id),
      installments: inputs.installments.filter((row) => row.contractId === contract.id),
      policy,
    });
    if (shortfall) found.set(contract.id, shortfall);
  }
  return found;
}

/**
 * `/contract ledger …`: `listLedger`'s page and totals, with the page's contracts standing on less money since a
 * reversal (`shortfalls`, by id), which the table flags in a column of their own.
 */
export async function listLedgerWithShortfalls(
  deps: Parameters<typeof listLedger>[0] & Pick<LedgerDeps, 'financeSettings'>,
): Promise<Awaited<ReturnType<typeof listLedger>> & { shortfalls: Map<number, Shortfall> }> {
  const result = await listLedger(deps);
  const list = result.summaries.map((summary) => summary.contract);
  return { ...result, shortfalls: await shortfallsOf({ ...deps, teamId: deps.actor.teamId, list }) };
}
