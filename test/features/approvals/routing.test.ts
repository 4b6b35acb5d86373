import { describe, expect, it } from 'vitest';
import {
  parsePercent,
  validateContractForm,
  validateDiscountForm,
} from '../../../src/features/approvals/approval-input.js';
import { DEFAULT_POLICY } from '../../../src/features/approvals/approvals.types.js';
import { activeDelegate, requiredApproval, resolveRoute } from '../../../src/features/approvals/routing.js';
import { workingMinutesBetween } from '../../../src/features/approvals/working-time.js';
import type { Member, Role } from '../../../src/features/team/team.types.js';

function member(userId: string, role: Role, managerUserId: string | null = null): Member {
  return {
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
  };
}

const discount = (percent: number) =>
  ({
    kind: 'discount',
    percent,
    targetPrice: null,
    listPrice: null,
    justification: 'x',
    expiresOn: null,
  }) as const;
const contract = (amount: number, upfrontPercent: number) =>
  ({
    kind: 'contract',
    amount,
    currency: 'CNY',
    upfrontPercent,
    paymentTerms: null,
    deliveryDate: null,
    specialTerms: null,
    draftLink: null,
  }) as const;

const org = [
  member('REP', 'rep', 'MGR'),
  member('MGR', 'manager', 'DIR'),
  member('DIR', 'director'),
  member('FIN', 'finance'),
  member('NOBOSS', 'rep'),
  member('TOPMGR', 'manager'),
];

describe('approval policy bands', () => {
  it.each([
    [5, { kind: 'auto' }],
    [5.01, { kind: 'roles', roles: ['manager'] }],
    [15, { kind: 'roles', roles: ['manager'] }],
    [15.5, { kind: 'roles', roles: ['manager', 'director'] }],
  ])('a %s%% discount needs %j', (percent, expected) => {
    expect(requiredApproval(DEFAULT_POLICY, discount(percent))).toEqual(expected);
  });

  it.each([
    [100_000, 30, ['manager']],
    [100_001, 30, ['manager', 'director']],
    [50_000, 29.99, ['manager', 'finance']],
    [500_001, 50, ['manager', 'director', 'finance']],
  ])('a contract of %s with %s%% upfront needs %j', (amount, upfront, roles) => {
    expect(requiredApproval(DEFAULT_POLICY, contract(amount, upfront))).toEqual({ kind: 'roles', roles });
  });
});

describe('routing by reporting lines', () => {
  const route = (requester: string, roles: ('manager' | 'director' | 'finance')[]) =>
    resolveRoute({ required: { kind: 'roles', roles }, requesterUserId: requester, members: org });

  it('a rep goes to their manager, then that manager’s manager, then finance', () => {
    expect(route('REP', ['manager', 'director', 'finance'])).toEqual({
      kind: 'steps',
      steps: [
        { role: 'manager', approverUserId: 'MGR' },
        { role: 'director', approverUserId: 'DIR' },
        { role: 'finance', approverUserId: 'FIN' },
      ],
    });
  });

  it('a manager’s request starts one level up and the director approves once', () => {
    expect(route('MGR', ['manager', 'director'])).toEqual({
      kind: 'steps',
      steps: [{ role: 'director', approverUserId: 'DIR' }],
    });
  });

  it('a manager with no manager of their own goes to a user with the director role', () => {
    expect(route('TOPMGR', ['manager'])).toEqual({
      kind: 'steps',
      steps: [{ role: 'manager', approverUserId: 'DIR' }],
    });
  });

  it('a rep with no manager cannot be routed, and the reason names what to configure', () => {
    expect(route('NOBOSS', ['manager'])).toEqual({
      kind: 'missing',
      missing: [{ role: 'manager', reason: 'no_manager' }],
    });
  });

  it('finance never countersigns their own request', () => {
    const result = resolveRoute({
      required: { kind: 'roles', roles: ['finance'] },
      requesterUserId: 'FIN',
      members: org,
    });
    expect(result).toEqual({ kind: 'missing', missing: [{ role: 'finance', reason: 'no_finance' }] });
  });

  it('nobody is ever routed their own request, even through a reporting loop', () => {
    const loop = [member('A', 'manager', 'B'), member('B', 'manager', 'A')];
    const result = resolveRoute({
      required: { kind: 'roles', roles: ['manager'] },
      requesterUserId: 'A',
      members: loop,
    });
    expect(result).toEqual({ kind: 'steps', steps: [{ role: 'manager', approverUserId: 'B' }] });
  });

  it('a delegate counts only until the end of the chosen day', () => {
    const withDelegate = { ...member('MGR', 'manager'), delegateUserId: 'DEL', delegateUntil: '2026-03-02' };
    expect(activeDelegate(withDelegate, '2026-03-02')).toBe('DEL');
    expect(activeDelegate(withDelegate, '2026-03-03')).toBeNull();
  });
});

