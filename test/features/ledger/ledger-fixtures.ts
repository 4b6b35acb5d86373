import { createApprovalPolicyRepository } from '../../../src/features/approvals/approval-policy.repository.js';
import { createApprovalRepository } from '../../../src/features/approvals/approvals.repository.js';
import { decide } from '../../../src/features/approvals/decisions.usecases.js';
import { submitRequest } from '../../../src/features/approvals/requests.usecases.js';
import {
  type CreditRepository,
  createCreditRepository,
} from '../../../src/features/customers/credit.repository.js';
import { createLeadRepository } from '../../../src/features/leads/leads.repository.js';
import { createLead } from '../../../src/features/leads/leads.usecases.js';
import { createContractTransitions } from '../../../src/features/ledger/contract-transitions.repository.js';
import { createContractRepository } from '../../../src/features/ledger/contracts.repository.js';
import { createFinanceSettingsRepository } from '../../../src/features/ledger/finance-settings.repository.js';
import { createInvoiceRepository } from '../../../src/features/ledger/invoices.repository.js';
import type { Contract } from '../../../src/features/ledger/ledger.types.js';
import type { LedgerDeps } from '../../../src/features/ledger/ledger-access.js';
import { createLedgerReportRepository } from '../../../src/features/ledger/ledger-reports.repository.js';
import { createOverdueRepository } from '../../../src/features/ledger/overdue.repository.js';
import { createPaymentRepository } from '../../../src/features/ledger/payments.repository.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor, Role, Team } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import type { TestDatabase } from '../../helpers/test-db.js';

export type TestLedgerDeps = LedgerDeps & { clock: ReturnType<typeof fixedClock>; credit: CreditRepository };

export function ledgerDeps(database: TestDatabase, start = new Date('2026-03-02T02:00:00Z')): TestLedgerDeps {
  const { db } = database;
  return {
    contracts: createContractRepository({ db }),
    contractMoves: createContractTransitions({ db }),
    payments: createPaymentRepository({ db }),
    invoices: createInvoiceRepository({ db }),
    financeSettings: createFinanceSettingsRepository({ db }),
    overdue: createOverdueRepository({ db }),
    ledgerReports: createLedgerReportRepository({ db }),
    approvals: createApprovalRepository({ db }),
    approvalPolicies: createApprovalPolicyRepository({ db }),
    leads: createLeadRepository({ db }),
    teams: createTeamRepository({ db }),
    credit: createCreditRepository({ db }),
    clock: fixedClock(start),
  };
}

/** Rep U_REP → manager U_MGR → director U_DIR; finance U_FIN; admin U_ADMIN; a second rep U_REP2 (no manager). */
export const ROLES: Record<string, Role> = {
  U_REP: 'rep',
  U_REP2: 'rep',
  U_MGR: 'manager',
  U_DIR: 'director',
  U_FIN: 'finance',
  U_FIN2: 'finance',
  U_ADMIN: 'admin',
};

export function actor(userId: string, teamId = 'T1'): Actor {
  const role = ROLES[userId] ?? 'rep';
  return { teamId, userId, role, isAdmin: role === 'admin', locale: 'en', timezone: 'Asia/Shanghai' };
}

export async function seedTeam(deps: TestLedgerDeps, teamId = 'T1'): Promise<Team> {
  const team = await deps.teams.ensureTeam(teamId);
  await deps.teams.updateTeam(teamId, { timezone: 'Asia/Shanghai', currency: 'CNY' });
  for (const [userId, role] of Object.entries(ROLES)) await deps.teams.updateMember(teamId, userId, { role });
  await deps.teams.updateMember(teamId, 'U_REP', { managerUserId: 'U_MGR' });
  await deps.teams.updateMember(teamId, 'U_MGR', { managerUserId: 'U_DIR' });
  return { ...team, timezone: 'Asia/Shanghai', currency: 'CNY' };
}

/**
 * A lead of `owner` whose contract request (`amount`, `upfront` %) is approved by every step, as the approval
 * engine does it; returns the ledger entry the final approval made.
 */
export async function approvedContract(
  deps: TestLedgerDeps,
  team: Team,
  input: {
    owner?: string;
    company?: string;
    amount: string;
    currency?: string;
    upfront?: string;
    delivery?: string;
  },
): Promise<Contract> {
  const owner = actor(input.owner ?? 'U_REP', team.teamId);
  const created = await createLead({
    ...deps,
    actor: owner,
    form: { companyName: input.company ?? 'Acme 有限公司', contactName: 'Li' },
  });
  if (!created.ok) throw new Error('lead not created');
  const submitted = await submitRequest({
    ...deps,
    actor: owner,
    team,
    leadId: created.lead.id,
    request: {
      kind: 'contract',
      form: {
        amount: input.amount,
        currency: input.currency ?? 'CNY',
        upfrontPercent: input.upfront ?? '30',
        deliveryDate: input.delivery ?? null,
      },
    },
  });
  if (!submitted.ok || submitted.outcome !== 'routed')
    throw new Error(`contract not routed: ${JSON.stringify(submitted)}`);
  for (const step of submitted.steps)
    await decide({
      ...deps,
      actor: actor(step.approverUserId, team.teamId),
      target: { requestId: submitted.request.id, revision: 1, step: step.step },
      decision: 'approve',
    });
  const [contract] = await deps.contracts.listForLead(team.teamId, created.lead.id);
  if (!contract) throw new Error('no contract entered');
  return contract;
}
