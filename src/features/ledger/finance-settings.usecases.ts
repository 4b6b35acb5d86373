import { loadVisibleLead } from '../leads/leads.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import { contractsForLead, loadFinancePolicy } from './contracts.usecases.js';
import type { FinanceSettingsRepository } from './finance-settings.repository.js';
import { NotAdminError, SettingsChangedError, WonRequiresContractError } from './ledger.errors.js';
import type { CommissionPlan, ContractSummary, FinancePolicy } from './ledger.types.js';
import { DEFAULT_COMMISSION_PLAN } from './ledger.types.js';
import type { LedgerDeps } from './ledger-access.js';
import { type PlanForm, type PolicyForm, validatePlanForm, validatePolicyForm } from './ledger-input.js';

type SettingsDeps = {
  financeSettings: FinanceSettingsRepository;
  actor: Actor;
  team: Team;
  clock: LedgerDeps['clock'];
};
type Saved<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export async function getFinancePolicy(
  deps: SettingsDeps,
): Promise<{ policy: FinancePolicy; canEdit: boolean }> {
  return { policy: await loadFinancePolicy(deps, deps.actor.teamId), canEdit: deps.actor.isAdmin };
}

/** Admins edit the finance policy; the save is conditional on the version the form was built from. */
export async function updateFinancePolicy(
  deps: SettingsDeps & { form: PolicyForm; expectedVersion: number },
): Promise<Saved<FinancePolicy>> {
  const { actor } = deps;
  if (!actor.isAdmin) throw new NotAdminError();
  const result = validatePolicyForm(deps.form, deps.team.currency);
  if (!result.ok) return { ok: false, errors: result.errors as Record<string, string> };
  const saved = await deps.financeSettings.savePolicy(
    actor.teamId,
    result.value,
    deps.expectedVersion,
    actor.userId,
    deps.clock.now(),
  );
  if (!saved) throw new SettingsChangedError();
  return { ok: true, value: saved };
}

export async function getCommissionPlan(
  deps: SettingsDeps,
): Promise<{ plan: CommissionPlan; canEdit: boolean }> {
  const plan = (await deps.financeSettings.findPlan(deps.actor.teamId)) ?? DEFAULT_COMMISSION_PLAN;
  return { plan, canEdit: deps.actor.isAdmin };
}

/** Admins edit the commission plan; it applies to payments confirmed from now on (earlier ones keep theirs). */
export async function updateCommissionPlan(
  deps: SettingsDeps & { form: PlanForm; expectedVersion: number },
): Promise<Saved<CommissionPlan>> {
  const { actor } = deps;
  if (!actor.isAdmin) throw new NotAdminError();
  const result = validatePlanForm(deps.form, deps.team.currency);
  if (!result.ok) return { ok: false, errors: result.errors as Record<string, string> };
  const saved = await deps.financeSettings.savePlan(
    actor.teamId,
    result.value,
    deps.expectedVersion,
    actor.userId,
    deps.clock.now(),
  );
  if (!saved) throw new SettingsChangedError();
  return { ok: true, value: saved };
}

/**
 * Before a lead is marked won: its contracts, and whether the policy refuses the win without one. When there is
 * no contract and the policy allows it, the Slack side offers to ask for contract approval after the win.
 */
export async function winContext(
  deps: Pick<LedgerDeps, 'contracts' | 'teams' | 'leads' | 'clock' | 'financeSettings'> & {
    actor: Actor;
    leadId: number;
  },
): Promise<{ contracts: ContractSummary[]; offerContract: boolean }> {
  // The lead first: whoever may not see it reads "not found", never what the policy would say.
  await loadVisibleLead(deps);
  const policy = await loadFinancePolicy(deps, deps.actor.teamId);
  const all = await deps.contracts.listForLead(deps.actor.teamId, deps.leadId);
  const live = all.filter((contract) => contract.status !== 'cancelled');
  if (live.length === 0 && policy.wonRequiresContract) throw new WonRequiresContractError();
  const contracts = (await contractsForLead(deps)).filter((row) => row.contract.status !== 'cancelled');
  return { contracts, offerContract: live.length === 0 };
}
