/** The customer file's ids, spread into src/slack/ids.ts (kept here so that file stays under 300 lines). */
export const CUSTOMER_VIEWS = {
  creditLimit: 'customer_credit_limit',
} as const;

/** The buttons of a customer's card (`/customer <name or #id>`) and of `/customer merge #12 #34`'s preview. */
export const CUSTOMER_ACTIONS = {
  customerNewDeal: 'customer_new_deal',
  customerConfirmLead: 'customer_confirm_lead',
  customerSetCreditLimit: 'customer_set_credit_limit',
  customerMergeConfirm: 'customer_merge_confirm',
} as const;

/** The credit limit form's input (block and element share the id). */
export const CUSTOMER_BLOCKS = {
  creditLimitAmount: 'customer_credit_limit_amount',
} as const;
