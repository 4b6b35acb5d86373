import { localDate } from '../../lib/time-zone.js';
import {
  type ApprovalDetails,
  type ApprovalRequest,
  type ApprovalStep,
  type MissingApprover,
  SYSTEM_REQUESTER,
} from '../approvals/approvals.types.js';
import { adminUserIds, loadPolicy } from '../approvals/requests.usecases.js';
import { requiredApproval, resolveRoute } from '../approvals/routing.js';
import { todayFor } from '../leads/leads.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import { applyHoldRule } from './commission-holds.js';
import {
  type CommissionLine,
  type CommissionTotal,
  composeStatement,
  type HoldRule,
  holdDates,
} from './commission-statement.js';
import { loadFinancePolicy } from './contracts.usecases.js';
import { InvalidMonthError } from './ledger.errors.js';
import type { CommissionPlan, LedgerScope } from './ledger.types.js';
import { DEFAULT_COMMISSION_PLAN } from './ledger.types.js';
import { type LedgerDeps, ledgerScope } from './ledger-access.js';
import { parseMonth } from './ledger-input.js';

export interface Statement {
  month: string;
  /** Per rep and currency; one rep's when `repUserId` was given (or the caller is a rep). */
  totals: CommissionTotal[];
  /** Per rep and contract: what the month earned, what is held back and what is released. */
  lines: CommissionLine[];
  repUserId: string | null;
  plan: CommissionPlan;
  /** The hold-back policy as this statement applied it; null when it is off. */
  hold: HoldRule;
}

/**
 * A month's commission per rep and contract, with the hold-back policy applied as of the month's cut-off (its last
 * day, or today while it runs). Held and released amounts are derived from the data each time (no hidden state).
 */
export async function monthStatement(
  deps: Pick<LedgerDeps, 'ledgerReports' | 'financeSettings'> & {
    teamId: string;
    month: string;
    reps: LedgerScope;
    timeZone: string;
    today: string;
  },
): Promise<{ lines: CommissionLine[]; totals: CommissionTotal[]; hold: HoldRule }> {
  const { teamId, month, reps } = deps;
  const policy = await loadFinancePolicy(deps, teamId);
  const rows = await deps.ledgerReports.contractLines(teamId, month, reps);
  const holdDays = policy.commissionHoldDays;
  if (holdDays === null || (reps !== 'all' && reps.length === 0))
    return { ...composeStatement({ rows, held: [], released: [] }), hold: null };
  const { cutoff } = holdDates(month, deps.today);
  const facts = await deps.ledgerReports.holdFacts(teamId, { month, reps, timeZone: deps.timeZone });
  const { held, released } = applyHoldRule(facts, { month, holdDays, cutoff });
  return { ...composeStatement({ rows, held, released }), hold: { holdDays, cutoff } };
}

/**
 * `/commission [month] [@rep]`: a rep sees their own, a manager their reports', finance and admins everyone's.
 * Asking for someone out of reach reads exactly like asking for someone with no commission.
 */
export async function commissionStatement(
  deps: Pick<LedgerDeps, 'ledgerReports' | 'financeSettings' | 'teams' | 'clock'> & {
    actor: Actor;
    team: Pick<Team, 'timezone'>;
    month?: string | null;
    repUserId?: string | null;
  },
): Promise<Statement> {
  const { actor } = deps;
  const today = todayFor(actor, deps.clock);
  const month = deps.month ? parseMonth(deps.month, today) : today.slice(0, 7);
  if (!month) throw new InvalidMonthError(deps.month ?? '');
  const scope = await ledgerScope(deps);
  const single = deps.repUserId ?? (scope !== 'all' && scope.length === 1 ? actor.userId : null);
  const reps = single ? (scope === 'all' || scope.includes(single) ? [single] : []) : scope;
  const plan = (await deps.financeSettings.findPlan(actor.teamId)) ?? DEFAULT_COMMISSION_PLAN;
  const timeZone = deps.team.timezone;
  const computed = await monthStatement({
    ...deps,
    teamId: actor.teamId,
    month,
    reps,
    timeZone,
    today: localDate(deps.clock.now(), timeZone),
  });
  return { month, ...computed, repUserId: single, plan };
}

export type SheetOutcome =
  | { outcome: 'nothing' }
  | { outcome: 'exists'; requestId: number }
  | { outcome: 'routed'; request: ApprovalRequest; steps: ApprovalStep[] }
  | { outcome: 'missing'; missing: MissingApprover[]; adminUserIds: string[] };

/**
 * The month's commission sheet goes to finance, then a director, through the approval engine. One per month:
 * a second run finds it; a month with no commission entries makes none.
 */
export async function submitCommissionSheet(
  deps: Pick<LedgerDeps, 'ledgerReports' | 'approvals' | 'approvalPolicies' | 'teams'> & {
    team: Team;
    month: string;
    now: Date;
  },
): Promise<SheetOutcome> {
  const { team, month, now } = deps;
  const existing = await deps.ledgerReports.findSheet(team.teamId, month);
  if (existing) return { outcome: 'exists', requestId: existing.approvalRequestId };
  const totals = await deps.ledgerReports.monthTotals(team.teamId, month);
  if (totals.length === 0) return { outcome: 'nothing' };
  const reps = new Set(
    (await deps.ledgerReports.statementTotals(team.teamId, month, 'all')).map((row) => row.repUserId),
  );
  const details: ApprovalDetails = {
    kind: 'commission_sheet',
    month,
    repCount: reps.size,
    totals: totals.map(({ currency, collectedMinor, commissionMinor }) => ({
      currency,
      collectedMinor,
      commissionMinor,
    })),
  };
  const route = resolveRoute({
    required: requiredApproval(await loadPolicy({ ...deps, teamId: team.teamId }), details),
    requesterUserId: SYSTEM_REQUESTER,
    members: await deps.teams.listMembers(team.teamId),
  });
  if (route.kind === 'missing')
    return {
      outcome: 'missing',
      missing: route.missing,
      adminUserIds: await adminUserIds(deps.teams, team.teamId),
    };
  try {
    const created = await deps.approvals.createRequest({
      teamId: team.teamId,
      leadId: null,
      kind: 'commission_sheet',
      requesterUserId: SYSTEM_REQUESTER,
      details,
      steps: route.kind === 'steps' ? route.steps : [],
      now,
      within: async (tx, request) => {
        await deps.ledgerReports.createSheetIn(tx, {
          teamId: team.teamId,
          month,
          approvalRequestId: request.id,
          totals: details.totals,
          now,
        });
      },
    });
    return { outcome: 'routed', request: created.request, steps: created.steps };
  } catch (error) {
    // Another instance made the month's sheet first (the unique month index refused ours).
    const raced = await deps.ledgerReports.findSheet(team.teamId, month);
    if (raced) return { outcome: 'exists', requestId: raced.approvalRequestId };
    throw error;
  }
}
