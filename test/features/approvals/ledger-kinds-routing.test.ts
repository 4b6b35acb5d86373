import { describe, expect, it } from 'vitest';
import {
  type ApprovalDetails,
  DEFAULT_POLICY,
  SYSTEM_REQUESTER,
} from '../../../src/features/approvals/approvals.types.js';
import { approvedValueOf, leadApprovalOf } from '../../../src/features/approvals/approved-values.js';
import { requiredApproval, resolveRoute } from '../../../src/features/approvals/routing.js';
import type { Member, Role } from '../../../src/features/team/team.types.js';

const member = (userId: string, role: Role, managerUserId: string | null = null): Member => ({
  teamId: 'T1',
  userId,
  role,
  managerUserId,
  displayName: null,
  slackLocale: null,
  language: null,
  timezone: null,
  isWorkspaceAdmin: false,
  reminderTime: '09:00',
  vacationUntil: null,
  delegateUserId: null,
  delegateUntil: null,
  profileFetchedAt: null,
});
const members = [
  member('U_REP', 'rep', 'U_MGR'),
  member('U_MGR', 'manager', 'U_DIR'),
  member('U_DIR', 'director'),
  member('U_FIN', 'finance'),
];
const invoice = (directorRequired: boolean) =>
  ({
    kind: 'invoice',
    contractId: 1,
    contractNumber: 'HT-2026-0001',
    amountMinor: 500,
    currency: 'CNY',
    directorRequired,
  }) as const;
const sheet: ApprovalDetails = {
  kind: 'commission_sheet',
  month: '2026-02',
  repCount: 2,
  totals: [{ currency: 'CNY', collectedMinor: 10, commissionMinor: 3 }],
};

describe('ledger paperwork through the approval engine', () => {
  it('an invoice goes to finance, and then to a director when the finance policy says so', () => {
    expect(requiredApproval(DEFAULT_POLICY, invoice(false))).toEqual({ kind: 'roles', roles: ['finance'] });
    const route = resolveRoute({
      required: requiredApproval(DEFAULT_POLICY, invoice(true)),
      requesterUserId: 'U_REP',
      members,
    });
    expect(route).toEqual({
      kind: 'steps',
      steps: [
        { role: 'finance', approverUserId: 'U_FIN' },
        { role: 'director', approverUserId: 'U_DIR' },
      ],
    });
  });

  it('a commission sheet, asked by the app itself, goes to finance then any director', () => {
    const route = resolveRoute({
      required: requiredApproval(DEFAULT_POLICY, sheet),
      requesterUserId: SYSTEM_REQUESTER,
      members,
    });
    expect(route).toEqual({
      kind: 'steps',
      steps: [
        { role: 'finance', approverUserId: 'U_FIN' },
        { role: 'director', approverUserId: 'U_DIR' },
      ],
    });
    expect(
      resolveRoute({
        required: requiredApproval(DEFAULT_POLICY, sheet),
        requesterUserId: SYSTEM_REQUESTER,
        members: members.slice(0, 3),
      }),
    ).toEqual({
      kind: 'missing',
      missing: [{ role: 'finance', reason: 'no_finance' }],
    });
  });

  it('ledger paperwork writes nothing on the lead; its approved value is its amount in minor units', () => {
    expect(leadApprovalOf(invoice(false))).toBeUndefined();
    expect(leadApprovalOf(sheet)).toBeUndefined();
    expect(approvedValueOf(invoice(false))).toBe(500);
    expect(approvedValueOf(sheet)).toBe(3);
  });
});
