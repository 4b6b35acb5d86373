/**
 * Ids of the commission hold-back (抵扣提成) inputs. Kept here, not in src/slack/ids.ts, which is at its 300-line
 * limit; the finance policy modal and its tests import them from this file.
 */
export const COMMISSION_BLOCKS = {
  policyCommissionHoldDays: 'ledger_policy_commission_hold_days',
} as const;
