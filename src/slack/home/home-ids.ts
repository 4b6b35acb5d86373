/**
 * App Home's own block ids (src/slack/ids.ts is full). Its payment buttons reuse the ledger's action ids
 * (`ACTIONS.paymentConfirm` / `ACTIONS.paymentReject`): one listener, one use case, one authorization for both.
 */
export const HOME_BLOCKS = {
  /** One pending payment's Confirm / Reject on finance's Home, suffixed with the payment id. */
  paymentRow: 'home_payment',
} as const;
