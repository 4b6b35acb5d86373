import { describe, expect, it } from 'vitest';
import type { CustomerCredit } from '../../../../src/features/customers/credit.usecases.js';
import { rateCredit } from '../../../../src/features/customers/credit-grade.js';
import { translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import { creditGateLines } from '../../../../src/slack/views/customers/credit-gate-lines.js';
import { buildCreditLimitModal } from '../../../../src/slack/views/customers/credit-limit-modal.js';
import { buildCreditSection } from '../../../../src/slack/views/customers/credit-section.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const HOSTILE = '<!channel> & Sons';
const history = {
  settledInstallments: 4,
  onTimeInstallments: 1,
  worstOpenDaysOverdue: 95,
  worstPastDaysLate: 0,
  money: [{ currency: 'CNY', outstandingMinor: 10_000_000, overdueMinor: 9_000_000 }],
};
const credit = (canSetLimit: boolean): CustomerCredit => ({
  rating: rateCredit(history),
  history,
  limit: { limitMinor: 50_000_000, currency: 'CNY', version: 3 },
  canSetLimit,
});

describe('credit views', () => {
  const en = translator('en');
  const zh = translator('zh-CN');

  it('the card section: grade and reason in one line, the limit, and the button only for finance', () => {
    const finance = buildCreditSection(credit(true), 7, en);
    expect(JSON.stringify(finance)).toContain('Grade *D* — money open 95 days past due');
    expect(JSON.stringify(finance)).toContain('500,000.00');
    expect(finance).toMatchObject({ accessory: { action_id: ACTIONS.customerSetCreditLimit } });
    expect(buildCreditSection(credit(false), 7, en)).not.toHaveProperty('accessory');
    expect(JSON.stringify(buildCreditSection(credit(false), 7, zh))).toContain(
      '信用等级 *D* — 有款项逾期 95 天未付',
    );
  });

  it('the limit modal escapes the customer name and stays within Slack limits, in both languages', () => {
    for (const t of [en, zh]) {
      const modal = buildCreditLimitModal({
        customer: {
          id: 7,
          teamId: 'T1',
          kind: 'company',
          name: HOSTILE,
          ownerUserId: 'U_REP',
          industry: null,
          notes: null,
          version: 3,
          mergedIntoId: null,
          createdAt: new Date(0),
        },
        limit: { limitMinor: 50_000_000, currency: 'CNY', version: 3 },
        currency: 'CNY',
        t,
      });
      expect(slackLimitViolations(modal, 'modal')).toEqual([]);
      expect(JSON.stringify(modal)).not.toContain('<!channel>');
      expect(JSON.stringify(modal)).toContain('500000.00');
    }
  });

  it('an approver reads grade D, the amounts over the limit and the days overdue; nothing when there are no flags', () => {
    const lines = creditGateLines(
      {
        grade: 'D',
        reason: rateCredit(history).reason,
        overLimit: {
          currency: 'CNY',
          outstandingMinor: 10_000_000,
          amountMinor: 4_000_000,
          limitMinor: 12_000_000,
        },
        limitCurrency: null,
        overdue: { days: 95, maxDays: 30, amounts: [{ currency: 'CNY', overdueMinor: 9_000_000 }] },
      },
      en,
    ).join('\n');
    expect(lines).toContain('Credit grade D* — money open 95 days past due');
    expect(lines).toMatch(
      /outstanding .*100,000\.00 \+ this contract .*40,000\.00 = .*140,000\.00, over the credit limit .*120,000\.00/,
    );
    expect(lines).toMatch(/90,000\.00 overdue, the oldest 95 days \(policy: more than 30 days\)/);
    expect(creditGateLines(null, en)).toEqual([]);
  });
});
