/** The receivables aging's ids, spread into src/slack/ids.ts (kept here so that file stays under 300 lines). */
export const AGING_ACTIONS = {
  /** "Export CSV" under `/contract aging`; its value is the grouping (`rep` or `customer`). */
  agingExportCsv: 'ledger_aging_csv',
} as const;

/** The finance policy form's interest field (block and element share the id). */
export const AGING_BLOCKS = {
  policyOverdueInterest: 'ledger_policy_overdue_interest',
} as const;