describe('working time', () => {
  const shanghai = (iso: string) => new Date(`${iso}+08:00`);
  it('counts only working hours on working days in the approver’s zone', () => {
    const days = { workingDays: [1, 2, 3, 4, 5], holidayCountry: null, holidays: [] };
    expect(
      workingMinutesBetween(
        shanghai('2026-03-02T10:00:00'),
        shanghai('2026-03-02T14:00:00'),
        'Asia/Shanghai',
        days,
      ),
    ).toBe(240);
    expect(
      workingMinutesBetween(
        shanghai('2026-03-02T17:00:00'),
        shanghai('2026-03-03T10:00:00'),
        'Asia/Shanghai',
        days,
      ),
    ).toBe(120);
    expect(
      workingMinutesBetween(
        shanghai('2026-03-06T18:00:00'),
        shanghai('2026-03-09T09:30:00'),
        'Asia/Shanghai',
        days,
      ),
    ).toBe(30);
  });
  it('follows zones with half-hour offsets', () => {
    expect(
      workingMinutesBetween(
        new Date('2026-03-02T03:30:00Z'),
        new Date('2026-03-02T05:00:00Z'),
        'Asia/Kolkata',
        { workingDays: [1], holidayCountry: null, holidays: [] },
      ),
    ).toBe(90);
  });
});

describe('working time on holidays', () => {
  const shanghai = (iso: string) => new Date(`${iso}+08:00`);
  const china = { workingDays: [1, 2, 3, 4, 5], holidayCountry: 'CN', holidays: [] };
  it('the Spring Festival holiday is not working time; the make-up Saturday before it is', () => {
    // Friday 13 Feb 2026 17:00 → Saturday 14 Feb (调休上班) 10:00: one hour on Friday, one on Saturday.
    expect(
      workingMinutesBetween(
        shanghai('2026-02-13T17:00:00'),
        shanghai('2026-02-14T10:00:00'),
        'Asia/Shanghai',
        china,
      ),
    ).toBe(120);
    // Saturday 14 Feb 17:00 → Tuesday 24 Feb 10:00: the nine days off (15–23 Feb) count nothing.
    expect(
      workingMinutesBetween(
        shanghai('2026-02-14T17:00:00'),
        shanghai('2026-02-24T10:00:00'),
        'Asia/Shanghai',
        china,
      ),
    ).toBe(120);
  });
  it('a team holiday stops the clock too', () => {
    const calendar = { workingDays: [1, 2, 3, 4, 5], holidayCountry: null, holidays: ['2026-03-03'] };
    expect(
      workingMinutesBetween(
        shanghai('2026-03-02T17:00:00'),
        shanghai('2026-03-04T10:00:00'),
        'Asia/Shanghai',
        calendar,
      ),
    ).toBe(120);
  });
});

describe('request forms', () => {
  it('reads percents with decimals and a percent sign, and refuses more than 100', () => {
    expect(parsePercent('12.5%')).toBe(12.5);
    expect(parsePercent('１２')).toBe('invalid');
    expect(parsePercent('101')).toBe('invalid');
    expect(parsePercent('')).toBeNull();
  });

  it('turns a target price against a list price into a percent', () => {
    const result = validateDiscountForm(
      { targetPrice: '88,000', listPrice: '100000', justification: 'volume' },
      '2026-03-02',
      'CNY',
    );
    expect(result).toMatchObject({ ok: true, value: { percent: 12, targetPrice: 88000, listPrice: 100000 } });
  });

  it('requires a justification, and an expiry not in the past', () => {
    expect(validateDiscountForm({ percent: '10', expiresOn: '2026-03-01' }, '2026-03-02', 'CNY')).toEqual({
      ok: false,
      errors: { justification: 'approvals.error.required', expiresOn: 'approvals.error.pastDate' },
    });
  });

  it('a contract needs an amount and the upfront share; the link must be http(s)', () => {
    expect(
      validateContractForm({ amount: '0', draftLink: 'javascript:alert(1)' }, '2026-03-02', 'CNY'),
    ).toEqual({
      ok: false,
      errors: {
        amount: 'money.field.zero',
        upfrontPercent: 'approvals.error.required',
        draftLink: 'approvals.error.link',
      },
    });
  });
});
